package org.glia.model.internal.io;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;

/**
 * The binary part of a {@code .glia} document: every weight matrix, in document order, as little-endian doubles.
 * <p>
 * Layout: magic {@code "GLIAWTS\u001a"}, int32 version (1), int32 matrix count, then rows and columns (int32 each)
 * of every matrix, then all values (float64, row-major, matrix after matrix), then the CRC-32 of everything
 * before it (int32). All integers little-endian. The reader checks magic, version, sizes, length and checksum
 * and reports the first fault as a {@link WeightFormatException}.
 */
public final class WeightCodec {

    /** The first eight bytes. */
    static final byte[] MAGIC = {'G', 'L', 'I', 'A', 'W', 'T', 'S', 0x1a};
    /** The format version written. */
    static final int VERSION = 1;

    private static final int CHUNK = 8192;

    private WeightCodec() {
    }

    /** The number of bytes {@link #write} produces for matrices of these shapes. */
    public static long length(List<double[]> matrices) {
        long n = MAGIC.length + 8L + 8L * matrices.size() + 4;
        for (double[] m : matrices) {
            n += 8L * m.length;
        }
        return n;
    }

    /**
     * Writes the matrices; {@code shapes[i]} = {rows, cols} of {@code matrices.get(i)}.
     *
     * @return the CRC-32 of the bytes written (that of the whole stream, trailer included)
     */
    public static long write(List<double[]> matrices, List<int[]> shapes, OutputStream out) throws IOException {
        CRC32 total = new CRC32();
        CRC32 body = new CRC32();
        ByteBuffer b = ByteBuffer.allocate(CHUNK).order(ByteOrder.LITTLE_ENDIAN);
        b.put(MAGIC).putInt(VERSION).putInt(matrices.size());
        for (int[] s : shapes) {
            b = room(b, 8, out, body, total);
            b.putInt(s[0]).putInt(s[1]);
        }
        for (double[] m : matrices) {
            for (double v : m) {
                b = room(b, 8, out, body, total);
                b.putDouble(v);
            }
        }
        flush(b, out, body, total);
        b.putInt((int) body.getValue());
        b.flip();
        total.update(b.array(), 0, b.limit());
        out.write(b.array(), 0, b.limit());
        return total.getValue();
    }

    private static ByteBuffer room(ByteBuffer b, int bytes, OutputStream out, CRC32 body, CRC32 total)
            throws IOException {
        if (b.remaining() < bytes) {
            flush(b, out, body, total);
        }
        return b;
    }

    private static void flush(ByteBuffer b, OutputStream out, CRC32 body, CRC32 total) throws IOException {
        body.update(b.array(), 0, b.position());
        total.update(b.array(), 0, b.position());
        out.write(b.array(), 0, b.position());
        b.clear();
    }

    /**
     * Reads the matrices from a stream of {@code length} bytes, checking everything against
     * {@code expectedShapes} (the shapes the structure declares).
     */
    public static List<double[]> read(InputStream in, long length, List<int[]> expectedShapes)
            throws IOException, WeightFormatException {
        CRC32 crc = new CRC32();
        DataInputStream data = new DataInputStream(in);
        ByteBuffer head = ByteBuffer.wrap(readFully(data, MAGIC.length + 8, crc)).order(ByteOrder.LITTLE_ENDIAN);
        byte[] magic = new byte[MAGIC.length];
        head.get(magic);
        if (!Arrays.equals(magic, MAGIC)) {
            throw new WeightFormatException("does not start with the Glia weight signature");
        }
        int version = head.getInt();
        if (version != VERSION) {
            throw new WeightFormatException("has format version " + version + "; this Glia reads version " + VERSION);
        }
        int count = head.getInt();
        if (count != expectedShapes.size()) {
            throw new WeightFormatException("holds " + count + " weight matrices but the structure has "
                    + expectedShapes.size());
        }
        ByteBuffer shapes = ByteBuffer.wrap(readFully(data, 8 * count, crc)).order(ByteOrder.LITTLE_ENDIAN);
        long expectedLength = MAGIC.length + 8L + 8L * count + 4;
        for (int i = 0; i < count; i++) {
            int rows = shapes.getInt();
            int cols = shapes.getInt();
            int[] e = expectedShapes.get(i);
            if (rows != e[0] || cols != e[1]) {
                throw new WeightFormatException("matrix " + i + " is " + rows + " x " + cols
                        + " but the structure says " + e[0] + " x " + e[1]);
            }
            if ((long) rows * cols > Integer.MAX_VALUE - 8) {
                throw new WeightFormatException("matrix " + i + " is too large: " + rows + " x " + cols);
            }
            expectedLength += 8L * rows * cols;
        }
        if (length >= 0 && length != expectedLength) {
            throw new WeightFormatException("is " + length + " bytes long but its header announces "
                    + expectedLength + " (the file is truncated or damaged)");
        }
        List<double[]> result = new ArrayList<>(count);
        for (int[] e : expectedShapes) {
            result.add(readDoubles(data, e[0] * e[1], crc));
        }
        int stored = ByteBuffer.wrap(readFully(data, 4, null)).order(ByteOrder.LITTLE_ENDIAN).getInt();
        if (stored != (int) crc.getValue()) {
            throw new WeightFormatException(String.format("fails its checksum (stored %08x, computed %08x): "
                    + "the file is damaged", stored, (int) crc.getValue()));
        }
        if (in.read() != -1) {
            throw new WeightFormatException("has data after its checksum");
        }
        return result;
    }

    private static double[] readDoubles(DataInputStream in, int count, CRC32 crc) throws IOException,
            WeightFormatException {
        double[] v = new double[count];
        byte[] buf = new byte[CHUNK];
        ByteBuffer b = ByteBuffer.wrap(buf).order(ByteOrder.LITTLE_ENDIAN);
        int done = 0;
        while (done < count) {
            int n = Math.min(CHUNK / 8, count - done);
            fill(in, buf, n * 8);
            crc.update(buf, 0, n * 8);
            b.clear();
            for (int i = 0; i < n; i++) {
                v[done + i] = b.getDouble();
            }
            done += n;
        }
        return v;
    }

    private static byte[] readFully(DataInputStream in, int n, CRC32 crc) throws IOException, WeightFormatException {
        byte[] b = new byte[n];
        fill(in, b, n);
        if (crc != null) {
            crc.update(b);
        }
        return b;
    }

    private static void fill(DataInputStream in, byte[] b, int n) throws IOException, WeightFormatException {
        try {
            in.readFully(b, 0, n);
        } catch (EOFException e) {
            throw new WeightFormatException("ends early: the file is truncated");
        }
    }
}
