package org.exportlicence.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The message bundles: Chinese (default) and English say the same things, and every pattern formats. */
class MessageBundlesTest {

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/i18n/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void chineseAndEnglishHaveTheSameKeys() throws IOException {
        Set<String> zh = new TreeSet<>(load("messages.properties").stringPropertyNames());
        Set<String> en = new TreeSet<>(load("messages_en.properties").stringPropertyNames());
        Set<String> onlyZh = new TreeSet<>(zh);
        onlyZh.removeAll(en);
        Set<String> onlyEn = new TreeSet<>(en);
        onlyEn.removeAll(zh);
        assertEquals(Set.of(), onlyZh, "keys missing in messages_en.properties");
        assertEquals(Set.of(), onlyEn, "keys missing in messages.properties");
    }

    @Test
    void theZhBundleStaysEmptySoThatChineseFallsBackToTheDefault() throws IOException {
        assertTrue(load("messages_zh.properties").isEmpty());
    }

    /** Properties keep the last of two definitions of a key without a word; a merge can easily leave two. */
    @Test
    void noKeyIsDefinedTwice() throws IOException {
        for (String name : new String[] {"messages.properties", "messages_en.properties"}) {
            Set<String> seen = new TreeSet<>();
            Set<String> twice = new TreeSet<>();
            try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/i18n/" + name)) {
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                    String trimmed = line.strip();
                    if (!trimmed.isEmpty()
                            && !trimmed.startsWith("#")
                            && trimmed.contains("=")
                            && !seen.add(
                                    trimmed.substring(0, trimmed.indexOf('=')).strip())) {
                        twice.add(trimmed.substring(0, trimmed.indexOf('=')).strip());
                    }
                }
            }
            assertEquals(Set.of(), twice, name);
        }
    }

    /** A pattern with arguments goes through MessageFormat, where a lone apostrophe swallows the text after it. */
    @Test
    void patternsWithArgumentsHaveNoLoneApostrophe() throws IOException {
        for (String name : new String[] {"messages.properties", "messages_en.properties"}) {
            Properties bundle = load(name);
            for (String key : bundle.stringPropertyNames()) {
                String pattern = bundle.getProperty(key);
                if (pattern.matches("(?s).*\\{\\d}.*")) {
                    assertFalse(pattern.replace("''", "").contains("'"), name + " " + key + ": " + pattern);
                }
            }
        }
    }
}
