package org.glia.cohort;

import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

import org.glia.core.io.DataException;

/**
 * A matrix file handed to a {@link ConnectomeReader}: its path, what the cohort says about it, and
 * bounded access to its bytes (a {@code .gz} suffix is decompressed transparently, never past
 * {@link #maxBytes()}).
 */
public final class MatrixSource {

    private final Path file;
    private final String variable;
    private final int expectedRegions;
    private final long maxBytes;

    /**
     * @param file            the file
     * @param variable        the variable to read from a multi-variable format (cohort.json
     *                        {@code matrices.variable}), or {@code null}
     * @param expectedRegions the label count, a hint for header detection; 0 when unknown
     * @param maxBytes        the most bytes the file may hold once decompressed
     */
    public MatrixSource(Path file, String variable, int expectedRegions, long maxBytes) {
        this.file = file;
        this.variable = variable;
        this.expectedRegions = expectedRegions;
        this.maxBytes = maxBytes;
    }

    /** The file. */
    public Path file() {
        return file;
    }

    /** The variable to read, or {@code null} when the cohort does not name one. */
    public String variable() {
        return variable;
    }

    /** The number of regions in the cohort's label table, or 0 when unknown. */
    public int expectedRegions() {
        return expectedRegions;
    }

    /** The size limit in bytes after decompression. */
    public long maxBytes() {
        return maxBytes;
    }

    /** True when the file name ends with {@code .gz}. */
    public boolean gzipped() {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
    }

    /** Opens the (decompressed) content; reading past {@link #maxBytes()} throws an IOException. */
    public InputStream open() throws IOException {
        InputStream in = Files.newInputStream(file);
        if (gzipped()) {
            try {
                in = new GZIPInputStream(in, 1 << 16);
            } catch (IOException e) {
                in.close();
                throw e;
            }
        }
        return new Bounded(in, maxBytes);
    }

    /** The whole (decompressed) content; every failure is reported as a DataException naming the file. */
    public byte[] readAllBytes() throws DataException {
        try {
            if (!gzipped() && Files.size(file) > maxBytes) {
                throw problem("file is " + Files.size(file) + " bytes, more than the limit of " + maxBytes);
            }
            try (InputStream in = open()) {
                return in.readAllBytes();
            }
        } catch (NoSuchFileException e) {
            throw problem("file not found");
        } catch (EOFException | ZipException e) {
            throw problem("truncated or corrupt gzip data (" + e.getMessage() + ")");
        } catch (TooLarge e) {
            throw problem(e.getMessage());
        } catch (IOException e) {
            throw problem("cannot read: " + e.getMessage());
        }
    }

    /** A refusal of this file without a position. */
    public DataException problem(String message) {
        return new DataException(file, message);
    }

    /** A refusal of this file at a position, e.g. "row 3, column 7". */
    public DataException problem(String location, String message) {
        return new DataException(file, location, message);
    }

    @Override
    public String toString() {
        return file.toString();
    }

    /** Signals content larger than the limit; a separate type so it is not mistaken for corruption. */
    private static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge(long limit) {
            super("content is larger than the limit of " + limit + " bytes once decompressed");
        }
    }

    /** Counts bytes and refuses to go past the limit, so a small gzip cannot expand without bound. */
    private static final class Bounded extends FilterInputStream {
        private final long limit;
        private long count;

        Bounded(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                add(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                add(n);
            }
            return n;
        }

        private void add(long n) throws TooLarge {
            count += n;
            if (count > limit) {
                throw new TooLarge(limit);
            }
        }
    }
}
