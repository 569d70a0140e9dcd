package org.glia.ui.training.internal.views;

import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.Viewer;
import org.glia.model.ModelVersion;
import org.glia.model.Study;
import org.glia.ui.training.internal.versions.VersionTree;

/** The versions of the study given as input, as a tree by their parent links. */
final class VersionContent implements ITreeContentProvider {

    private Study study;

    @Override
    public void inputChanged(Viewer viewer, Object oldInput, Object newInput) {
        study = newInput instanceof Study s ? s : null;
    }

    @Override
    public Object[] getElements(Object input) {
        return input instanceof Study s ? VersionTree.roots(s).toArray() : new Object[0];
    }

    @Override
    public Object[] getChildren(Object parent) {
        return study != null && parent instanceof ModelVersion v ? VersionTree.children(study, v).toArray()
                : new Object[0];
    }

    @Override
    public Object getParent(Object element) {
        return element instanceof ModelVersion v ? v.getParent() : null;
    }

    @Override
    public boolean hasChildren(Object element) {
        return getChildren(element).length > 0;
    }
}
