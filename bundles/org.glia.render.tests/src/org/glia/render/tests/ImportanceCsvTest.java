package org.glia.render.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.glia.core.io.DataException;
import org.glia.render.internal.cli.ImportanceCsv;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading region maps: one class's values in label order, every fault named with the file. */
class ImportanceCsvTest {

    @TempDir
    Path tmp;

    private Path file(String text) throws Exception {
        Path p = tmp.resolve("importance.csv");
        Files.writeString(p, text);
        return p;
    }

    private static final String GOOD = """
            region,class,importance,rank
            Cube_L,AD,0.4,1
            Cube_R,AD,0.1,3
            Front_L,AD,0.3,2
            Cube_L,HC,0.05,2
            "Cube_R",HC,0.2,1
            """;

    @Test
    void readsOneClassInLabelOrder() throws Exception {
        ImportanceCsv.ClassMap m = ImportanceCsv.read(file(GOOD), SyntheticAtlas.LABELS, "AD");
        assertEquals(0.4, m.byRow()[0]);
        assertEquals(0.1, m.byRow()[1]);
        assertEquals(0.3, m.byRow()[2]);
        assertTrue(Double.isNaN(m.byRow()[3]));
        assertEquals(2, m.missing());
        assertEquals(List.of("AD", "HC"), m.classes());
        assertEquals(0.2, ImportanceCsv.read(file(GOOD), SyntheticAtlas.LABELS, "HC").byRow()[1]);
    }

    @Test
    void columnOrderIsFreeAndASingleClassNeedsNoName() throws Exception {
        ImportanceCsv.ClassMap m = ImportanceCsv.read(file("importance,region,class\n0.5,Sphere,MCI\n"),
                SyntheticAtlas.LABELS, null);
        assertEquals("MCI", m.className());
        assertEquals(0.5, m.byRow()[4]);
    }

    @Test
    void namesTheFileAndEveryFault() throws Exception {
        Path p = file(GOOD + "Cortex_X,AD,0.2,4\nFront_R,AD,abc,5\nCube_L,AD,0.1,6\n");
        DataException e = assertThrows(DataException.class, () -> ImportanceCsv.read(p, SyntheticAtlas.LABELS, "AD"));
        String m = e.getMessage();
        assertTrue(m.contains("importance.csv"), m);
        assertTrue(m.contains("unknown region 'Cortex_X'") && m.contains("line 7"), m);
        assertTrue(m.contains("not a number: 'abc'"), m);
        assertTrue(m.contains("'Cube_L' appears twice"), m);
    }

    @Test
    void aMissingClassListsTheClassesThereAre() throws Exception {
        DataException e = assertThrows(DataException.class,
                () -> ImportanceCsv.read(file(GOOD), SyntheticAtlas.LABELS, "MCI"));
        assertTrue(e.getMessage().contains("no rows for class 'MCI'; it has AD, HC"), e.getMessage());
        e = assertThrows(DataException.class, () -> ImportanceCsv.read(file(GOOD), SyntheticAtlas.LABELS, null));
        assertTrue(e.getMessage().contains("choose one with --class"), e.getMessage());
    }

    @Test
    void aWrongHeaderIsRefused() throws Exception {
        DataException e = assertThrows(DataException.class,
                () -> ImportanceCsv.read(file("name,class,value\nCube_L,AD,1\n"), SyntheticAtlas.LABELS, "AD"));
        assertTrue(e.getMessage().contains("missing columns region, importance"), e.getMessage());
        assertThrows(DataException.class, () -> ImportanceCsv.read(file(""), SyntheticAtlas.LABELS, "AD"));
        assertThrows(DataException.class, () -> ImportanceCsv.read(tmp.resolve("absent.csv"), SyntheticAtlas.LABELS, "AD"));
    }
}
