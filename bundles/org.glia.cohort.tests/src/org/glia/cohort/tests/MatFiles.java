package org.glia.cohort.tests;

import java.io.IOException;
import java.nio.file.Path;

import us.hebi.matlab.mat.format.Mat5;
import us.hebi.matlab.mat.types.MatFile;
import us.hebi.matlab.mat.types.Matrix;

/** Writes MATLAB v5 test files with mfl-core. */
final class MatFiles {

    private MatFiles() {
    }

    /** A 2-D double matrix. */
    static Matrix matrix(double[][] m) {
        Matrix x = Mat5.newMatrix(m.length, m[0].length);
        for (int i = 0; i < m.length; i++) {
            for (int j = 0; j < m[0].length; j++) {
                x.setDouble(i, j, m[i][j]);
            }
        }
        return x;
    }

    /** An N x N x S stack of the given matrices. */
    static Matrix stack(double[][]... ms) {
        int n = ms[0].length;
        Matrix x = Mat5.newMatrix(new int[] {n, n, ms.length});
        for (int s = 0; s < ms.length; s++) {
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    x.setDouble(new int[] {i, j, s}, ms[s][i][j]);
                }
            }
        }
        return x;
    }

    /** Writes name/array pairs to {@code file}. */
    static Path write(Path file, Object... nameArray) throws IOException {
        MatFile mat = Mat5.newMatFile();
        for (int i = 0; i < nameArray.length; i += 2) {
            mat.addArray((String) nameArray[i], (us.hebi.matlab.mat.types.Array) nameArray[i + 1]);
        }
        Mat5.writeToFile(mat, file.toFile());
        return file;
    }
}
