package org.glia.model;

import org.eclipse.emf.ecore.EObject;

/** How a {@link ModelVersion} was trained and evaluated; mirrors the trainer's settings record. */
public interface TrainingSettings extends EObject {

    /** The training engine, e.g. {@code "java"} or {@code "dl4j"}. */
    String getEngine();

    /** Sets {@link #getEngine()}. */
    void setEngine(String value);

    /** Adam's learning rate. */
    double getLearningRate();

    /** Sets {@link #getLearningRate()}. */
    void setLearningRate(double value);

    /** The maximum number of epochs. */
    int getEpochs();

    /** Sets {@link #getEpochs()}. */
    void setEpochs(int value);

    /** Mini-batch size; 0 for full batch. */
    int getBatchSize();

    /** Sets {@link #getBatchSize()}. */
    void setBatchSize(int value);

    /** L2 penalty coefficient on the weights (not the biases). */
    double getL2();

    /** Sets {@link #getL2()}. */
    void setL2(double value);

    /** Early stopping patience in epochs; 0 for none. */
    int getPatience();

    /** Sets {@link #getPatience()}. */
    void setPatience(int value);

    /** Fraction of the training subjects held out (stratified) to decide early stopping. */
    double getValidationFraction();

    /** Sets {@link #getValidationFraction()}. */
    void setValidationFraction(double value);

    /** The seed of shuffling, validation split and fold assignment. */
    long getSeed();

    /** Sets {@link #getSeed()}. */
    void setSeed(long value);

    /** The number of cross-validation folds; 0 when the version was not cross-validated. */
    int getFolds();

    /** Sets {@link #getFolds()}. */
    void setFolds(int value);
}
