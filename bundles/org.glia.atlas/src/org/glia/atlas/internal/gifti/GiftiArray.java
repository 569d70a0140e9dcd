package org.glia.atlas.internal.gifti;

/**
 * One decoded GIfTI data array in row-major order.
 *
 * @param intent the NIFTI intent name, e.g. {@code NIFTI_INTENT_POINTSET}
 * @param rows   Dim0
 * @param cols   Dim1 (1 for a one-dimensional array)
 * @param values the values, row by row
 */
public record GiftiArray(String intent, int rows, int cols, double[] values) {
}
