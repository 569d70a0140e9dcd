package org.glia.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

import org.glia.atlas.AtlasMeshes;
import org.glia.atlas.LabelTable;
import org.glia.atlas.Region;
import org.glia.atlas.RegionMesh;
import org.glia.core.color.ColorMap;
import org.glia.core.color.ColorMaps;
import org.glia.core.color.ValueMapping;

/**
 * What the brain view shows, without any GL: the atlas's region meshes (fixed), and per region a value,
 * an opacity and whether it is highlighted, with the colour map, value mapping, threshold and global
 * opacity that turn them into {@link RegionLook}s. {@link BrainRenderer} uploads the meshes once and reads
 * the looks every frame, so changing values only costs a redraw. Not thread-safe: use it from the thread
 * that renders.
 */
public final class BrainScene {

    /** The colour of regions without a value. */
    public static final int NEUTRAL = 0xB4B4B4;

    /** The opacity of a region drawn as glass (below the threshold in {@link ThresholdMode#GLASS}). */
    public static final double GLASS_ALPHA = 0.12;

    private final AtlasMeshes meshes;
    private final LabelTable labels;
    private final Map<Integer, Integer> slotOf = new HashMap<>();
    private final double[] values;
    private final double[] regionOpacity;
    private AtlasMeshes dragMeshes;
    private ColorMap colorMap = ColorMaps.defaultMap();
    private ValueMapping mapping = ValueMapping.linear(0, 1);
    private double threshold = Double.NaN;
    private ThresholdMode thresholdMode = ThresholdMode.GLASS;
    private double opacity = 1;
    private int highlighted = -1;
    private int background = 0xFFFFFF;
    private long revision;

    /** A scene of these meshes, named by the label table; every value starts absent (NaN, drawn grey). */
    public BrainScene(AtlasMeshes meshes, LabelTable labels) {
        this.meshes = Objects.requireNonNull(meshes, "meshes");
        this.labels = Objects.requireNonNull(labels, "labels");
        List<RegionMesh> list = meshes.meshes();
        for (int s = 0; s < list.size(); s++) {
            slotOf.put(list.get(s).index(), s);
        }
        values = new double[list.size()];
        Arrays.fill(values, Double.NaN);
        regionOpacity = new double[list.size()];
        Arrays.fill(regionOpacity, 1);
    }

    /** The full-detail meshes. */
    public AtlasMeshes meshes() {
        return meshes;
    }

    /** The lighter meshes drawn while the user drags, if any. */
    public Optional<AtlasMeshes> dragMeshes() {
        return Optional.ofNullable(dragMeshes);
    }

    /** Gives lighter meshes of the same regions for interaction ({@code null} removes them). */
    public void setDragMeshes(AtlasMeshes lighter) {
        dragMeshes = lighter;
        changed();
    }

    /** The label table naming the regions. */
    public LabelTable labels() {
        return labels;
    }

    /** The label indices of the regions that have a mesh, in mesh order. */
    public int[] regionIndices() {
        return meshes.meshes().stream().mapToInt(RegionMesh::index).toArray();
    }

    /** The region's name from the label table, or "region N" when the table lacks it. */
    public String name(int index) {
        return labels.byIndex(index).map(Region::name).orElse("region " + index);
    }

    /** The world centroid of a region (a copy), or empty when it has no mesh. */
    public Optional<double[]> centroid(int index) {
        double[] c = meshes.centroids().get(index);
        return c == null ? Optional.empty() : Optional.of(c.clone());
    }

    /**
     * Sets every value at once from an array in label-table row order (as connectome rows and importance
     * maps are); NaN marks a region without a value. Regions of the table without a mesh are ignored.
     */
    public void setValues(double[] byRow) {
        if (byRow.length != labels.size()) {
            throw new IllegalArgumentException("expected " + labels.size() + " values (one per label row), got " + byRow.length);
        }
        Arrays.fill(values, Double.NaN);
        for (int row = 0; row < byRow.length; row++) {
            Integer slot = slotOf.get(labels.get(row).index());
            if (slot != null) {
                values[slot] = byRow[row];
            }
        }
        changed();
    }

    /** Sets one region's value (NaN: no value). */
    public void setValue(int index, double value) {
        values[slot(index)] = value;
        changed();
    }

    /** A region's value (NaN when it has none). */
    public double value(int index) {
        Integer slot = slotOf.get(index);
        return slot == null ? Double.NaN : values[slot];
    }

    /** Sets the colour map; a diverging map centres signed values on 0 ({@link ValueMapping#mapSigned}). */
    public void setColorMap(ColorMap map) {
        colorMap = Objects.requireNonNull(map, "map");
        changed();
    }

    /** The colour map. */
    public ColorMap colorMap() {
        return colorMap;
    }

    /** Sets how values become colour-map positions. */
    public void setMapping(ValueMapping m) {
        mapping = Objects.requireNonNull(m, "mapping");
        changed();
    }

    /** The value mapping. */
    public ValueMapping mapping() {
        return mapping;
    }

