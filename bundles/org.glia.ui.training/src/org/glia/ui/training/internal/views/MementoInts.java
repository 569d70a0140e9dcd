package org.glia.ui.training.internal.views;

import org.eclipse.ui.IMemento;

/** Lists of integers (sash weights, column widths) kept in a view's memento as comma-separated text. */
final class MementoInts {

    private MementoInts() {
    }

    /** Saves {@code values} under {@code key}. */
    static void put(IMemento memento, String key, int[] values) {
        StringBuilder sb = new StringBuilder();
        for (int v : values) {
            sb.append(sb.length() == 0 ? "" : ",").append(v);
        }
        memento.putString(key, sb.toString());
    }

    /**
     * The {@code count} values saved under {@code key}, each at least {@code min}; null when the memento is null or
     * holds none or a list of another length or not numbers (the view then uses its defaults).
     */
    static int[] get(IMemento memento, String key, int count, int min) {
        String saved = memento == null ? null : memento.getString(key);
        if (saved == null) {
            return null;
        }
        String[] parts = saved.split(",");
        if (parts.length != count) {
            return null;
        }
        int[] values = new int[count];
        try {
            for (int i = 0; i < count; i++) {
                values[i] = Math.max(min, Integer.parseInt(parts[i].trim()));
            }
            return values;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
