package org.glia.ui.internal;

import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;
import org.glia.ui.RegionSelection;
import org.glia.ui.ShownMap;
import org.glia.ui.ShownMaps;

/**
 * The Properties view's page of a selected brain region: its name, atlas label, value and rank in the map shown,
 * and which map that is. Read-only: a region's value comes from the network, which is edited in the editor.
 */
public final class RegionPropertySource implements IPropertySource {

    /** Property ids, in display order. */
    public static final String NAME = "name";
    /** The atlas label index. */
    public static final String INDEX = "index";
    /** The value in the map shown. */
    public static final String VALUE = "value";
    /** The rank among the map's regions. */
    public static final String RANK = "rank";
    /** The title of the map shown. */
    public static final String MAP = "map";

    private final RegionSelection region;

    /** The properties of {@code region}. */
    public RegionPropertySource(RegionSelection region) {
        this.region = region;
    }

    @Override
    public Object getEditableValue() {
        return region;
    }

    @Override
    public IPropertyDescriptor[] getPropertyDescriptors() {
        String[][] rows = {{NAME, Messages.regionName}, {INDEX, Messages.regionIndex}, {VALUE, Messages.regionValue},
            {RANK, Messages.regionRank}, {MAP, Messages.regionMap}};
        IPropertyDescriptor[] d = new IPropertyDescriptor[rows.length];
        for (int i = 0; i < rows.length; i++) {
            PropertyDescriptor p = new PropertyDescriptor(rows[i][0], rows[i][1]);
            p.setCategory(Messages.regionCategory);
            d[i] = p;
        }
        return d;
    }

    @Override
    public Object getPropertyValue(Object id) {
        return switch ((String) id) {
            case NAME -> region.name();
            case INDEX -> Integer.toString(region.index());
            case VALUE -> Double.isNaN(region.value()) ? "" : Double.toString(region.value());
            case RANK -> region.rank() == 0 ? "" : NLS.bind(Messages.regionRankValue, region.rank(), region.of());
            case MAP -> ShownMaps.current().map(ShownMap::title).orElse("");
            default -> null;
        };
    }

    @Override
    public boolean isPropertySet(Object id) {
        return false;
    }

    @Override
    public void resetPropertyValue(Object id) {
        // read-only
    }

    @Override
    public void setPropertyValue(Object id, Object value) {
        // read-only
    }
}
