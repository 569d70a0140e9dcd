package org.glia.atlas;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import javax.xml.parsers.ParserConfigurationException;

import org.glia.atlas.internal.gifti.GiftiArray;
import org.glia.atlas.internal.gifti.GiftiArrays;
import org.glia.core.io.DataException;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads GIfTI surfaces ({@code .gii}): the first {@code NIFTI_INTENT_POINTSET} array (float32, N x 3)
 * and the first {@code NIFTI_INTENT_TRIANGLE} array (int32, M x 3), in ASCII, Base64Binary or
 * GZipBase64Binary encoding, either endianness, row- or column-major. The XML parser fetches nothing
 * from outside the file (no external DTD or entities).
 */
public final class GiftiReader {

    private GiftiReader() {
    }

    /** Reads the surface of a GIfTI file. */
    public static GiftiSurface read(Path file) throws DataException {
        List<GiftiArray> arrays = readArrays(file);
        GiftiArray points = find(file, arrays, "NIFTI_INTENT_POINTSET");
        GiftiArray triangles = find(file, arrays, "NIFTI_INTENT_TRIANGLE");
        if (points.cols() != 3 || triangles.cols() != 3) {
            throw new DataException(file, "the point set and the triangles must have 3 columns");
        }
        float[] p = new float[points.values().length];
        for (int i = 0; i < p.length; i++) {
            p[i] = (float) points.values()[i];
        }
        int[] t = new int[triangles.values().length];
        int n = points.rows();
        for (int i = 0; i < t.length; i++) {
            double v = triangles.values()[i];
            if (v < 0 || v >= n || v != Math.rint(v)) {
                throw new DataException(file, "triangle " + (i / 3 + 1),
                        "vertex index " + v + " outside 0.." + (n - 1));
            }
            t[i] = (int) v;
        }
        return new GiftiSurface(p, t);
    }

    /** Every data array of a GIfTI file, decoded (for label and shape files as well as surfaces). */
    static List<GiftiArray> readArrays(Path file) throws DataException {
        try (InputStream in = Files.newInputStream(file)) {
            return GiftiArrays.parse(in);
        } catch (NoSuchFileException e) {
            throw new DataException(file, "file not found");
        } catch (SAXParseException e) {
            throw new DataException(file, "line " + e.getLineNumber(), "not valid GIfTI XML: " + e.getMessage());
        } catch (SAXException e) {
            throw new DataException(file, e.getMessage());
        } catch (IOException e) {
            throw new DataException(file, "cannot read: " + e.getMessage());
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser lacks a required feature", e);
        }
    }

    private static GiftiArray find(Path file, List<GiftiArray> arrays, String intent) throws DataException {
        return arrays.stream().filter(a -> a.intent().equals(intent)).findFirst()
                .orElseThrow(() -> new DataException(file, "no " + intent + " data array"));
    }
}
