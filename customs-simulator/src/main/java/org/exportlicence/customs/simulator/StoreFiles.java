package org.exportlicence.customs.simulator;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * How the {@link Store} keeps its files: replaced atomically (a reader never sees half a file),
 * written under a lock file in the store's root (several simulators may share one store),
 * properties in UTF-8 with sorted keys. Failures are {@link UncheckedIOException}s naming the file.
 */
final class StoreFiles {

    private StoreFiles() {}

    interface Work<T> {
        T run();
    }

    /** Runs work while holding the store's lock file (root/.lock). */
    static <T> T locked(Path root, Work<T> work) {
        try {
            Files.createDirectories(root);
            try (FileChannel ch = FileChannel.open(
                            root.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                    FileLock ignored = ch.lock()) {
                return work.run();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("store " + root + ": " + e.getMessage(), e);
        }
    }

    static void writeAtomically(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".tmp");
            try {
                Files.writeString(tmp, content, StandardCharsets.UTF_8);
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    static Optional<String> readString(Path file) {
        try {
            return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    static Optional<Properties> readProperties(Path file) {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Properties p = new Properties();
            p.load(r);
            return Optional.of(p);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Writes properties in UTF-8 with sorted keys (readable, diffable). */
    static void writeProperties(Path file, Properties p, String comment) {
        Properties sorted = new Properties() {
            @Override
            public Set<Map.Entry<Object, Object>> entrySet() {
                TreeMap<Object, Object> m = new TreeMap<>((a, b) -> a.toString().compareTo(b.toString()));
                m.putAll(p);
                return Collections.unmodifiableSet(m.entrySet());
            }
        };
        sorted.putAll(p);
        StringWriter out = new StringWriter();
        try {
            sorted.store(out, comment);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        writeAtomically(file, out.toString());
    }

    /** The files of dir ending in suffix, sorted, without hidden ones (temporary files); none when dir is missing. */
    static List<Path> list(Path dir, String suffix) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(f -> f.getFileName().toString().endsWith(suffix)
                            && !f.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }
}
