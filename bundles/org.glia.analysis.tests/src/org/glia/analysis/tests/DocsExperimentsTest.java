package org.glia.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The experiment files in docs/experiments run end to end (on the small test cohort standing in for glia-demo).
 * Skipped when the repository's docs folder is not found above the working folder.
 */
class DocsExperimentsTest {

    @TempDir
    Path tmp;

    private static Path docs() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path d = p.resolve("docs/experiments");
            if (Files.isRegularFile(d.resolve("paper-figure6.json"))) {
                return d;
            }
        }
        return null;
    }

    @Test
    void paperFigure6RunsWithBothKindsOfCrossValidation() throws Exception {
        Path docs = docs();
        Assumptions.assumeTrue(docs != null, "docs/experiments not found above the working folder");
        Fixture.cohort(tmp.resolve("glia-demo"));
        Path folder = Files.createDirectories(tmp.resolve("docs/experiments"));
        for (String name : List.of("paper-figure6.json", "paper-figure6-from-weights.json")) {
            Path file = Files.copy(docs.resolve(name), folder.resolve(name));
            Fixture.Run r = Fixture.run(file);
            assertEquals(13, r.lines().size(), name);
            assertTrue(r.lines().get(10).startsWith("11 cv 10 folds: accuracy "), r.lines().get(10));
            assertTrue(r.lines().get(10).endsWith("(stored on v3)"), r.lines().get(10));
            assertEquals("13 save ../../" + "glia-report/" + name.replace(".json", "") + "/figure6.glia: 3 versions, "
                    + "current v3, network 12-8-4-2", r.lines().get(12));
            assertTrue(Files.isRegularFile(tmp.resolve("glia-report/" + name.replace(".json", "") + "/versions.json")));
        }
    }
}
