package org.glia.atlas.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;

import org.glia.atlas.AtlasMeshes;
import org.glia.atlas.GiftiReader;
import org.glia.atlas.GiftiSurface;
import org.glia.atlas.RegionMesh;
import org.glia.atlas.SurfaceAtlases;
import org.glia.atlas.VertexLabels;
import org.glia.core.io.DataException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests the GIfTI reader on files generated here in every encoding, and its refusals. */
class GiftiTest {

    /** A tetrahedron: 4 vertices, 4 outward triangles. */
    static final float[] POINTS = {0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1};
    static final int[] TRIANGLES = {0, 2, 1, 0, 1, 3, 0, 3, 2, 1, 2, 3};

    @TempDir
    Path dir;

    private static byte[] bytes(float[] f, int[] t, ByteOrder order) {
        ByteBuffer b = ByteBuffer.allocate(4 * (f != null ? f.length : t.length)).order(order);
        if (f != null) {
            for (float x : f) {
                b.putFloat(x);
            }
        } else {
            for (int x : t) {
                b.putInt(x);
            }
        }
        return b.array();
    }

    private static String encode(byte[] raw, String encoding, boolean gzipInsteadOfZlib) throws Exception {
        if (encoding.equals("Base64Binary")) {
            return Base64.getMimeEncoder().encodeToString(raw);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var z = gzipInsteadOfZlib ? new GZIPOutputStream(out) : new DeflaterOutputStream(out)) {
            z.write(raw);
        }
        return Base64.getEncoder().encodeToString(out.toByteArray());
    }

    static String array(String intent, String type, int rows, String encoding, String endian, String order,
            String data) {
        return "<DataArray Intent=\"" + intent + "\" DataType=\"" + type + "\" ArrayIndexingOrder=\"" + order
                + "\" Dimensionality=\"2\" Dim0=\"" + rows + "\" Dim1=\"3\" Encoding=\"" + encoding + "\" Endian=\""
                + endian + "\" ExternalFileName=\"\" ExternalFileOffset=\"\">\n<MetaData/>\n<Data>" + data
                + "</Data>\n</DataArray>\n";
    }

