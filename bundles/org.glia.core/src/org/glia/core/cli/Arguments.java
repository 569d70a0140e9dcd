package org.glia.core.cli;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Parses a command's arguments: positional values plus {@code --name value}, {@code --name=value} and
 * boolean {@code --flag} options.
 * <p>
 * A command asks for its boolean flags with {@link #flag(String)} before reading positional arguments, so
 * that the word after a flag is never mistaken for the flag's value. {@link #checkAllUsed()} then refuses
 * anything the command did not ask for, so a misspelt option is an error rather than silently ignored.
 */
public final class Arguments {

    private final List<String> raw;
    private final Set<String> flags = new HashSet<>();
    private final Set<String> used = new HashSet<>();
    private List<String> positional;
    private Map<String, String> options;

    /** Keeps the raw argument list; parsing happens when values are asked for. A lone {@code --} ends options. */
    public Arguments(List<String> raw) {
        this.raw = List.copyOf(raw);
        parse();
    }

    private void parse() {
        positional = new ArrayList<>();
        options = new LinkedHashMap<>();
        boolean optionsDone = false;
        for (int i = 0; i < raw.size(); i++) {
            String a = raw.get(i);
            if (!optionsDone && a.equals("--")) {
                optionsDone = true;
            } else if (!optionsDone && a.startsWith("--") && a.length() > 2) {
                int eq = a.indexOf('=');
                String name = eq > 0 ? a.substring(2, eq) : a.substring(2);
                if (eq > 0) {
                    options.put(name, a.substring(eq + 1));
                } else if (!flags.contains(name) && i + 1 < raw.size() && !raw.get(i + 1).startsWith("--")) {
                    options.put(name, raw.get(++i));
                } else {
                    options.put(name, null);
                }
            } else {
                positional.add(a);
            }
        }
    }

    /** The arguments as given. */
    public List<String> raw() {
        return raw;
    }

    /** The positional arguments. */
    public List<String> positional() {
        return List.copyOf(positional);
    }

    /** The positional argument at {@code index}, or a usage error naming it. */
    public String positional(int index, String name) throws UsageException {
        if (index >= positional.size()) {
            throw new UsageException("missing argument " + name);
        }
        return positional.get(index);
    }

    /** Refuses more positional arguments than {@code max}. */
    public void maxPositional(int max) throws UsageException {
        if (positional.size() > max) {
            throw new UsageException("unexpected argument '" + positional.get(max) + "'");
        }
    }

    /** True when {@code --name} was given (with or without a value). */
    public boolean flag(String name) {
        used.add(name);
        if (flags.add(name)) {
            parse();
        }
        return options.containsKey(name);
    }

    /** The value of {@code --name}, or {@code fallback}; a flag given without a value is an error. */
    public String option(String name, String fallback) throws UsageException {
        used.add(name);
        if (!options.containsKey(name)) {
            return fallback;
        }
        String v = options.get(name);
        if (v == null) {
            throw new UsageException("option --" + name + " needs a value");
        }
        return v;
    }

    /** The value of {@code --name}, which must be given. */
    public String requiredOption(String name) throws UsageException {
        String v = option(name, null);
        if (v == null) {
            throw new UsageException("missing option --" + name);
        }
        return v;
    }

    /** An integer option within {@code [min, max]}. */
    public int intOption(String name, int fallback, int min, int max) throws UsageException {
        String v = option(name, null);
        if (v == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v.trim());
            if (n < min || n > max) {
                throw new UsageException("--" + name + " must be between " + min + " and " + max + ", got " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " expects a whole number, got '" + v + "'");
        }
    }

    /** A long option (e.g. a seed). */
    public long longOption(String name, long fallback) throws UsageException {
        String v = option(name, null);
        if (v == null) {
            return fallback;
        }
        try {
            return Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " expects a whole number, got '" + v + "'");
        }
    }

    /** A comma separated list option, e.g. {@code --classes HC,AD}; empty items are refused. */
    public List<String> listOption(String name, List<String> fallback) throws UsageException {
        String v = option(name, null);
        if (v == null) {
            return fallback;
        }
        List<String> items = new ArrayList<>();
        for (String s : v.split(",", -1)) {
            if (s.isBlank()) {
                throw new UsageException("--" + name + " has an empty item: '" + v + "'");
            }
            items.add(s.trim());
        }
        return items;
    }

    /** Refuses options the command never asked for. Call after reading every option. */
    public void checkAllUsed() throws UsageException {
        for (String name : options.keySet()) {
            if (!used.contains(name)) {
                throw new UsageException("unknown option --" + name);
            }
        }
    }
}
