package org.glia.model.internal.io;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.eclipse.emf.ecore.resource.Resource;
import org.glia.core.io.DataException;
import org.glia.core.io.DataProblems;
import org.glia.model.ModelVersion;
import org.glia.model.Network;
import org.glia.model.Networks;
import org.glia.model.Study;
import org.glia.model.WeightMatrix;

/**
 * Reads a {@code .glia} zip into a {@link GliaResourceImpl}, refusing anything damaged with a
 * {@link DataException} that names the file, the part and the fault.
 */
final class DocumentReader {

    /** Largest structure part accepted: far beyond any real network's XMI, small enough to read into memory. */
    private static final long MAX_STRUCTURE_BYTES = 512L << 20;

    private final GliaResourceImpl resource;
    private final Path file;
    private final Path shown;

    DocumentReader(GliaResourceImpl resource, Path file) {
        this.resource = resource;
        this.file = file;
        this.shown = resource.getURI().isFile() ? file : Path.of(resource.getURI().toString());
    }

    void read(Map<?, ?> options) throws IOException {
        try {
            readChecked(options);
        } catch (DataException e) {
            resource.getContents().clear();
            throw new Resource.IOWrappedException(e);
        }
    }

    private void readChecked(Map<?, ?> options) throws DataException, IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry structure = entry(zip, GliaResourceImpl.STRUCTURE_ENTRY);
            ZipEntry weights = entry(zip, GliaResourceImpl.WEIGHTS_ENTRY);
            readStructure(zip, structure, options);
            readWeights(zip, weights);
        } catch (NoSuchFileException e) {
            throw new DataException(shown, "the document does not exist");
        } catch (ZipException e) {
            throw new DataException(shown, "is not a Glia document or is damaged (not a readable zip archive: "
                    + e.getMessage() + ")");
        } catch (EOFException e) {
            throw new DataException(shown, "is truncated or damaged: an entry ends outside the file");
        }
        checkNetworks();
    }

    private ZipEntry entry(ZipFile zip, String name) throws DataException {
        ZipEntry e = zip.getEntry(name);
        if (e == null) {
            throw new DataException(shown, "is not a Glia document: the archive has no " + name);
        }
        return e;
    }

    private void readStructure(ZipFile zip, ZipEntry entry, Map<?, ?> options) throws DataException, IOException {
        if (entry.getSize() > MAX_STRUCTURE_BYTES) {
            throw new DataException(shown, entry.getName(), "is " + entry.getSize() + " bytes, more than the "
                    + MAX_STRUCTURE_BYTES + " a Glia structure can be");
        }
        byte[] xmi;
        try (InputStream in = zip.getInputStream(entry)) {
            xmi = in.readAllBytes();
        } catch (ZipException e) {
            throw new DataException(shown, entry.getName(), "is damaged: " + e.getMessage());
        }
        CRC32 crc = new CRC32();
        crc.update(xmi);
        if (entry.getCrc() != -1 && crc.getValue() != entry.getCrc()) {
            throw new DataException(shown, entry.getName(), "fails its checksum: the file is damaged");
        }
        try {
            resource.loadStructure(xmi, options);
        } catch (IOException e) {
            String message = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage()
                    : e.getMessage();
            throw new DataException(shown, entry.getName(), "is not a valid Glia structure: " + message);
        }
        if (resource.getContents().size() != 1 || !(resource.getContents().get(0) instanceof Study)) {
            throw new DataException(shown, entry.getName(), "does not hold exactly one study");
        }
    }

    private void readWeights(ZipFile zip, ZipEntry entry) throws DataException, IOException {
        List<WeightMatrix> matrices = resource.matrices();
        List<int[]> shapes = new ArrayList<>(matrices.size());
        for (WeightMatrix m : matrices) {
            if (m.getRows() < 0 || m.getCols() < 0) {
                throw new DataException(shown, GliaResourceImpl.STRUCTURE_ENTRY, "declares a weight matrix of "
                        + m.getRows() + " x " + m.getCols());
            }
            shapes.add(new int[] {m.getRows(), m.getCols()});
        }
        List<double[]> values;
        try (InputStream in = zip.getInputStream(entry)) {
            values = WeightCodec.read(in, entry.getSize(), shapes);
        } catch (WeightFormatException e) {
            throw new DataException(shown, entry.getName(), e.getMessage());
        } catch (ZipException e) {
            throw new DataException(shown, entry.getName(), "is damaged: " + e.getMessage());
        }
        for (int i = 0; i < matrices.size(); i++) {
            matrices.get(i).setValues(values.get(i));
        }
    }

    private void checkNetworks() throws DataException {
        Study study = (Study) resource.getContents().get(0);
        DataProblems problems = new DataProblems();
        if (study.getNetwork() == null) {
            problems.add(shown, "study", "has no network");
        } else {
            check(study.getNetwork(), "network", problems);
        }
        for (ModelVersion v : study.getVersions()) {
            if (v.getNetwork() != null) {
                check(v.getNetwork(), "version " + v.getId(), problems);
            }
        }
        problems.throwIfAny(shown + ": the document's networks are inconsistent");
    }

    private void check(Network network, String where, DataProblems problems) {
        for (String p : Networks.problems(network)) {
            problems.add(shown, where, p);
        }
    }
}
