package org.exportlicence.customs.simulator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Options (--name value, --name=value, flags) anywhere on the line, and positional arguments. */
final class CommandLine {

    static final Set<String> VALUE_OPTIONS = Set.of(
            "broker",
            "store",
            "user",
            "password",
            "wait",
            "unit",
            "date",
            "line",
            "declaration",
            "idle",
            "message-id",
            "type",
            "messages",
            "senders",
            "rate",
            "declarations");
    static final Set<String> FLAGS = Set.of("drain", "once", "reply-queue", "help", "verbose", "last");

    /** A command line that cannot be understood (exit code 4, with the usage help). */
    static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }

    private final Map<String, String> options = new HashMap<>();
    private final Set<String> flags = new HashSet<>();
    private final List<String> positional = new ArrayList<>();

    static CommandLine parse(String... args) throws UsageException {
        CommandLine cl = new CommandLine();
        boolean onlyPositional = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (onlyPositional || !a.startsWith("-") || a.equals("-")) {
                cl.positional.add(a);
            } else if (a.equals("--")) {
                onlyPositional = true;
            } else if (a.equals("-h")) {
                cl.flags.add("help");
            } else if (a.startsWith("--")) {
                String name = a.substring(2);
                String value = null;
                int eq = name.indexOf('=');
                if (eq >= 0) {
                    value = name.substring(eq + 1);
                    name = name.substring(0, eq);
                }
                if (FLAGS.contains(name)) {
                    if (value != null) {
                        throw new UsageException("option --" + name + " takes no value");
                    }
                    cl.flags.add(name);
                } else if (VALUE_OPTIONS.contains(name)) {
                    if (value == null) {
                        if (i + 1 >= args.length) {
                            throw new UsageException("option --" + name + " needs a value");
                        }
                        value = args[++i];
                    }
                    cl.options.put(name, value);
                } else {
                    throw new UsageException("unknown option " + a);
                }
            } else {
                throw new UsageException("unknown option " + a);
            }
        }
        return cl;
    }

    Optional<String> command() {
        return positional.isEmpty() ? Optional.empty() : Optional.of(positional.get(0));
    }

    /** The positional arguments after the command. */
    List<String> args() {
        return positional.isEmpty() ? List.of() : positional.subList(1, positional.size());
    }

    Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name));
    }

    boolean flag(String name) {
        return flags.contains(name);
    }

    int intOption(String name, int defaultValue, int min, int max) throws UsageException {
        String v = options.get(name);
        if (v == null) {
            return defaultValue;
        }
        try {
            int n = Integer.parseInt(v.strip());
            if (n < min || n > max) {
                throw new UsageException("--" + name + " must be between " + min + " and " + max + ", not " + v);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " must be a whole number, not '" + v + "'");
        }
    }
}
