package org.glia.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** Tests that data faults are collected into one report naming file, place and fault. */
class DataProblemsTest {

    @Test
    void reportListsEveryProblemWithFileAndPlace() {
        DataProblems p = new DataProblems();
        p.add(Path.of("a.csv"), "row 2, column 3", "not a number: 'x'");
        p.add(Path.of("b.csv"), "", "empty file");
        DataException e = assertThrows(DataException.class, () -> p.throwIfAny("cohort refused"));
        assertEquals(2, e.problems().size());
        assertTrue(e.getMessage().startsWith("cohort refused (2 problems)"), e.getMessage());
        assertTrue(e.getMessage().contains("a.csv: row 2, column 3: not a number: 'x'"), e.getMessage());
        assertTrue(e.getMessage().contains("b.csv: empty file"), e.getMessage());
    }

    @Test
    void limitKeepsTheFirstAndCountsTheRest() {
        DataProblems p = new DataProblems(2);
        for (int i = 0; i < 5; i++) {
            p.add(null, "row " + i, "bad");
        }
        assertTrue(p.isFull());
        assertEquals(5, p.count());
        DataException e = assertThrows(DataException.class, () -> p.throwIfAny("refused"));
        assertEquals(2, e.problems().size());
        assertEquals(3, e.dropped());
        assertTrue(e.getMessage().contains("... and 3 more"), e.getMessage());
    }

    @Test
    void nothingThrownWhenClean() throws DataException {
        new DataProblems().throwIfAny("never");
    }

    @Test
    void singleProblemReadsAsOneLine() {
        DataException e = new DataException(Path.of("x.nii"), "truncated: expected 100 bytes, found 10");
        assertEquals("x.nii: truncated: expected 100 bytes, found 10", e.getMessage());
    }
}
