package org.glia.model.internal;

import static org.glia.model.GliaPackage.Literals.TRAINING_SETTINGS;
import static org.glia.model.GliaPackage.Literals.TRAINING_SETTINGS__BATCH_SIZE;
import static org.glia.model.GliaPackage.Literals.TRAINING_SETTINGS__ENGINE;
import static org.glia.model.GliaPackage.Literals.TRAINING_SETTINGS__EPOCHS;
import static org.glia.model.GliaPackage.Literals.TRAINING_SETTINGS__FOLDS;
import static org.glia.model.GliaPackage.Literals.TRAINING_SETTINGS__L2;
import static org.glia.model.GliaPackage.Literals.TRAINING_SETTINGS__LEARNING_RATE;
import static org.glia.model.GliaPackage.Literals.TRAINING_SETTINGS__PATIENCE;
import static org.glia.model.GliaPackage.Literals.TRAINING_SETTINGS__SEED;
import static org.glia.model.GliaPackage.Literals.TRAINING_SETTINGS__VALIDATION_FRACTION;

import org.eclipse.emf.ecore.EClass;
import org.glia.model.TrainingSettings;

/** The EMF implementation of {@link TrainingSettings}. */
public class TrainingSettingsImpl extends GliaObject implements TrainingSettings {

    @Override
    protected EClass eStaticClass() {
        return TRAINING_SETTINGS;
    }

    @Override
    public String getEngine() {
        return (String) get(TRAINING_SETTINGS__ENGINE);
    }

    @Override
    public void setEngine(String value) {
        set(TRAINING_SETTINGS__ENGINE, value);
    }

    @Override
    public double getLearningRate() {
        return getDouble(TRAINING_SETTINGS__LEARNING_RATE);
    }

    @Override
    public void setLearningRate(double value) {
        set(TRAINING_SETTINGS__LEARNING_RATE, value);
    }

    @Override
    public int getEpochs() {
        return getInt(TRAINING_SETTINGS__EPOCHS);
    }

    @Override
    public void setEpochs(int value) {
        set(TRAINING_SETTINGS__EPOCHS, value);
    }

    @Override
    public int getBatchSize() {
        return getInt(TRAINING_SETTINGS__BATCH_SIZE);
    }

    @Override
    public void setBatchSize(int value) {
        set(TRAINING_SETTINGS__BATCH_SIZE, value);
    }

    @Override
    public double getL2() {
        return getDouble(TRAINING_SETTINGS__L2);
    }

    @Override
    public void setL2(double value) {
        set(TRAINING_SETTINGS__L2, value);
    }

    @Override
    public int getPatience() {
        return getInt(TRAINING_SETTINGS__PATIENCE);
    }

    @Override
    public void setPatience(int value) {
        set(TRAINING_SETTINGS__PATIENCE, value);
    }

    @Override
    public double getValidationFraction() {
        return getDouble(TRAINING_SETTINGS__VALIDATION_FRACTION);
    }

    @Override
    public void setValidationFraction(double value) {
        set(TRAINING_SETTINGS__VALIDATION_FRACTION, value);
    }

    @Override
    public long getSeed() {
        return getLong(TRAINING_SETTINGS__SEED);
    }

    @Override
    public void setSeed(long value) {
        set(TRAINING_SETTINGS__SEED, value);
    }

    @Override
    public int getFolds() {
        return getInt(TRAINING_SETTINGS__FOLDS);
    }

    @Override
    public void setFolds(int value) {
        set(TRAINING_SETTINGS__FOLDS, value);
    }
}
