package org.glia.model;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;

/**
 * The root of a {@code .glia} document: which cohort and classes are studied, the network being edited and the
 * history of trained versions.
 */
public interface Study extends EObject {

    /** A display name. */
    String getName();

    /** Sets {@link #getName()}. */
    void setName(String value);

    /** The cohort this study was trained on, as the user gave it (a path or a cohort id). */
    String getCohortPath();

    /** Sets {@link #getCohortPath()}. */
    void setCohortPath(String value);

    /** The name of the feature set fed to the input layer, e.g. {@code "degree"}. */
    String getFeatureSet();

    /** Sets {@link #getFeatureSet()}. */
    void setFeatureSet(String value);

    /** The classes distinguished, in output-node order, e.g. {@code [HC, AD]}. */
    EList<String> getClasses();

    /** The seed every random process of the study derives from. */
    long getSeed();

    /** Sets {@link #getSeed()}. */
    void setSeed(long value);

    /** The working network: the one the editor shows and edits. */
    Network getNetwork();

    /** Sets {@link #getNetwork()}. */
    void setNetwork(Network value);

    /** Every trained version, oldest first. */
    EList<ModelVersion> getVersions();

    /** The version the working network descends from, or null before the first training. */
    ModelVersion getCurrentVersion();

    /** Sets {@link #getCurrentVersion()}. */
    void setCurrentVersion(ModelVersion value);

    /** The labels of the edits made to the working network since {@link #getCurrentVersion()}. */
    EList<String> getPendingEdits();
}
