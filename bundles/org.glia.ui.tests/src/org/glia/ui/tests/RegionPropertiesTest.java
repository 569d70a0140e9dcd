package org.glia.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.Platform;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.glia.ui.RegionSelection;
import org.glia.ui.ShownMap;
import org.glia.ui.ShownMaps;
import org.glia.ui.internal.RegionPropertySource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** A region selected in any view shows its name, label, value, rank and map in the Properties view. */
class RegionPropertiesTest {

    @AfterEach
    void noMap() {
        ShownMaps.publish(null);
    }

    @Test
    void regionAdaptsToItsProperties() {
        Assumptions.assumeTrue(Platform.isRunning(), "needs the platform's adapter registry (plugin.xml)");
        ShownMaps.publish(new ShownMap("Node 1:0 · class AD", "paper", false,
                List.of(new ShownMap.Region(37, "Hippocampus_L", 0.2))));
        RegionSelection region = new RegionSelection(37, "Hippocampus_L", 0.2, 1, 90);

        IPropertySource props = Adapters.adapt(region, IPropertySource.class);

        assertNotNull(props, "plugin.xml registers the adapter for RegionSelection");
        IPropertyDescriptor[] d = props.getPropertyDescriptors();
        assertEquals(5, d.length);
        assertEquals("Hippocampus_L", props.getPropertyValue(RegionPropertySource.NAME));
        assertEquals("37", props.getPropertyValue(RegionPropertySource.INDEX));
        assertEquals("0.2", props.getPropertyValue(RegionPropertySource.VALUE));
        assertEquals("1 of 90", props.getPropertyValue(RegionPropertySource.RANK));
        assertEquals("Node 1:0 · class AD", props.getPropertyValue(RegionPropertySource.MAP));
    }

    @Test
    void aRegionWithoutValueShowsNoRank() {
        RegionPropertySource props = new RegionPropertySource(new RegionSelection(5, "Insula_R", Double.NaN, 0, 0));
        assertEquals("", props.getPropertyValue(RegionPropertySource.VALUE));
        assertEquals("", props.getPropertyValue(RegionPropertySource.RANK));
    }
}
