package org.glia.model.tests;

import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * A canonical text of a model tree for bit-exact comparison: every feature of every object, doubles as their raw
 * bits, weight arrays in full, cross references as paths from the root.
 */
final class Snapshot {

    private Snapshot() {
    }

    static String of(EObject root) {
        StringBuilder sb = new StringBuilder();
        write(root, root, "", sb);
        return sb.toString();
    }

    private static void write(EObject root, EObject o, String indent, StringBuilder sb) {
        sb.append(indent).append(o.eClass().getName()).append('\n');
        for (EStructuralFeature f : o.eClass().getEAllStructuralFeatures()) {
            Object v = o.eGet(f);
            if (f instanceof EReference r && r.isContainment()) {
                List<?> children = r.isMany() ? (List<?>) v : v == null ? List.of() : List.of(v);
                sb.append(indent).append(' ').append(f.getName()).append(" [").append(children.size()).append("]\n");
                for (Object c : children) {
                    write(root, (EObject) c, indent + "  ", sb);
                }
            } else if (f instanceof EReference) {
                sb.append(indent).append(' ').append(f.getName()).append('=')
                        .append(v == null ? "null" : EcoreUtil.getRelativeURIFragmentPath(root, (EObject) v)).append('\n');
            } else if (f instanceof EAttribute) {
                sb.append(indent).append(' ').append(f.getName()).append('=').append(text(v)).append('\n');
            }
        }
    }

    private static String text(Object v) {
        if (v instanceof Double d) {
            return Long.toHexString(Double.doubleToRawLongBits(d));
        }
        if (v instanceof double[] a) {
            StringBuilder sb = new StringBuilder("[");
            for (double d : a) {
                sb.append(Long.toHexString(Double.doubleToRawLongBits(d))).append(' ');
            }
            return sb.append(']').toString();
        }
        if (v instanceof List<?> l) {
            StringBuilder sb = new StringBuilder("(");
            for (Object e : l) {
                sb.append(text(e)).append(' ');
            }
            return sb.append(')').toString();
        }
        if (v instanceof java.util.Date d) {
            return Long.toString(d.getTime());
        }
        return String.valueOf(v);
    }
}
