package org.glia.analysis.internal;

import com.google.gson.JsonElement;

/**
 * One step of an experiment file as written: its position (from 1), its name and its value.
 *
 * @param number the step number shown to the user, from 1
 * @param name   the step name, e.g. {@code "train"}
 * @param value  the value given for it, e.g. {@code {"epochs": 200}}
 */
public record Step(int number, String name, JsonElement value) {
}
