package org.glia.model;

import java.util.Date;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;

/** One trained state of the network with where it came from (parent, edits), how it was trained and how well. */
public interface ModelVersion extends EObject {

    /** The id shown to the user, e.g. {@code "v3"}; unique in its study. */
    String getId();

    /** Sets {@link #getId()}. */
    void setId(String value);

    /** The version whose (edited) weights were the initial condition of this one, or null. */
    ModelVersion getParent();

    /** Sets {@link #getParent()}. */
    void setParent(ModelVersion value);

    /** The labels of the edits made to the parent before training this version. */
    EList<String> getEdits();

    /** When the version was recorded. */
    Date getTimestamp();

    /** Sets {@link #getTimestamp()}. */
    void setTimestamp(Date value);

    /** A free note by the user. */
    String getNote();

    /** Sets {@link #getNote()}. */
    void setNote(String value);

    /** The settings the version was trained with. */
    TrainingSettings getSettings();

    /** Sets {@link #getSettings()}. */
    void setSettings(TrainingSettings value);

    /** How well the version classifies. */
    Metrics getMetrics();

    /** Sets {@link #getMetrics()}. */
    void setMetrics(Metrics value);

    /** A snapshot of the trained network (never edited afterwards). */
    Network getNetwork();

    /** Sets {@link #getNetwork()}. */
    void setNetwork(Network value);
}
