package org.exportlicence.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Everything the screens keep in the HTTP session can be serialised: the web module is
 * {@code <distributable/>}, and in a cluster Payara writes each session into its data grid after every
 * request, so that another instance carries on when the clerk's instance dies. A field that cannot be
 * serialised would lose the whole session there (the instance only logs it). Checked here on the class
 * files, field by field and into our own types; the cluster test (bin/platform cluster test) checks it
 * for real.
 */
class SessionStateTest {
    /** Interfaces whose implementations the platform keeps are serialisable (java.util's lists, maps, sets). */
    private static final Set<Class<?>> SERIALISABLE_INTERFACES =
            Set.of(List.class, Map.class, Set.class, Collection.class);

    @Test
    void sessionAndViewScopedBeansCanBeSerialised() {
        List<String> problems = new ArrayList<>();
        int beans = 0;
        for (JavaClass javaClass : new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.exportlicence.web")) {
            Class<?> type = javaClass.reflect();
            if (type.isAnnotationPresent(ViewScoped.class)
                    || type.isAnnotationPresent(SessionScoped.class)
                    || type.isAnnotationPresent(ConversationScoped.class)) {
                beans++;
                check(type, type.getSimpleName(), problems, new HashSet<>());
            }
        }
        assertTrue(beans > 20, "the screens' beans were found: " + beans);
        assertEquals(List.of(), problems, "fields that cannot be written into the session");
    }

    @Test
    void sessionAttributesCanBeSerialised() throws ClassNotFoundException {
        List<String> problems = new ArrayList<>();
        for (Class<?> attribute : List.of(
                Class.forName("org.exportlicence.web.platform.FormLoginMechanism$SignedIn"),
                org.exportlicence.web.ekey.ChosenEkey.class)) {
            check(attribute, attribute.getSimpleName(), problems, new HashSet<>());
        }
        assertEquals(List.of(), problems);
    }

    /** The test sees what it should: a field of a type that is not serialisable is found. */
    @Test
    void aFieldThatCannotBeSerialisedIsFound() {
        List<String> problems = new ArrayList<>();
        check(Unserialisable.class, "Unserialisable", problems, new HashSet<>());
        assertEquals(
                List.of("Unserialisable.thread: java.lang.Thread", "Unserialisable.lines: java.lang.Thread"), problems);
    }

    @SuppressWarnings("unused")
    private static final class Unserialisable implements Serializable {
        private static final long serialVersionUID = 1L;
        private Thread thread;
        private List<Thread> lines;
        private transient Thread skipped;
    }

    private static void check(Class<?> type, String path, List<String> problems, Set<Class<?>> seen) {
        if (!seen.add(type)) {
            return;
        }
        if (!Serializable.class.isAssignableFrom(type)) {
            problems.add(path + ": " + type.getName() + " is not Serializable");
            return;
        }
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            if (!c.getName().startsWith("org.exportlicence")) {
                continue; // the libraries' own base classes (PrimeFaces' LazyDataModel) are theirs to keep
            }
            for (Field field : c.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers)
                        || Modifier.isTransient(modifiers)
                        || field.isSynthetic()
                        || field.isAnnotationPresent(Inject.class)
                        || field.isAnnotationPresent(EJB.class)) {
                    continue; // the container's proxies are written as references and found again
                }
                checkType(field.getGenericType(), path + "." + field.getName(), problems, seen);
            }
        }
    }

    private static void checkType(Type generic, String path, List<String> problems, Set<Class<?>> seen) {
        if (generic instanceof ParameterizedType parameterized) {
            checkType(parameterized.getRawType(), path, problems, seen);
            for (Type argument : parameterized.getActualTypeArguments()) {
                checkType(argument, path, problems, seen);
            }
            return;
        }
        if (generic instanceof WildcardType wildcard) {
            for (Type bound : wildcard.getUpperBounds()) {
                checkType(bound, path, problems, seen);
            }
            return;
        }
        if (!(generic instanceof Class<?> type)) {
            return; // a type variable: its bound is checked where it is bound
        }
        if (type.isPrimitive() || type.isEnum() || type == Object.class || type == BigDecimal.class) {
            return;
        }
        if (type.isArray()) {
            checkType(type.getComponentType(), path, problems, seen);
            return;
        }
        if (SERIALISABLE_INTERFACES.contains(type)) {
            return;
        }
        if (type.getName().startsWith("org.exportlicence")) {
            check(type, path, problems, seen);
        } else if (!Serializable.class.isAssignableFrom(type)) {
            problems.add(path + ": " + type.getName());
        }
    }
}
