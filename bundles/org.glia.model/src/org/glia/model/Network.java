package org.glia.model;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;

/**
 * A fully connected feed-forward network: ordered layers, input first, output last.
 * <p>
 * Its inputs are standardised before the input layer with {@code (x - inputShift) / inputScale} when those lists
 * are not empty.
 */
public interface Network extends EObject {

    /** The layers, input layer first, output layer last. */
    EList<Layer> getLayers();

    /** The seed of the random weights that edits create. */
    long getSeed();

    /** Sets {@link #getSeed()}. */
    void setSeed(long value);

    /** How many random initialisations edits have drawn so far; each one uses the next value. */
    int getInitCount();

    /** Sets {@link #getInitCount()}. */
    void setInitCount(int value);

    /** How many node ids have been handed out; the next node is {@code "n" + getNodeCount()}. */
    int getNodeCount();

    /** Sets {@link #getNodeCount()}. */
    void setNodeCount(int value);

    /** Per input, the value subtracted before the input layer (empty: none). */
    EList<Double> getInputShift();

    /** Per input, the value divided by after the shift (empty: none; {@code +Infinity} drops an input: always 0). */
    EList<Double> getInputScale();
}
