package org.glia.model.internal.io;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.glia.core.io.DataException;
import org.glia.model.WeightMatrix;

/**
 * The EMF resource of a {@code .glia} document: a zip holding {@code study.xmi} (the structure, XMI) and
 * {@code weights.bin} (all weight matrices, see {@link WeightCodec}).
 * <p>
 * Saving to a file URI is atomic: the document is written to a temporary file in the same folder, forced to disk
 * and renamed over the target, so a failure at any point leaves the previous document intact. Loading refuses
 * damaged documents with a {@link DataException} (wrapped in an {@code IOWrappedException}, as EMF's resource API
 * only throws {@code IOException}).
 */
public final class GliaResourceImpl extends XMIResourceImpl {

    /** The zip entry holding the structure. */
    public static final String STRUCTURE_ENTRY = "study.xmi";
    /** The zip entry holding the weights. */
    public static final String WEIGHTS_ENTRY = "weights.bin";
    /**
     * Save option for tests: a {@code UnaryOperator<OutputStream>} wrapped around the temporary file's stream
     * (e.g. to fail half way).
     */
    public static final String OPTION_STREAM_FILTER = "org.glia.model.streamFilter";

    /** Creates a resource for {@code uri}. */
    public GliaResourceImpl(URI uri) {
        super(uri);
        setEncoding("UTF-8");
    }

    @Override
    public void load(Map<?, ?> options) throws IOException {
        if (!isLoaded() && getURI().isFile() && !Files.exists(Path.of(getURI().toFileString()))) {
            throw new IOWrappedException(new DataException(Path.of(getURI().toFileString()),
                    "the document does not exist"));
        }
        super.load(options);
    }

    @Override
    public void save(Map<?, ?> options) throws IOException {
        if (!getURI().isFile()) {
            super.save(options);
            return;
        }
        Path target = Path.of(getURI().toFileString()).toAbsolutePath();
        Path dir = target.getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
        try {
            try (FileOutputStream file = new FileOutputStream(tmp.toFile())) {
                OutputStream out = filter(options).apply(file);
                save(out, options);
                out.flush();
                file.getFD().sync();
            }
            keepPermissions(tmp, target);
            move(tmp, target);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** The temp file is private (0600): give the document the old file's permissions, or the usual rw-r--r--. */
    private static void keepPermissions(Path tmp, Path target) throws IOException {
        if (!Files.getFileStore(tmp).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return;
        }
        Set<PosixFilePermission> perms = Files.exists(target) ? Files.getPosixFilePermissions(target)
                : PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(tmp, perms);
    }

    private static void move(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // Same folder, so this only happens on exotic file systems; a plain replace is the best left.
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @SuppressWarnings("unchecked")
    private static UnaryOperator<OutputStream> filter(Map<?, ?> options) {
        Object f = options == null ? null : options.get(OPTION_STREAM_FILTER);
        return f == null ? UnaryOperator.identity() : (UnaryOperator<OutputStream>) f;
    }

    /** A fixed entry time, so that saving the same model twice gives the same bytes. */
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);

    @Override
    public void doSave(OutputStream outputStream, Map<?, ?> options) throws IOException {
        ByteArrayOutputStream xmi = new ByteArrayOutputStream();
        super.doSave(xmi, options);
        List<double[]> values = new ArrayList<>();
        List<int[]> shapes = new ArrayList<>();
        for (WeightMatrix m : matrices()) {
            values.add(m.getValues());
            shapes.add(new int[] {m.getRows(), m.getCols()});
        }
        ZipOutputStream zip = new ZipOutputStream(new NonClosingOutputStream(outputStream));
        ZipEntry structure = new ZipEntry(STRUCTURE_ENTRY);
        structure.setTimeLocal(ENTRY_TIME);
        zip.putNextEntry(structure);
        xmi.writeTo(zip);
        zip.closeEntry();
        // Stored, not deflated: doubles hardly compress, and storing needs size and CRC first (a dry run).
        ZipEntry weights = new ZipEntry(WEIGHTS_ENTRY);
        weights.setMethod(ZipEntry.STORED);
        weights.setTimeLocal(ENTRY_TIME);
        weights.setSize(WeightCodec.length(values));
        weights.setCompressedSize(WeightCodec.length(values));
        weights.setCrc(WeightCodec.write(values, shapes, OutputStream.nullOutputStream()));
        zip.putNextEntry(weights);
        WeightCodec.write(values, shapes, zip);
        zip.closeEntry();
        zip.finish();
    }

    /** The weight matrices of the resource in document order (the order of the binary part). */
    List<WeightMatrix> matrices() {
        List<WeightMatrix> result = new ArrayList<>();
        for (TreeIterator<EObject> it = getAllContents(); it.hasNext();) {
            if (it.next() instanceof WeightMatrix m) {
                result.add(m);
            }
        }
        return result;
    }

    @Override
    public void doLoad(InputStream inputStream, Map<?, ?> options) throws IOException {
        if (getURI().isFile()) {
            // The stream is this very file; the zip reader wants random access, so read the file itself.
            new DocumentReader(this, Path.of(getURI().toFileString())).read(options);
            return;
        }
        Path tmp = Files.createTempFile("glia", ".glia");
        try {
            Files.copy(inputStream, tmp, StandardCopyOption.REPLACE_EXISTING);
            new DocumentReader(this, tmp).read(options);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Parses XMI bytes into this resource's contents. */
    void loadStructure(byte[] xmi, Map<?, ?> options) throws IOException {
        super.doLoad(new ByteArrayInputStream(xmi), options);
    }

    /** An output stream whose close does not close the stream below (the zip must not close the file early). */
    private static final class NonClosingOutputStream extends java.io.FilterOutputStream {
        NonClosingOutputStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
