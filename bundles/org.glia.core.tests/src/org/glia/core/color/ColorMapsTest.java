package org.glia.core.color;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Checks the registry: the built-ins are always there (OSGi or not), lookup by id, helpful errors. */
class ColorMapsTest {

    @Test
    void listsTheBuiltInsFirst() {
        List<String> ids = ColorMaps.ids();
        assertEquals(List.of("viridis", "inferno", "hot", "coolwarm", "grayscale"), ids.subList(0, 5));
        assertEquals("viridis", ColorMaps.defaultMap().id());
    }

    @Test
    void findsByIdAndExplainsUnknownIds() {
        assertEquals(BuiltinColorMaps.HOT.rgb(0.3), ColorMaps.get("hot").rgb(0.3));
        assertTrue(ColorMaps.find("nope").isEmpty());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ColorMaps.get("nope"));
        assertTrue(e.getMessage().contains("viridis"), e.getMessage());
    }

    @Test
    void theFactoryCreatesBuiltInsById() throws Exception {
        BuiltinColorMapFactory f = new BuiltinColorMapFactory();
        f.setInitializationData(null, "class", "coolwarm");
        assertSame(BuiltinColorMaps.COOLWARM, f.create());
        f.setInitializationData(null, "class", "unknown");
        assertThrows(org.eclipse.core.runtime.CoreException.class, f::create);
    }
}
