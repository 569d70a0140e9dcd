package org.glia.ui.network.internal.recovery;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.glia.model.Study;

/**
 * "Recover Unsaved Changes": gives the open study the content of its recovery copy (network, versions, settings,
 * pending edits), as one undoable command on the editor's stack. The document thereby becomes dirty while its file
 * stays as it was until Save, and Undo returns to the file's content.
 * <p>
 * The study object itself stays (the editor and its listeners hold it); its features are swapped. Contained
 * objects are moved over from the recovered study, so that study must not be used afterwards.
 */
public final class RecoverCommand extends AbstractCommand {

    private final Study target;
    private final Map<EStructuralFeature, Object> recovered;
    private Map<EStructuralFeature, Object> original;

    /** The command that makes {@code target} hold what {@code recovered} holds. */
    public RecoverCommand(Study target, Study recovered) {
        super(Messages.recoverCommand, Messages.recoverCommand);
        this.target = target;
        this.recovered = values(recovered);
    }

    @Override
    protected boolean prepare() {
        return true;
    }

    @Override
    public void execute() {
        original = values(target);
        apply(recovered);
    }

    @Override
    public void undo() {
        apply(original);
    }

    @Override
    public void redo() {
        apply(recovered);
    }

    /**
     * The persistent feature values of {@code study}, lists copied: attributes and containments first, then plain
     * references, so that a reference (the current version) is set once its target has moved in.
     */
    private static Map<EStructuralFeature, Object> values(Study study) {
        Map<EStructuralFeature, Object> first = new LinkedHashMap<>();
        Map<EStructuralFeature, Object> last = new LinkedHashMap<>();
        for (EStructuralFeature f : study.eClass().getEAllStructuralFeatures()) {
            if (f.isTransient() || f.isDerived() || !f.isChangeable()) {
                continue;
            }
            Object v = study.eGet(f);
            Object copy = f.isMany() ? new ArrayList<>((List<?>) v) : v;
            boolean reference = f instanceof EReference r && !r.isContainment();
            (reference ? last : first).put(f, copy);
        }
        first.putAll(last);
        return first;
    }

    @SuppressWarnings("unchecked")
    private void apply(Map<EStructuralFeature, Object> values) {
        values.forEach((f, v) -> {
            if (f.isMany()) {
                EList<Object> list = (EList<Object>) target.eGet(f);
                list.clear();
                list.addAll((List<Object>) v);
            } else {
                target.eSet(f, v);
            }
        });
    }
}
