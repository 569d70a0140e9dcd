package org.glia.analysis.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/**
 * Typed access to a step's value with user-facing faults: a value of the wrong JSON type, a missing or unknown
 * field, a number that is not whole or out of range. Every fault says what the step expects.
 */
public final class StepArgs {

    private final Step step;
    private final String example;

    /** Reads {@code step}; {@code example} shows a valid value, e.g. {@code {"layer": 1, "count": 4}}. */
    public StepArgs(Step step, String example) {
        this.step = step;
        this.example = example;
    }

    /** The step read. */
    public Step step() {
        return step;
    }

    private StepFault expected(String what) {
        return new StepFault("expects " + what + ", e.g. {\"" + step.name() + "\": " + example + "}, not "
                + step.value());
    }

    /** The value as a string. */
    public String string() throws StepFault {
        JsonElement v = step.value();
        if (v.isJsonPrimitive() && v.getAsJsonPrimitive().isString() && !v.getAsString().isBlank()) {
            return v.getAsString();
        }
        throw expected("a non-empty string");
    }

    /** The value as a whole number of at least 1. */
    public int count() throws StepFault {
        Integer n = whole(step.value(), 1, Integer.MAX_VALUE);
        if (n == null) {
            throw expected("a whole number of at least 1");
        }
        return n;
    }

    /** The value as a list of at least one non-empty string. */
    public List<String> strings() throws StepFault {
        JsonElement v = step.value();
        if (v.isJsonArray() && !v.getAsJsonArray().isEmpty()) {
            List<String> out = new ArrayList<>();
            for (JsonElement e : v.getAsJsonArray()) {
                if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString() || e.getAsString().isBlank()) {
                    throw expected("a list of names");
                }
                out.add(e.getAsString());
            }
            return out;
        }
        throw expected("a list of names");
    }

    /**
     * The value as an object whose fields are all among {@code known}; {@code null} and {@code {}} give an empty
     * object.
     */
    public Fields fields(Set<String> known) throws StepFault {
        JsonElement v = step.value();
        if (v.isJsonNull()) {
            return new Fields(new JsonObject());
        }
        if (!v.isJsonObject()) {
            throw expected("an object");
        }
        JsonObject o = v.getAsJsonObject();
        for (String name : o.keySet()) {
            if (!known.contains(name)) {
                throw new StepFault("unknown field '" + name + "' (known: " + String.join(", ", new TreeSet<>(known))
                        + ")");
            }
        }
        return new Fields(o);
    }

    /** A whole number within the bounds, or null when {@code v} is none (fractions such as 2.0 count as whole). */
    static Integer whole(JsonElement v, long min, long max) {
        if (v == null || !v.isJsonPrimitive() || !v.getAsJsonPrimitive().isNumber()) {
            return null;
        }
        BigDecimal d = v.getAsBigDecimal();
        try {
            long n = d.longValueExact();
            return n >= min && n <= max ? (int) n : null;
        } catch (ArithmeticException e) {
            return null;
        }
    }

    /** The fields of an object-valued step. */
    public final class Fields {

        private final JsonObject object;

        private Fields(JsonObject object) {
            this.object = object;
        }

        /** True when the field is given. */
        public boolean has(String name) {
            return object.has(name);
        }

        /** The names of the fields given. */
        public Set<String> names() {
            return new TreeSet<>(object.keySet());
        }

        private JsonElement required(String name) throws StepFault {
            JsonElement v = object.get(name);
            if (v == null) {
                throw new StepFault("needs the field '" + name + "', e.g. {\"" + step.name() + "\": " + example + "}");
            }
            return v;
        }

        private StepFault wrong(String name, String what) {
            return new StepFault("the field '" + name + "' must be " + what + ", not " + object.get(name));
        }

        /** A whole number field within {@code [min, max]}, which must be given. */
        public int integer(String name, int min, int max) throws StepFault {
            Integer n = whole(required(name), min, max);
            if (n == null) {
                throw wrong(name, max == Integer.MAX_VALUE ? "a whole number of at least " + min
                        : "a whole number from " + min + " to " + max);
            }
            return n;
        }

        /** A whole number field within {@code [min, max]}, or {@code fallback} when absent. */
        public int integer(String name, int min, int max, int fallback) throws StepFault {
            return has(name) ? integer(name, min, max) : fallback;
        }

        /** A whole number field of any size (a seed), or {@code fallback} when absent. */
        public long seed(String name, long fallback) throws StepFault {
            if (!has(name)) {
                return fallback;
            }
            JsonElement v = object.get(name);
            if (v.isJsonPrimitive() && v.getAsJsonPrimitive().isNumber()) {
                try {
                    return v.getAsBigDecimal().longValueExact();
                } catch (ArithmeticException e) {
                    // falls through to the fault
                }
            }
            throw wrong(name, "a whole number");
        }

        /** A finite number field, which must be given. */
        public double number(String name) throws StepFault {
            JsonElement v = required(name);
            if (v.isJsonPrimitive() && v.getAsJsonPrimitive().isNumber() && Double.isFinite(v.getAsDouble())) {
                return v.getAsDouble();
            }
            throw wrong(name, "a number");
        }

        /** A finite number field, or {@code fallback} when absent. */
        public double number(String name, double fallback) throws StepFault {
            return has(name) ? number(name) : fallback;
        }

        /** A non-empty string field, or {@code fallback} when absent. */
        public String text(String name, String fallback) throws StepFault {
            if (!has(name)) {
                return fallback;
            }
            JsonElement v = object.get(name);
            if (v.isJsonPrimitive() && v.getAsJsonPrimitive().isString() && !v.getAsString().isBlank()) {
                return v.getAsString();
            }
            throw wrong(name, "a non-empty string");
        }

        /** A true/false field, or {@code fallback} when absent. */
        public boolean flag(String name, boolean fallback) throws StepFault {
            if (!has(name)) {
                return fallback;
            }
            JsonElement v = object.get(name);
            if (v.isJsonPrimitive() && v.getAsJsonPrimitive().isBoolean()) {
                return v.getAsBoolean();
            }
            throw wrong(name, "true or false");
        }

        /** A list of whole numbers, each within {@code [min, max]}, which must be given (may be empty). */
        public int[] integers(String name, int min, int max) throws StepFault {
            JsonElement v = required(name);
            if (!v.isJsonArray()) {
                throw wrong(name, "a list of whole numbers");
            }
            JsonArray a = v.getAsJsonArray();
            int[] out = new int[a.size()];
            for (int i = 0; i < out.length; i++) {
                Integer n = whole(a.get(i), min, max);
                if (n == null) {
                    throw wrong(name, "a list of whole numbers from " + min + " to " + max);
                }
                out[i] = n;
            }
            return out;
        }

        /** The fault for a field holding something else than {@code what}. */
        public StepFault wrongValue(String name, String what) {
            return wrong(name, what);
        }

        /** Whether a raw value is a string primitive. */
        public boolean isString(String name) {
            JsonElement v = object.get(name);
            return v instanceof JsonPrimitive p && p.isString();
        }
    }
}
