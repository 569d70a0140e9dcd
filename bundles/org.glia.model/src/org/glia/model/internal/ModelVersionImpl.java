package org.glia.model.internal;

import static org.glia.model.GliaPackage.Literals.MODEL_VERSION;
import static org.glia.model.GliaPackage.Literals.MODEL_VERSION__EDITS;
import static org.glia.model.GliaPackage.Literals.MODEL_VERSION__ID;
import static org.glia.model.GliaPackage.Literals.MODEL_VERSION__METRICS;
import static org.glia.model.GliaPackage.Literals.MODEL_VERSION__NETWORK;
import static org.glia.model.GliaPackage.Literals.MODEL_VERSION__NOTE;
import static org.glia.model.GliaPackage.Literals.MODEL_VERSION__PARENT;
import static org.glia.model.GliaPackage.Literals.MODEL_VERSION__SETTINGS;
import static org.glia.model.GliaPackage.Literals.MODEL_VERSION__TIMESTAMP;

import java.util.Date;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EClass;
import org.glia.model.Metrics;
import org.glia.model.ModelVersion;
import org.glia.model.Network;
import org.glia.model.TrainingSettings;

/** The EMF implementation of {@link ModelVersion}. */
public class ModelVersionImpl extends GliaObject implements ModelVersion {

    @Override
    protected EClass eStaticClass() {
        return MODEL_VERSION;
    }

    @Override
    public String getId() {
        return (String) get(MODEL_VERSION__ID);
    }

    @Override
    public void setId(String value) {
        set(MODEL_VERSION__ID, value);
    }

    @Override
    public ModelVersion getParent() {
        return (ModelVersion) get(MODEL_VERSION__PARENT);
    }

    @Override
    public void setParent(ModelVersion value) {
        set(MODEL_VERSION__PARENT, value);
    }

    @Override
    public EList<String> getEdits() {
        return list(MODEL_VERSION__EDITS);
    }

    @Override
    public Date getTimestamp() {
        return (Date) get(MODEL_VERSION__TIMESTAMP);
    }

    @Override
    public void setTimestamp(Date value) {
        set(MODEL_VERSION__TIMESTAMP, value);
    }

    @Override
    public String getNote() {
        return (String) get(MODEL_VERSION__NOTE);
    }

    @Override
    public void setNote(String value) {
        set(MODEL_VERSION__NOTE, value);
    }

    @Override
    public TrainingSettings getSettings() {
        return (TrainingSettings) get(MODEL_VERSION__SETTINGS);
    }

    @Override
    public void setSettings(TrainingSettings value) {
        set(MODEL_VERSION__SETTINGS, value);
    }

    @Override
    public Metrics getMetrics() {
        return (Metrics) get(MODEL_VERSION__METRICS);
    }

    @Override
    public void setMetrics(Metrics value) {
        set(MODEL_VERSION__METRICS, value);
    }

    @Override
    public Network getNetwork() {
        return (Network) get(MODEL_VERSION__NETWORK);
    }

    @Override
    public void setNetwork(Network value) {
        set(MODEL_VERSION__NETWORK, value);
    }
}
