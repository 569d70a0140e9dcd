package org.glia.ui.network.internal.recovery;

import java.util.Iterator;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.glia.model.Study;
import org.glia.model.WeightMatrix;

/**
 * A copy of a study that another thread may write while the editor goes on editing the original. The working
 * network's weight arrays are cloned ({@link EcoreUtil#copy} alone would share them, and edits write them in place);
 * the versions' arrays are shared, as a version's network is a snapshot nothing writes to, so a study with many
 * large versions costs little to copy.
 */
public final class StudyCopy {

    private StudyCopy() {
    }

    /** Copies {@code study} with everything it contains; the copy belongs to no resource. */
    public static Study of(Study study) {
        Study copy = EcoreUtil.copy(study);
        if (copy.getNetwork() != null) {
            for (Iterator<EObject> it = copy.getNetwork().eAllContents(); it.hasNext();) {
                if (it.next() instanceof WeightMatrix m) {
                    m.setValues(m.getValues().clone());
                }
            }
        }
        return copy;
    }
}
