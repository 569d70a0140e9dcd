package org.glia.atlas.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.glia.atlas.Hemispheres;
import org.glia.atlas.LabelTable;
import org.glia.atlas.LabelTables;
import org.glia.atlas.Region;
import org.glia.core.io.DataException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests the label-table formats, their detection and every refused fault. */
class LabelTablesTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void tsvKeepsRowOrderColoursAndHemispheres() throws Exception {
        Path p = write("labels.tsv", "index\tname\textra\themisphere\tr\tg\tb\n"
                + "7\tPrecuneus_L\tx\tL\t1\t2\t3\n"
                + "3\tVermis\ty\t\t\t\t\n"
                + "5\tlh_insula\tz\tR\t255\t0\t16\n");
        LabelTable t = LabelTables.read(p);
        assertEquals(List.of("Precuneus_L", "Vermis", "lh_insula"), t.names());
        assertEquals(new Region(7, "Precuneus_L", "L", 0x010203), t.get(0));
        assertEquals(new Region(3, "Vermis", "", -1), t.get(1));
        assertEquals("R", t.get(2).hemisphere(), "an explicit column wins over the name");
        assertEquals(0xFF0010, t.get(2).rgb());
        assertEquals(1, t.rowOf(3).getAsInt());
        assertTrue(t.rowOf(4).isEmpty());
        assertEquals(5, t.byName("lh_insula").orElseThrow().index());
    }

    @Test
    void tsvWithoutHemisphereInfersItFromNames() throws Exception {
        Path p = write("labels.tsv", "\uFEFFIndex\tName\r\n1\tFrontal_Sup_R\r\n2\tLeft-Hippocampus\r\n"
                + "3\tctx-rh-insula\r\n4\tBrain-Stem\r\n\r\n");
        LabelTable t = LabelTables.read(p);
        assertEquals(List.of("R", "L", "R", ""), t.regions().stream().map(Region::hemisphere).toList());
        assertEquals(-1, t.get(0).rgb());
    }

    @Test
    void hemisphereRule() {
        assertEquals("L", Hemispheres.infer("Precentral_L"));
        assertEquals("R", Hemispheres.infer("Cerebelum_Crus1_R"));
        assertEquals("L", Hemispheres.infer("lh_bankssts"));
        assertEquals("R", Hemispheres.infer("rh.lateraloccipital"));
        assertEquals("L", Hemispheres.infer("L_bankssts"));
        assertEquals("R", Hemispheres.infer("Right-Amygdala"));
        assertEquals("", Hemispheres.infer("Vermis_1_2"));
        assertEquals("", Hemispheres.infer("Lingual"));
        assertEquals("", Hemispheres.infer("Lhippo"));
    }

    @Test
    void freeSurferLut() throws Exception {
        Path p = write("FreeSurferColorLUT.txt", "# comment\n#No. Label Name: R G B A\n\n"
                + "0   Unknown 0 0 0 0\n17  Left-Hippocampus   220 216 20  0\n"
                + "53  Right-Hippocampus  220 216 20  0\n");
        LabelTable t = LabelTables.read(p);
        assertEquals(3, t.size());
        assertEquals(new Region(17, "Left-Hippocampus", "L", 0xDCD814), t.get(1));
        assertEquals("R", t.get(2).hemisphere());
    }

    @Test
    void indexNameCodeText() throws Exception {
        Path p = write("aal.nii.txt", "1 Precentral_L 2001\r\n2 Precentral_R 2002\r\n116 Vermis_10 9170\r\n");
        LabelTable t = LabelTables.read(p);
        assertEquals(List.of(1, 2, 116), t.regions().stream().map(Region::index).toList());
        assertEquals("", t.get(2).hemisphere());
        Path two = write("jhu.txt", "0\tUnclassified\n1\tMiddle_cerebellar_peduncle\n");
        assertEquals(2, LabelTables.read(two).size());
    }

    @Test
    void tsvRoundTrip() throws Exception {
        LabelTable t = LabelTable.of(List.of(new Region(4, "Amygdala_L", "L", 0x123456),
                new Region(2, "Some name with spaces", "", -1), new Region(9, "X", "R", 0)));
        Path p = dir.resolve("out/labels.tsv");
        LabelTables.writeTsv(t, p);
        assertEquals(t, LabelTables.read(p));
        LabelTable plain = t.filter(r -> !r.hasColour());
        LabelTables.writeTsv(plain, p);
        assertEquals(plain, LabelTables.read(p));
    }

    @Test
    void faultsAreAllReportedWithFileAndLine() throws Exception {
        Path p = write("bad.tsv", "index\tname\n1\tA\n1\tB\n2\tA\nx\tC\n5\n");
        DataException e = assertThrows(DataException.class, () -> LabelTables.read(p));
        assertEquals(4, e.problems().size(), e.getMessage());
        String m = e.getMessage();
        assertTrue(m.contains(p.toString()), m);
        assertTrue(m.contains("line 3: duplicate index 1 (first on line 2)"), m);
        assertTrue(m.contains("line 4: duplicate name 'A' (first on line 2)"), m);
        assertTrue(m.contains("line 5: bad number in index: 'x'"), m);
        assertTrue(m.contains("line 6: missing column 'name'"), m);
    }

    @Test
    void missingHeaderColumns() throws Exception {
        Path p = write("bad.tsv", "index\tlabel\tr\tg\n1\tA\t1\t2\n");
        DataException e = assertThrows(DataException.class, () -> LabelTables.read(p));
        assertTrue(e.getMessage().contains("missing column 'name'"), e.getMessage());
        assertTrue(e.getMessage().contains("missing column 'b'"), e.getMessage());
    }

    @Test
    void badColoursHemispheresAndShapes() throws Exception {
        Path tsv = write("c.tsv", "index\tname\themisphere\tr\tg\tb\n1\tA\tup\t1\t2\t3\n2\tB\tL\t300\t2\t3\n");
        String m = assertThrows(DataException.class, () -> LabelTables.read(tsv)).getMessage();
        assertTrue(m.contains("line 2: hemisphere must be L, R or empty, got 'up'"), m);
        assertTrue(m.contains("line 3: column r must be 0..255, got 300"), m);
        Path lut = write("lut.txt", "1 A 1 2 3 0\n2 B 1 2 3\n3 C 1 x 3 0\n");
        m = assertThrows(DataException.class, () -> LabelTables.read(lut)).getMessage();
        assertTrue(m.contains("line 2: expected 6 columns"), m);
        assertTrue(m.contains("line 3: bad number in G: 'x'"), m);
        Path txt = write("t.txt", "1 A 2001\n-2 B 2002\n3 C x\n");
        m = assertThrows(DataException.class, () -> LabelTables.read(txt)).getMessage();
        assertTrue(m.contains("line 2: index must not be negative"), m);
        assertTrue(m.contains("line 3: bad number in code"), m);
    }

    @Test
    void emptyUnknownAndMissingFiles() throws Exception {
        Path empty = write("e.tsv", "\n# only a comment\n");
        assertTrue(assertThrows(DataException.class, () -> LabelTables.read(empty)).getMessage().contains("empty"));
        Path odd = write("o.txt", "1 2 3 4\n");
        assertTrue(assertThrows(DataException.class, () -> LabelTables.read(odd)).getMessage()
                .contains("unrecognised"));
        Path headerOnly = write("h.tsv", "index\tname\n");
        assertTrue(assertThrows(DataException.class, () -> LabelTables.read(headerOnly)).getMessage()
                .contains("no regions"));
        Path spaces = write("s.tsv", "index name\n1 A\n");
        assertTrue(assertThrows(DataException.class, () -> LabelTables.read(spaces)).getMessage()
                .contains("not tab separated"));
        Path none = dir.resolve("none.tsv");
        String m = assertThrows(DataException.class, () -> LabelTables.read(none)).getMessage();
        assertTrue(m.contains("none.tsv") && m.contains("not found"), m);
    }
}
