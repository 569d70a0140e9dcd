package org.glia.ui;

import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ListenerList;

/**
 * Where the brain view announces the map it shows and other views hear of it. Publish and listen on the UI
 * thread; a view opened later asks for {@link #current()}.
 */
public final class ShownMaps {

    private static final ListenerList<Consumer<ShownMap>> LISTENERS = new ListenerList<>();
    private static volatile ShownMap current;

    private ShownMaps() {
    }

    /** The map shown now, if any. */
    public static Optional<ShownMap> current() {
        return Optional.ofNullable(current);
    }

    /** Announces a new map (null: no map is shown any more, e.g. the model was closed). */
    public static void publish(ShownMap map) {
        current = map;
        for (Consumer<ShownMap> l : LISTENERS) {
            l.accept(map);
        }
    }

    /** Listens to every map published from now on (null when none is shown). */
    public static void addListener(Consumer<ShownMap> listener) {
        LISTENERS.add(listener);
    }

    /** Stops listening. */
    public static void removeListener(Consumer<ShownMap> listener) {
        LISTENERS.remove(listener);
    }
}