    /**
     * Fits the mapping's range to the current values, keeping its kind: [lowest, highest] for a sequential
     * map (lowest positive for a log mapping), [-m, m] with m the largest magnitude for a diverging map.
     */
    public void fitMapping() {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        double magnitude = 0;
        for (double v : values) {
            if (Double.isFinite(v) && (mapping.kind() != ValueMapping.Kind.LOG || v > 0)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
                magnitude = Math.max(magnitude, Math.abs(v));
            }
        }
        if (colorMap.diverging() && mapping.kind() != ValueMapping.Kind.LOG) {
            double m = magnitude > 0 ? magnitude : 1;
            setMapping(mapping.withRange(-m, m));
        } else if (lo < hi) {
            setMapping(mapping.withRange(lo, hi));
        } else if (lo == hi) {
            setMapping(mapping.kind() == ValueMapping.Kind.LOG ? mapping.withRange(lo / 10, lo * 10)
                    : ValueMapping.linearOver(new double[] {lo}));
        }
    }

    /**
     * Sets the threshold (NaN turns it off): a region is below it when its value is smaller, or for a
     * diverging map when its magnitude is smaller. Regions without a value are never below it.
     */
    public void setThreshold(double value, ThresholdMode mode) {
        threshold = value;
        thresholdMode = Objects.requireNonNull(mode, "mode");
        changed();
    }

    /** The threshold, NaN when off. */
    public double threshold() {
        return threshold;
    }

    /** What happens below the threshold. */
    public ThresholdMode thresholdMode() {
        return thresholdMode;
    }

    /** Sets the opacity of the whole brain, 0..1 (below 1 lets interior regions show through). */
    public void setOpacity(double value) {
        opacity = clamp01(value);
        changed();
    }

    /** The global opacity. */
    public double opacity() {
        return opacity;
    }

    /** Sets one region's opacity, 0..1, multiplied with the global opacity. */
    public void setRegionOpacity(int index, double value) {
        regionOpacity[slot(index)] = clamp01(value);
        changed();
    }

    /** Highlights a region (the selection), or none with an empty value. */
    public void setHighlighted(OptionalInt index) {
        highlighted = index.isPresent() ? index.getAsInt() : -1;
        changed();
    }

    /** The highlighted region, if any. */
    public OptionalInt highlighted() {
        return highlighted < 0 ? OptionalInt.empty() : OptionalInt.of(highlighted);
    }

    /** Sets the background colour, {@code 0xRRGGBB}. */
    public void setBackground(int rgb) {
        background = rgb & 0xFFFFFF;
        changed();
    }

    /** The background colour. */
    public int background() {
        return background;
    }

    /** A counter that grows with every change, so a view knows when to redraw. */
    public long revision() {
        return revision;
    }

    /** The colour-map position of a value: signed around 0 for diverging maps; NaN for NaN. */
    public double position(double value) {
        return colorMap.diverging() ? mapping.mapSigned(value) : mapping.map(value);
    }

    /** True when a value lies below the threshold (see {@link #setThreshold}). */
    public boolean belowThreshold(double value) {
        if (Double.isNaN(threshold) || Double.isNaN(value)) {
            return false;
        }
        return colorMap.diverging() ? Math.abs(value) < threshold : value < threshold;
    }

    /** How a region is drawn now. */
    public RegionLook look(int index) {
        int slot = slot(index);
        double v = values[slot];
        double alpha = opacity * regionOpacity[slot];
        if (belowThreshold(v)) {
            boolean show = thresholdMode == ThresholdMode.GLASS && alpha > 0;
            return new RegionLook(NEUTRAL, GLASS_ALPHA * alpha, show, true);
        }
        int rgb = Double.isNaN(v) ? NEUTRAL : colorMap.rgb(position(v));
        return new RegionLook(rgb, alpha, alpha > 0, false);
    }

    /**
     * Up to {@code k} regions with the largest values (largest magnitudes for a diverging map) that are
     * drawn and not below the threshold, largest first; ties keep mesh order.
     */
    public List<Integer> topRegions(int k) {
        List<Integer> candidates = new ArrayList<>();
        for (int index : regionIndices()) {
            double v = value(index);
            RegionLook look = look(index);
            if (!Double.isNaN(v) && look.visible() && !look.glass()) {
                candidates.add(index);
            }
        }
        Comparator<Integer> byValue = Comparator.comparingDouble(
                i -> colorMap.diverging() ? Math.abs(value(i)) : value(i));
        candidates.sort(byValue.reversed());
        return List.copyOf(candidates.subList(0, Math.min(Math.max(k, 0), candidates.size())));
    }

    private int slot(int index) {
        Integer slot = slotOf.get(index);
        if (slot == null) {
            throw new IllegalArgumentException("no mesh for region index " + index);
        }
        return slot;
    }

    private void changed() {
        revision++;
    }

    private static double clamp01(double v) {
        return Double.isNaN(v) ? 1 : Math.max(0, Math.min(1, v));
    }
}
