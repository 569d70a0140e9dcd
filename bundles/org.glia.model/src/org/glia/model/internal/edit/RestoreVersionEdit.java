package org.glia.model.internal.edit;

import java.util.ArrayList;
import java.util.List;

import org.glia.model.ModelVersion;
import org.glia.model.Network;
import org.glia.model.Networks;
import org.glia.model.Study;
import org.glia.model.edit.ModelEdit;

/**
 * Makes a copy of a recorded version's network the study's working network (discarding the pending edits, which
 * undo brings back with the old network object).
 */
public final class RestoreVersionEdit extends ModelEdit {

    private final Study study;
    private final ModelVersion version;
    private Network oldNetwork;
    private Network newNetwork;
    private ModelVersion oldCurrent;
    private List<String> oldPending;

    /** Restores {@code version} of {@code study}. */
    public RestoreVersionEdit(Study study, ModelVersion version) {
        super(study.getNetwork(), "Restore Version " + (version == null ? "?" : version.getId()));
        this.study = study;
        this.version = version;
    }

    @Override
    protected boolean isLogged() {
        return false;
    }

    @Override
    protected String check() {
        if (version == null || version.eContainer() != study) {
            return "That version does not belong to this study.";
        }
        return version.getNetwork() == null ? "Version " + version.getId() + " has no network." : null;
    }

    @Override
    protected void apply() {
        oldNetwork = study.getNetwork();
        oldCurrent = study.getCurrentVersion();
        oldPending = new ArrayList<>(study.getPendingEdits());
        newNetwork = Networks.copy(version.getNetwork());
        reapply();
    }

    @Override
    protected void reapply() {
        study.setNetwork(newNetwork);
        study.setCurrentVersion(version);
        study.getPendingEdits().clear();
    }

    @Override
    protected void revert() {
        study.getPendingEdits().addAll(oldPending);
        study.setCurrentVersion(oldCurrent);
        study.setNetwork(oldNetwork);
    }

    @Override
    public java.util.Collection<?> getAffectedObjects() {
        return List.of(study);
    }
}
