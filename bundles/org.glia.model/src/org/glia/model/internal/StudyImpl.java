package org.glia.model.internal;

import static org.glia.model.GliaPackage.Literals.STUDY;
import static org.glia.model.GliaPackage.Literals.STUDY__CLASSES;
import static org.glia.model.GliaPackage.Literals.STUDY__COHORT_PATH;
import static org.glia.model.GliaPackage.Literals.STUDY__CURRENT_VERSION;
import static org.glia.model.GliaPackage.Literals.STUDY__FEATURE_SET;
import static org.glia.model.GliaPackage.Literals.STUDY__NAME;
import static org.glia.model.GliaPackage.Literals.STUDY__NETWORK;
import static org.glia.model.GliaPackage.Literals.STUDY__PENDING_EDITS;
import static org.glia.model.GliaPackage.Literals.STUDY__SEED;
import static org.glia.model.GliaPackage.Literals.STUDY__VERSIONS;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EClass;
import org.glia.model.ModelVersion;
import org.glia.model.Network;
import org.glia.model.Study;

/** The EMF implementation of {@link Study}. */
public class StudyImpl extends GliaObject implements Study {

    @Override
    protected EClass eStaticClass() {
        return STUDY;
    }

    @Override
    public String getName() {
        return (String) get(STUDY__NAME);
    }

    @Override
    public void setName(String value) {
        set(STUDY__NAME, value);
    }

    @Override
    public String getCohortPath() {
        return (String) get(STUDY__COHORT_PATH);
    }

    @Override
    public void setCohortPath(String value) {
        set(STUDY__COHORT_PATH, value);
    }

    @Override
    public String getFeatureSet() {
        return (String) get(STUDY__FEATURE_SET);
    }

    @Override
    public void setFeatureSet(String value) {
        set(STUDY__FEATURE_SET, value);
    }

    @Override
    public EList<String> getClasses() {
        return list(STUDY__CLASSES);
    }

    @Override
    public long getSeed() {
        return getLong(STUDY__SEED);
    }

    @Override
    public void setSeed(long value) {
        set(STUDY__SEED, value);
    }

    @Override
    public Network getNetwork() {
        return (Network) get(STUDY__NETWORK);
    }

    @Override
    public void setNetwork(Network value) {
        set(STUDY__NETWORK, value);
    }

    @Override
    public EList<ModelVersion> getVersions() {
        return list(STUDY__VERSIONS);
    }

    @Override
    public ModelVersion getCurrentVersion() {
        return (ModelVersion) get(STUDY__CURRENT_VERSION);
    }

    @Override
    public void setCurrentVersion(ModelVersion value) {
        set(STUDY__CURRENT_VERSION, value);
    }

    @Override
    public EList<String> getPendingEdits() {
        return list(STUDY__PENDING_EDITS);
    }
}