    static String document(String... arrays) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<!DOCTYPE GIFTI SYSTEM \"http://gifti.projects.nitrc.org/gifti.dtd\">\n"
                + "<GIFTI Version=\"1.0\" NumberOfDataArrays=\"" + arrays.length + "\">\n<MetaData/>\n<LabelTable/>\n"
                + String.join("", arrays) + "</GIFTI>\n";
    }

    private Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    private Path binary(String name, String encoding, ByteOrder order, boolean gzip) throws Exception {
        String endian = order == ByteOrder.BIG_ENDIAN ? "BigEndian" : "LittleEndian";
        return write(name, document(
                array("NIFTI_INTENT_POINTSET", "NIFTI_TYPE_FLOAT32", 4, encoding, endian, "RowMajorOrder",
                        encode(bytes(POINTS, null, order), encoding, gzip)),
                array("NIFTI_INTENT_TRIANGLE", "NIFTI_TYPE_INT32", 4, encoding, endian, "RowMajorOrder",
                        encode(bytes(null, TRIANGLES, order), encoding, gzip))));
    }

    private static void assertTetrahedron(GiftiSurface s) {
        assertArrayEquals(POINTS, s.positions());
        assertArrayEquals(TRIANGLES, s.triangles());
    }

    @Test
    void readsEveryEncodingAndByteOrder() throws Exception {
        for (ByteOrder order : new ByteOrder[] {ByteOrder.LITTLE_ENDIAN, ByteOrder.BIG_ENDIAN}) {
            assertTetrahedron(GiftiReader.read(binary("b64.gii", "Base64Binary", order, false)));
            assertTetrahedron(GiftiReader.read(binary("zlib.gii", "GZipBase64Binary", order, false)));
            assertTetrahedron(GiftiReader.read(binary("gzip.gii", "GZipBase64Binary", order, true)));
        }
        Path ascii = write("ascii.gii", document(
                array("NIFTI_INTENT_POINTSET", "NIFTI_TYPE_FLOAT32", 4, "ASCII", "LittleEndian", "RowMajorOrder",
                        "0 0 0\n1 0 0\n0 1 0\n0 0 1"),
                array("NIFTI_INTENT_TRIANGLE", "NIFTI_TYPE_INT32", 4, "ASCII", "LittleEndian", "RowMajorOrder",
                        "0 2 1 0 1 3\n0 3 2\t1 2 3")));
        assertTetrahedron(GiftiReader.read(ascii));
        Path columns = write("columns.gii", document(
                array("NIFTI_INTENT_POINTSET", "NIFTI_TYPE_FLOAT32", 4, "ASCII", "LittleEndian", "ColumnMajorOrder",
                        "0 1 0 0  0 0 1 0  0 0 0 1"),
                array("NIFTI_INTENT_TRIANGLE", "NIFTI_TYPE_INT32", 4, "ASCII", "LittleEndian", "RowMajorOrder",
                        "0 2 1 0 1 3 0 3 2 1 2 3")));
        assertTetrahedron(GiftiReader.read(columns));
    }

    @Test
    void refusesBadArrays() throws Exception {
        Path noTriangles = write("nt.gii", document(array("NIFTI_INTENT_POINTSET", "NIFTI_TYPE_FLOAT32", 4, "ASCII",
                "LittleEndian", "RowMajorOrder", "0 0 0 1 0 0 0 1 0 0 0 1")));
        assertMessage(noTriangles, "nt.gii", "no NIFTI_INTENT_TRIANGLE data array");
        Path shortAscii = write("short.gii", document(array("NIFTI_INTENT_POINTSET", "NIFTI_TYPE_FLOAT32", 4,
                "ASCII", "LittleEndian", "RowMajorOrder", "0 0 0 1 0")));
        assertMessage(shortAscii, "data array 1", "12 values announced, 5 found");
        Path badIndex = write("index.gii", document(
                array("NIFTI_INTENT_POINTSET", "NIFTI_TYPE_FLOAT32", 4, "ASCII", "LittleEndian", "RowMajorOrder",
                        "0 0 0 1 0 0 0 1 0 0 0 1"),
                array("NIFTI_INTENT_TRIANGLE", "NIFTI_TYPE_INT32", 1, "ASCII", "LittleEndian", "RowMajorOrder",
                        "0 1 7")));
        assertMessage(badIndex, "triangle 1", "vertex index 7.0 outside 0..3");
        Path float64 = write("f64.gii", document(array("NIFTI_INTENT_POINTSET", "NIFTI_TYPE_FLOAT64", 1, "ASCII",
                "LittleEndian", "RowMajorOrder", "0 0 0")));
        assertMessage(float64, "f64.gii", "unsupported DataType 'NIFTI_TYPE_FLOAT64'");
        String zipped = encode(bytes(POINTS, null, ByteOrder.LITTLE_ENDIAN), "GZipBase64Binary", false);
        Path cut = write("cut.gii", document(array("NIFTI_INTENT_POINTSET", "NIFTI_TYPE_FLOAT32", 4,
                "GZipBase64Binary", "LittleEndian", "RowMajorOrder", zipped.substring(0, 12))));
        assertMessage(cut, "cut.gii", "data array 1");
        write("broken.gii", "<GIFTI><DataArray>");
        assertMessage(dir.resolve("broken.gii"), "broken.gii", "not valid GIfTI XML");
    }

    @Test
    void compressedDataBeyondTheAnnouncedSizeIsRefusedWithoutInflatingIt() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var z = new DeflaterOutputStream(out)) {
            z.write(new byte[64 << 20]);
        }
        Path bomb = write("bomb.gii", document(array("NIFTI_INTENT_POINTSET", "NIFTI_TYPE_FLOAT32", 1,
                "GZipBase64Binary", "LittleEndian", "RowMajorOrder",
                Base64.getEncoder().encodeToString(out.toByteArray()))));
        assertMessage(bomb, "bomb.gii", "more than the 12 bytes announced");
    }

    @Test
    void externalEntitiesAreNeverFetched() throws Exception {
        Path secret = write("secret.txt", "0 0 0 1 0 0 0 1 0 0 0 1");
        String doc = "<?xml version=\"1.0\"?>\n<!DOCTYPE GIFTI [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<GIFTI>" + array("NIFTI_INTENT_POINTSET", "NIFTI_TYPE_FLOAT32", 4, "ASCII", "LittleEndian",
                        "RowMajorOrder", "&x;")
                + array("NIFTI_INTENT_TRIANGLE", "NIFTI_TYPE_INT32", 4, "ASCII", "LittleEndian", "RowMajorOrder",
                        "0 2 1 0 1 3 0 3 2 1 2 3")
                + "</GIFTI>";
        Path p = write("xxe.gii", doc);
        DataException e = assertThrows(DataException.class, () -> GiftiReader.read(p));
        assertTrue(e.getMessage().contains("xxe.gii"), e.getMessage());
    }

    private static void assertMessage(Path p, String... parts) {
        String m = assertThrows(DataException.class, () -> GiftiReader.read(p)).getMessage();
        for (String part : parts) {
            assertTrue(m.contains(part), "'" + part + "' in: " + m);
        }
    }

    @Test
    void splitsBySharedVertexLabels() throws Exception {
        // Two tetrahedra side by side; the second is labelled 2 except one vertex labelled 1.
        float[] p = new float[24];
        System.arraycopy(POINTS, 0, p, 0, 12);
        for (int i = 0; i < 12; i++) {
            p[12 + i] = POINTS[i] + (i % 3 == 0 ? 5 : 0);
        }
        int[] t = new int[24];
        for (int i = 0; i < 12; i++) {
            t[i] = TRIANGLES[i];
            t[12 + i] = TRIANGLES[i] + 4;
        }
        Path surface = write("two.gii", document(
                array("NIFTI_INTENT_POINTSET", "NIFTI_TYPE_FLOAT32", 8, "Base64Binary", "LittleEndian",
                        "RowMajorOrder", encode(bytes(p, null, ByteOrder.LITTLE_ENDIAN), "Base64Binary", false)),
                array("NIFTI_INTENT_TRIANGLE", "NIFTI_TYPE_INT32", 8, "Base64Binary", "LittleEndian",
                        "RowMajorOrder", encode(bytes(null, t, ByteOrder.LITTLE_ENDIAN), "Base64Binary", false))));
        Path labels = write("labels.csv", "1\n1\r\n1\n1\n2.0\n2\n2\n1\n");
        AtlasMeshes m = SurfaceAtlases.load(List.of(surface), labels, null, null);
        assertEquals(List.of(1, 2), m.meshes().stream().map(RegionMesh::index).toList());
        assertEquals(4, m.mesh(1).orElseThrow().triangleCount(), "the first tetrahedron whole");
        assertEquals(1, m.mesh(2).orElseThrow().triangleCount(), "only the face without vertex 7");
        assertArrayEquals(new double[] {0.25, 0.25, 0.25}, m.centroids().get(1), 1e-6);
        Path wrongCount = write("wrong.csv", "1,1,1,1,2,2,2");
        String msg = assertThrows(DataException.class,
                () -> SurfaceAtlases.load(List.of(surface), wrongCount, null, null)).getMessage();
        assertTrue(msg.contains("7 labels for 8 vertices"), msg);
        Path bad = write("bad.csv", "1\n1.5\nx\n");
        msg = assertThrows(DataException.class, () -> VertexLabels.read(bad)).getMessage();
        assertTrue(msg.contains("line 2: label is not a whole number: '1.5'") && msg.contains("line 3"), msg);
        assertFalse(msg.isEmpty());
    }
}
