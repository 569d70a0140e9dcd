package org.glia.ui.training.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.glia.model.GliaFactory;
import org.glia.model.ModelVersion;
import org.glia.model.Networks;
import org.glia.model.Study;
import org.glia.model.edit.NetworkEdits;
import org.glia.model.io.GliaDocument;
import org.glia.model.nn.MlpConversion;
import org.glia.ui.training.internal.versions.VersionCopy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Open as new document": the copy written next to the model holds every version, working on the chosen one. */
class VersionCopyTest {

    @TempDir
    Path dir;

    @Test
    void theCopyWorksOnTheChosenVersion() throws Exception {
        Study study = Studies.study(6, 4, 5);
        BasicCommandStack stack = new BasicCommandStack();
        ModelVersion v1 = Studies.record(study, stack, 0.1, null);
        NetworkEdits.run(stack, NetworkEdits.addNodes(study.getNetwork(), 1, 3));
        Studies.record(study, stack, 0.2, null);
        NetworkEdits.run(stack, NetworkEdits.deleteNode(study.getNetwork(), 1, 0)); // a pending edit
        Path document = dir.resolve("model.glia");
        GliaDocument.save(study, document);

        Study copy = VersionCopy.of(study, v1);
        Path target = VersionCopy.target(document, v1.getId());
        assertEquals(dir.resolve("model-v1.glia"), target);
        VersionCopy.write(copy, target);

        Study read = GliaDocument.load(target);
        assertEquals(2, read.getVersions().size());
        assertEquals("v1", read.getCurrentVersion().getId());
        assertTrue(read.getPendingEdits().isEmpty());
        assertEquals("cohort", read.getCohortPath(), "same folder: the relative cohort path still holds");
        assertArrayEquals(new int[] {6, 4, 2}, Networks.sizes(read.getNetwork()));
        assertTrue(MlpConversion.matches(read.getNetwork(), MlpConversion.toMlp(v1.getNetwork())),
                "the working network is v1's");
        assertArrayEquals(new int[] {6, 6, 2}, Networks.sizes(study.getNetwork()), "the original is untouched");
        assertEquals("v2", study.getCurrentVersion().getId());

        // the copy owns its weights: editing the original afterwards does not reach it
        assertNotSame(v1.getNetwork().getLayers().get(1).getWeights().getValues(),
                copy.getVersions().get(0).getNetwork().getLayers().get(1).getWeights().getValues());

        Files.createFile(dir.resolve("model-v2.glia"));
        assertEquals(dir.resolve("model-v2-2.glia"), VersionCopy.target(document, "v2"));
    }

    @Test
    void aForeignVersionIsRefused() {
        Study study = Studies.study(4, 2, 1);
        ModelVersion other = GliaFactory.eINSTANCE.createModelVersion();
        other.setId("v9");
        assertThrows(IllegalArgumentException.class, () -> VersionCopy.of(study, other));
    }
}
