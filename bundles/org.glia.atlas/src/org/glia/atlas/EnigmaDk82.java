package org.glia.atlas;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.glia.atlas.internal.io.TextLines;
import org.glia.core.io.DataException;

/**
 * The Desikan-Killiany surfaces of the ENIGMA Toolbox ({@code dk82-enigma}): fsaverage5 hemispheres with
 * one label per vertex, and region names in connectome order ({@code strucLabels_*.csv}).
 * <p>
 * Label values, as found in {@code aparc_fsa5.csv} and {@code aparc_aseg_fsa5_with_sctx.csv} (left rows
 * then right rows) and checked against the vertices' positions: 0 medial wall; left cortex 1..35 and
 * right cortex 36..70 in FreeSurfer's aparc order, where 4 and 39 are the corpus callosum (not a
 * region); left subcortex 71..77 (accumbens, amygdala, caudate, hippocampus, pallidum, putamen,
 * thalamus), 78 the left lateral ventricle (not a region); right subcortex 79..85, 86 the right
 * ventricle. So the 68 cortical regions in name order take the values 1-3, 5-35, 36-38, 40-70, and the
 * 14 subcortical ones 71-77, 79-85.
 */
public final class EnigmaDk82 {

    /** Cortical regions. */
    public static final int CORTICAL = 68;
    /** Cortical plus subcortical regions. */
    public static final int ALL = 82;

    private EnigmaDk82() {
    }

    /** The 68 cortical regions on {@code fsa5_lh.gii} + {@code fsa5_rh.gii}. */
    public static SurfaceAtlas cortex(Path folder, IProgressMonitor monitor) throws DataException {
        LabelTable labels = labels(folder, false);
        return new SurfaceAtlas(labels, SurfaceAtlases.load(List.of(folder.resolve("fsa5_lh.gii"),
                folder.resolve("fsa5_rh.gii")), folder.resolve("aparc_fsa5.csv"), labels, monitor));
    }

    /** The 82 regions on the combined cortex + subcortex surfaces. */
    public static SurfaceAtlas withSubcortex(Path folder, IProgressMonitor monitor) throws DataException {
        LabelTable labels = labels(folder, true);
        return new SurfaceAtlas(labels, SurfaceAtlases.load(List.of(folder.resolve("fsa5_with_sctx_lh.gii"),
                folder.resolve("fsa5_with_sctx_rh.gii")), folder.resolve("aparc_aseg_fsa5_with_sctx.csv"), labels,
                monitor));
    }

    /** The region table (connectome order, indices = vertex label values) from the names file. */
    public static LabelTable labels(Path folder, boolean withSubcortex) throws DataException {
        Path file = folder.resolve(withSubcortex ? "strucLabels_with_sctx.csv" : "strucLabels_ctx.csv");
        List<String> names = new ArrayList<>();
        for (String line : TextLines.read(file)) {
            Arrays.stream(line.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(names::add);
        }
        int expected = withSubcortex ? ALL : CORTICAL;
        if (names.size() != expected) {
            throw new DataException(file, expected + " region names expected, found " + names.size());
        }
        List<Region> regions = new ArrayList<>();
        for (int row = 0; row < expected; row++) {
            String name = names.get(row);
            boolean left = row < 34 || row >= 68 && row < 75;
            String prefix = row < 68 ? (left ? "L_" : "R_") : (left ? "L" : "R");
            if (!name.startsWith(prefix)) {
                throw new DataException(file, "name " + (row + 1), "expected a name starting with " + prefix
                        + " at this position, found '" + name + "': not the ENIGMA region order");
            }
            regions.add(new Region(value(row), name, left ? "L" : "R", Region.NO_COLOUR));
        }
        return LabelTable.of(regions);
    }

    /** The vertex label value of a row of the names file (see the class comment). */
    static int value(int row) {
        if (row < 68) {
            int inHemisphere = row % 34;
            return 35 * (row / 34) + (inHemisphere < 3 ? inHemisphere + 1 : inHemisphere + 2);
        }
        return row < 75 ? 71 + row - 68 : 79 + row - 75;
    }
}
