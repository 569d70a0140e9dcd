package org.glia.report.tests;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.glia.core.cli.UsageException;
import org.glia.core.io.DataException;
import org.glia.report.internal.cli.AnalyzeCommand;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Refusals of {@code glia analyze}: each is a {@link UsageException} or {@link DataException}, which the launcher
 * prints without a stack trace and turns into exit code 2.
 */
class AnalyzeErrorsTest {

    @TempDir
    static Path tmp;

    @BeforeAll
    static void cohort() throws Exception {
        FakeCohort.write(tmp.resolve("cohort"));
    }

    private static String usage(String... args) {
        return assertThrows(UsageException.class, () -> Cli.run(new AnalyzeCommand(), tmp, args)).getMessage();
    }

    @Test
    void unknownOrTooFewClasses() {
        String m = usage("cohort", "--out", "x", "--classes", "CTL,AD");
        assertTrue(m.contains("class 'AD' has no subject") && m.contains("CTL, PAT"), m);
        m = usage("cohort", "--out", "x", "--classes", "CTL");
        assertTrue(m.contains("at least two classes"), m);
        m = usage("cohort", "--out", "x", "--classes", "CTL,CTL");
        assertTrue(m.contains("given twice"), m);
    }

    @Test
    void unknownMethodEngineOrActivation() {
        assertTrue(usage("cohort", "--out", "x", "--method", "magic").contains("available: paper"));
        assertTrue(usage("cohort", "--out", "x", "--engine", "gpu").contains("unknown training engine 'gpu'"));
        assertTrue(usage("cohort", "--out", "x", "--activation", "softmax").contains("unknown activation"));
    }

    @Test
    void badNumbers() {
        assertTrue(usage("cohort", "--out", "x", "--hidden", "4,zero").contains("--hidden expects whole numbers"));
        assertTrue(usage("cohort", "--out", "x", "--hidden", "0").contains("between 1"));
        assertTrue(usage("cohort", "--out", "x", "--folds", "1").contains("--folds must be between 2"));
        assertTrue(usage("cohort", "--out", "x", "--folds", "40").contains("40 folds need at least 40 subjects"));
        assertTrue(usage("cohort", "--out", "x", "--l2", "-1").contains("L2"));
        assertTrue(usage("cohort", "--out", "x", "--lr", "fast").contains("--lr expects a number"));
        assertTrue(usage("cohort", "--out", "x", "--epochs", "0").contains("--epochs"));
    }

    @Test
    void missingArgumentsAndUnknownOptions() {
        assertTrue(usage("cohort").contains("missing option --out"));
        assertTrue(usage("--out", "x").contains("missing argument COHORT"));
        assertTrue(usage("cohort", "--out", "x", "--colour", "red").contains("unknown option --colour"));
    }

    @Test
    void theOutputMustBeAFolder() throws Exception {
        Files.writeString(tmp.resolve("file"), "x");
        assertTrue(usage("cohort", "--out", "file").contains("is not a folder"));
    }

    @Test
    void aMissingCohortIsRefused() {
        DataException e = assertThrows(DataException.class, () -> Cli.run(new AnalyzeCommand(), tmp, "nowhere", "--out",
                "x"));
        assertTrue(e.getMessage().contains("nowhere"), e.getMessage());
    }
}
