package org.glia.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Tests the command-line parser that every Glia command uses. */
class ArgumentsTest {

    @Test
    void parsesPositionalAndOptionsInAnyOrder() throws UsageException {
        Arguments a = new Arguments(List.of("cohort", "--out", "dir", "--seed=7", "--json", "extra"));
        assertTrue(a.flag("json"));
        assertFalse(a.flag("force"));
        assertEquals(List.of("cohort", "extra"), a.positional());
        assertEquals("dir", a.option("out", null));
        assertEquals(7L, a.longOption("seed", 1));
        a.checkAllUsed();
    }

    @Test
    void refusesUnknownOptionByName() {
        Arguments a = new Arguments(List.of("x", "--ot", "dir"));
        UsageException e = assertThrows(UsageException.class, a::checkAllUsed);
        assertEquals("unknown option --ot", e.getMessage());
    }

    @Test
    void intOptionChecksRangeAndNumber() throws UsageException {
        assertEquals(10, new Arguments(List.of()).intOption("folds", 10, 2, 100));
        assertEquals(5, new Arguments(List.of("--folds", "5")).intOption("folds", 10, 2, 100));
        assertTrue(assertThrows(UsageException.class,
                () -> new Arguments(List.of("--folds", "1")).intOption("folds", 10, 2, 100)).getMessage()
                .contains("between 2 and 100"));
        assertTrue(assertThrows(UsageException.class,
                () -> new Arguments(List.of("--folds", "ten")).intOption("folds", 10, 2, 100)).getMessage()
                .contains("'ten'"));
    }

    @Test
    void listOptionSplitsAndRefusesEmptyItems() throws UsageException {
        assertEquals(List.of("HC", "AD"), new Arguments(List.of("--classes", "HC,AD")).listOption("classes", null));
        assertThrows(UsageException.class,
                () -> new Arguments(List.of("--classes", "HC,,AD")).listOption("classes", null));
    }

    @Test
    void optionWithoutValueIsAnErrorWhenAValueIsExpected() {
        Arguments a = new Arguments(List.of("--out"));
        assertThrows(UsageException.class, () -> a.option("out", null));
    }

    @Test
    void doubleDashEndsOptions() {
        Arguments a = new Arguments(List.of("--", "--not-an-option"));
        assertEquals(List.of("--not-an-option"), a.positional());
    }

    @Test
    void missingPositionalNamesIt() {
        UsageException e = assertThrows(UsageException.class, () -> new Arguments(List.of()).positional(0, "COHORT"));
        assertEquals("missing argument COHORT", e.getMessage());
    }
}
