package org.glia.atlas;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.glia.core.io.DataException;

/**
 * Finds atlases installed by the operating system's packages: AAL from Debian's {@code mricron-data}
 * ({@code /usr/share/mricron/templates}: {@code aal.nii.gz}, names in {@code aal.nii.txt}, colours in
 * {@code aal.nii.lut}, a 768-byte table of 256 reds, then 256 greens, then 256 blues). The system property
 * {@code glia.mricron.templates} points elsewhere.
 */
public final class SystemAtlases {

    /** Where Debian's mricron-data installs its templates. */
    public static final Path MRICRON_TEMPLATES = Path.of("/usr/share/mricron/templates");

    /** Highest AAL index of the cerebrum (1..90; 91..116 are cerebellum and vermis). */
    public static final int AAL_CEREBRUM_LAST = 90;

    private static final String INSTALL_HINT =
            "install Debian's mricron-data package: sudo apt-get install mricron-data";

    private SystemAtlases() {
    }

    /** The folder searched for MRIcron templates. */
    public static Path mricronTemplates() {
        String p = System.getProperty("glia.mricron.templates");
        return p != null && !p.isBlank() ? Path.of(p) : MRICRON_TEMPLATES;
    }

    /** True when AAL is installed. */
    public static boolean hasAal() {
        Path dir = mricronTemplates();
        return Files.isRegularFile(dir.resolve("aal.nii.gz")) && Files.isRegularFile(dir.resolve("aal.nii.txt"));
    }

    /**
     * AAL with its names and colours; {@code cerebrumOnly} keeps indices 1..90.
     *
     * @throws DataException when it is not installed (the message says how to install it) or damaged
     */
    public static VolumeAtlas aal(boolean cerebrumOnly) throws DataException {
        return aal(mricronTemplates(), cerebrumOnly);
    }

    /** AAL from a given templates folder (for tests and unusual installations). */
    public static VolumeAtlas aal(Path folder, boolean cerebrumOnly) throws DataException {
        Path volume = folder.resolve("aal.nii.gz");
        Path names = folder.resolve("aal.nii.txt");
        for (Path p : new Path[] {volume, names}) {
            if (!Files.isRegularFile(p)) {
                throw new DataException(p, "AAL atlas not found: " + INSTALL_HINT);
            }
        }
        LabelTable table = withColours(LabelTables.read(names), folder.resolve("aal.nii.lut"));
        if (cerebrumOnly) {
            table = table.indexRange(1, AAL_CEREBRUM_LAST);
        }
        return new VolumeAtlas(volume, table);
    }

    /**
     * The table with colours from an MRIcron {@code .lut} (768 bytes, planar RGB by index); regions
     * above 255 or a missing file keep their colours. A lut of another size is refused.
     */
    public static LabelTable withColours(LabelTable table, Path lut) throws DataException {
        if (!Files.isRegularFile(lut)) {
            return table;
        }
        byte[] b;
        try {
            if (Files.size(lut) != 768) {
                throw new DataException(lut, "an MRIcron colour table has 768 bytes, this one " + Files.size(lut));
            }
            b = Files.readAllBytes(lut);
        } catch (IOException e) {
            throw new DataException(lut, "cannot read: " + e.getMessage());
        }
        List<Region> out = new ArrayList<>();
        for (Region r : table.regions()) {
            int i = r.index();
            int rgb = i < 256 ? (b[i] & 255) << 16 | (b[256 + i] & 255) << 8 | b[512 + i] & 255 : r.rgb();
            out.add(new Region(i, r.name(), r.hemisphere(), rgb));
        }
        return LabelTable.of(out);
    }
}
