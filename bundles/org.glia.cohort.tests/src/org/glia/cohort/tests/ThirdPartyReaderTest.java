package org.glia.cohort.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.RegistryFactory;
import org.glia.cohort.Cohort;
import org.glia.cohort.ConnectomeReaders;
import org.glia.cohort.LoadOptions;
import org.glia.cohort.testreader.GlmReader;
import org.glia.core.io.DataException;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reader contributed by another bundle (org.glia.cohort.testreader, ".glm") is used through the
 * extension registry. The registry test runs only in OSGi (tycho-surefire); the others run anywhere.
 */
class ThirdPartyReaderTest {

    @TempDir
    Path tmp;

    private CohortDir glmCohort() throws Exception {
        double[][] m = CohortDir.symmetric(3, 4);
        return CohortDir.create(tmp, 3).participants("g1 HC 1", "g2 AD 1")
                .text("connectomes/g1.glm", GlmReader.MAGIC + "\n" + CohortDir.csvText(m, " "))
                .text("connectomes/g2.glm", GlmReader.MAGIC + "\n" + CohortDir.csvText(m, "\t"));
    }

    @Test
    void theRegistryFindsTheContributedReader() throws Exception {
        Assumptions.assumeTrue(RegistryFactory.getRegistry() != null,
                "needs the OSGi extension registry (runs under Tycho)");
        assertTrue(ConnectomeReaders.installed().entries().stream()
                .anyMatch(e -> e.id().equals("org.glia.cohort.testreader.glm")));
        Cohort c = glmCohort().load();
        assertEquals(List.of("GLM test matrix"), c.formats());
        assertEquals(2, c.subjects().size());
    }

    @Test
    void aReaderAddedByHandIsUsedLikeABuiltInOne() throws Exception {
        ConnectomeReaders readers = ConnectomeReaders.builtIn().with(new ConnectomeReaders.Entry("test.glm",
                "GLM test matrix", List.of(".GLM"), new GlmReader()));
        Cohort c = glmCohort().load(LoadOptions.defaults().withReaders(readers));
        assertEquals(List.of("GLM test matrix"), c.formats());
        assertEquals(CohortDir.symmetric(3, 4)[0][1], c.subjects().get(1).matrix().get(1, 0));
    }

    @Test
    void withoutTheReaderGlmFilesAreRefusedByName() throws Exception {
        DataException e = glmCohort().refuseWith(LoadOptions.defaults().withReaders(ConnectomeReaders.builtIn()));
        assertTrue(e.getMessage().contains("g1.glm: no matrix reader for this file type"), e.getMessage());
    }

    @Test
    void theContributedReadersFaultsAreReportedToo() throws Exception {
        CohortDir d = glmCohort().text("connectomes/g2.glm", "GLM-MATRIX 2\n0 1\n1 0\n");
        ConnectomeReaders readers = ConnectomeReaders.builtIn().with(new ConnectomeReaders.Entry("test.glm", "GLM",
                List.of("glm"), new GlmReader()));
        DataException e = d.refuseWith(LoadOptions.defaults().withReaders(readers));
        assertTrue(e.getMessage().contains("g2.glm: line 1: not a .glm file"), e.getMessage());
    }
}
