package org.glia.analysis.internal;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.glia.core.io.DataException;
import org.glia.core.io.DataProblems;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;

/**
 * Reads an experiment file: strict JSON holding an array of steps, or an object {@code {"steps": [...]}} (with an
 * optional {@code "description"} string); each step an object with exactly one member, {@code {"name": value}}.
 * Syntax errors are reported with Gson's line and column; shape errors of every step at once.
 */
public final class ExperimentReader {

    private static final Pattern POSITION = Pattern.compile("(.*?) at line (\\d+) column (\\d+)(?: path (\\S+))?");

    private ExperimentReader() {
    }

    /**
     * The steps of {@code file}, in order.
     *
     * @throws DataException naming the file when it is missing, unreadable, not JSON or not a list of steps
     */
    public static List<Step> read(Path file) throws DataException {
        if (Files.isDirectory(file)) {
            throw new DataException(file, "is a folder, not an experiment file");
        }
        JsonElement root;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            JsonReader reader = new JsonReader(in);
            reader.setStrictness(Strictness.STRICT);
            root = JsonParser.parseReader(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw new DataException(file, "line " + line(reader), "unexpected text after the end of the JSON value");
            }
        } catch (NoSuchFileException e) {
            throw new DataException(file, "the experiment file does not exist");
        } catch (CharacterCodingException e) {
            throw new DataException(file, "is not UTF-8 text");
        } catch (JsonParseException e) {
            throw syntax(file, e);
        } catch (IOException e) {
            if (e.getClass().getName().startsWith("com.google.gson")) {
                throw syntax(file, e);
            }
            throw new DataException(file, "cannot be read: " + e.getMessage());
        }
        return steps(file, root);
    }

    private static String line(JsonReader reader) {
        Matcher m = POSITION.matcher(reader.toString());
        return m.find() ? m.group(2) + ", column " + m.group(3) : "?";
    }

    /** Turns Gson's message (innermost cause, first line) into "line L, column C" and a plain fault. */
    private static DataException syntax(Path file, Exception e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String text = t.getMessage() == null ? e.toString() : t.getMessage();
        text = text.lines().findFirst().orElse(text);
        if (text.isBlank() || t instanceof java.io.EOFException && !POSITION.matcher(text).find()) {
            return new DataException(file, "is not valid JSON: it ends too early (or is empty)");
        }
        Matcher m = POSITION.matcher(text);
        if (m.find()) {
            String fault = m.group(1).startsWith("Use JsonReader.setStrictness") ? "not strict JSON (no trailing "
                    + "commas, comments, single quotes, unquoted names, NaN or text after the end)" : m.group(1);
            return new DataException(file, "line " + m.group(2) + ", column " + m.group(3),
                    "is not valid JSON: " + lower(fault));
        }
        return new DataException(file, "is not valid JSON: " + text);
    }

    private static String lower(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private static List<Step> steps(Path file, JsonElement root) throws DataException {
        if (root == null || root.isJsonNull()) {
            throw new DataException(file, "is empty: expected a list of steps, e.g. [{\"load\": \"cohort\"}, ...]");
        }
        JsonElement list = root;
        if (root.isJsonObject()) {
            JsonObject o = root.getAsJsonObject();
            for (String key : o.keySet()) {
                if (!key.equals("steps") && !key.equals("description")) {
                    throw new DataException(file, "unknown key '" + key + "': the top-level object holds \"steps\" "
                            + "(and an optional \"description\")");
                }
            }
            list = o.get("steps");
            if (list == null) {
                throw new DataException(file, "has no \"steps\": expected {\"steps\": [...]} or a list of steps");
            }
        }
        if (!list.isJsonArray()) {
            throw new DataException(file, "expected a list of steps, e.g. [{\"load\": \"cohort\"}, ...], not " + kind(list));
        }
        DataProblems problems = new DataProblems();
        List<Step> steps = new ArrayList<>();
        int n = 0;
        for (JsonElement e : list.getAsJsonArray()) {
            n++;
            if (!e.isJsonObject() || e.getAsJsonObject().size() != 1) {
                problems.add(file, "step " + n, "each step is an object with one member, e.g. {\"train\": "
                        + "{\"epochs\": 200}}, not " + abbreviate(e.toString()));
                continue;
            }
            Map.Entry<String, JsonElement> only = e.getAsJsonObject().entrySet().iterator().next();
            steps.add(new Step(n, only.getKey(), only.getValue()));
        }
        problems.throwIfAny("the experiment has malformed steps");
        if (steps.isEmpty()) {
            throw new DataException(file, "has no steps");
        }
        return steps;
    }

    private static String kind(JsonElement e) {
        return e.isJsonObject() ? "an object" : e.isJsonPrimitive() ? abbreviate(e.toString()) : "null";
    }

    static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
