package org.glia.atlas.internal.mesh;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.glia.atlas.LabelTable;
import org.glia.atlas.NiftiVolume;

/**
 * One pass over a label volume giving, per label-table row, the voxel count, the sum of voxel
 * coordinates and the bounding box (inclusive). Label 0 is the background and is never counted.
 */
public final class LabelBoxes {

    private final long[] count;
    private final double[] sum;
    private final int[] min;
    private final int[] max;

    private LabelBoxes(int rows) {
        count = new long[rows];
        sum = new double[3 * rows];
        min = new int[3 * rows];
        max = new int[3 * rows];
        Arrays.fill(min, Integer.MAX_VALUE);
        Arrays.fill(max, Integer.MIN_VALUE);
    }

    /** Scans the volume for the table's labels. */
    public static LabelBoxes scan(NiftiVolume volume, LabelTable table) {
        LabelBoxes b = new LabelBoxes(table.size());
        RowLookup rows = new RowLookup(table);
        int nx = volume.nx();
        int ny = volume.ny();
        int nz = volume.nz();
        int[] labels = volume.labels();
        int o = 0;
        for (int k = 0; k < nz; k++) {
            for (int j = 0; j < ny; j++) {
                for (int i = 0; i < nx; i++, o++) {
                    int label = labels[o];
                    if (label != 0) {
                        int row = rows.row(label);
                        if (row >= 0) {
                            b.add(row, i, j, k);
                        }
                    }
                }
            }
        }
        return b;
    }

    private void add(int row, int i, int j, int k) {
        count[row]++;
        int r = 3 * row;
        sum[r] += i;
        sum[r + 1] += j;
        sum[r + 2] += k;
        min[r] = Math.min(min[r], i);
        min[r + 1] = Math.min(min[r + 1], j);
        min[r + 2] = Math.min(min[r + 2], k);
        max[r] = Math.max(max[r], i);
        max[r + 1] = Math.max(max[r + 1], j);
        max[r + 2] = Math.max(max[r + 2], k);
    }

    /** Voxels of the row's label. */
    public long count(int row) {
        return count[row];
    }

    /** Mean voxel coordinate of the row's label (NaN when absent). */
    public double[] meanVoxel(int row) {
        long n = count[row];
        return new double[] {sum[3 * row] / n, sum[3 * row + 1] / n, sum[3 * row + 2] / n};
    }

    /** Lowest voxel coordinate of the row's label along each axis. */
    public int[] min(int row) {
        return new int[] {min[3 * row], min[3 * row + 1], min[3 * row + 2]};
    }

    /** Highest voxel coordinate of the row's label along each axis. */
    public int[] max(int row) {
        return new int[] {max[3 * row], max[3 * row + 1], max[3 * row + 2]};
    }

    /** World centroid per present label index, in table order (the transform is affine: mean commutes). */
    public Map<Integer, double[]> centroids(NiftiVolume volume, LabelTable table) {
        Map<Integer, double[]> out = new LinkedHashMap<>();
        for (int row = 0; row < count.length; row++) {
            if (count[row] > 0) {
                double[] m = meanVoxel(row);
                out.put(table.get(row).index(), volume.voxelToWorld(m[0], m[1], m[2]));
            }
        }
        return out;
    }

    /** Maps label values to table rows quickly: an array for compact indices, a map otherwise. */
    static final class RowLookup {
        private final int[] dense;
        private final Map<Integer, Integer> sparse;

        RowLookup(LabelTable table) {
            int top = 0;
            for (int index : table.indices()) {
                top = Math.max(top, index);
            }
            if (top <= 1 << 16) {
                dense = new int[top + 1];
                Arrays.fill(dense, -1);
                for (int row = 0; row < table.size(); row++) {
                    dense[table.get(row).index()] = row;
                }
                sparse = null;
            } else {
                dense = null;
                sparse = new HashMap<>();
                for (int row = 0; row < table.size(); row++) {
                    sparse.put(table.get(row).index(), row);
                }
            }
        }

        int row(int label) {
            if (dense != null) {
                return label >= 0 && label < dense.length ? dense[label] : -1;
            }
            Integer r = sparse.get(label);
            return r == null ? -1 : r;
        }
    }
}
