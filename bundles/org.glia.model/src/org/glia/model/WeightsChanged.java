package org.glia.model;

import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * The notification a {@link WeightMatrix} sends when weights change in place (the array stays the same object).
 * <p>
 * Its position is the flat index of the changed weight, or {@link #NO_INDEX} when a row or column changed. It
 * is never a "touch", although old and new value are the same array.
 */
public final class WeightsChanged extends ENotificationImpl {

    /** Creates the notification for {@code matrix}; {@code index} is a flat index or {@link #NO_INDEX}. */
    public WeightsChanged(WeightMatrix matrix, int index) {
        super((InternalEObject) matrix, SET, GliaPackage.Literals.WEIGHT_MATRIX__VALUES, matrix.getValues(),
                matrix.getValues(), index);
    }

    @Override
    public boolean isTouch() {
        return false;
    }
}
