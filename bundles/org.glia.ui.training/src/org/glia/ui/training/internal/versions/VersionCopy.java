package org.glia.ui.training.internal.versions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.glia.model.ModelVersion;
import org.glia.model.Networks;
import org.glia.model.Study;
import org.glia.model.WeightMatrix;
import org.glia.model.io.GliaDocument;

/**
 * "Open as new document": a copy of a study (every version kept) whose working network is one version's snapshot,
 * written next to the original as {@code name-v3.glia}. The copy is taken on the model's thread and is detached,
 * so writing it may happen in the background while the original is edited.
 */
public final class VersionCopy {

    private VersionCopy() {
    }

    /**
     * A detached deep copy of {@code study} (weights included) whose working network is a copy of
     * {@code version}'s, with that version current and no pending edits.
     *
     * @throws IllegalArgumentException when the version is not one of the study's or has no network
     */
    public static Study of(Study study, ModelVersion version) {
        int index = study.getVersions().indexOf(version);
        if (index < 0) {
            throw new IllegalArgumentException("version " + version.getId() + " does not belong to the study");
        }
        if (version.getNetwork() == null) {
            throw new IllegalArgumentException("version " + version.getId() + " has no network");
        }
        Study copy = EcoreUtil.copy(study);
        for (Iterator<EObject> it = copy.eAllContents(); it.hasNext();) {
            // EcoreUtil.copy shares the (transient) weight arrays, which the original's edits write in place
            if (it.next() instanceof WeightMatrix m && m.getValues() != null) {
                m.setValues(m.getValues().clone());
            }
        }
        ModelVersion current = copy.getVersions().get(index);
        copy.setNetwork(Networks.copy(current.getNetwork()));
        copy.setCurrentVersion(current);
        copy.getPendingEdits().clear();
        return copy;
    }

    /**
     * The file for {@code version} of {@code document}: {@code name-v3.glia} in the same folder (so a relative
     * cohort path still resolves), {@code name-v3-2.glia} and so on when that exists.
     */
    public static Path target(Path document, String versionId) {
        String name = document.getFileName().toString();
        String ext = "." + GliaDocument.EXTENSION;
        String stem = name.endsWith(ext) ? name.substring(0, name.length() - ext.length()) : name;
        String id = versionId == null || versionId.isBlank() ? "version" : versionId.replaceAll("[^A-Za-z0-9._-]", "_");
        Path dir = document.toAbsolutePath().getParent();
        Path file = dir.resolve(stem + "-" + id + ext);
        for (int k = 2; Files.exists(file); k++) {
            file = dir.resolve(stem + "-" + id + "-" + k + ext);
        }
        return file;
    }

    /** Writes the copy (atomically, see {@link GliaDocument#save}). */
    public static void write(Study copy, Path file) throws IOException {
        GliaDocument.save(copy, file);
    }
}
