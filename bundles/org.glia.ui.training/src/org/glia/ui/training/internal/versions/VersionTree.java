package org.glia.ui.training.internal.versions;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.glia.model.ModelVersion;
import org.glia.model.Study;

/** The versions of a study as a tree by their parent links: roots, children and the lineage of a version. */
public final class VersionTree {

    private VersionTree() {
    }

    /** The versions without a parent in the study (normally the first), oldest first. */
    public static List<ModelVersion> roots(Study study) {
        List<ModelVersion> roots = new ArrayList<>();
        for (ModelVersion v : study.getVersions()) {
            if (v.getParent() == null || !study.getVersions().contains(v.getParent())) {
                roots.add(v);
            }
        }
        return roots;
    }

    /** The versions whose parent is {@code version}, oldest first. */
    public static List<ModelVersion> children(Study study, ModelVersion version) {
        List<ModelVersion> children = new ArrayList<>();
        for (ModelVersion v : study.getVersions()) {
            if (v.getParent() == version && v != version) {
                children.add(v);
            }
        }
        return children;
    }

    /** {@code version} and its ancestors, nearest first (a cycle in damaged parent links is cut). */
    public static List<ModelVersion> lineage(ModelVersion version) {
        List<ModelVersion> line = new ArrayList<>();
        Set<ModelVersion> seen = new HashSet<>();
        for (ModelVersion v = version; v != null && seen.add(v); v = v.getParent()) {
            line.add(v);
        }
        return line;
    }

    /** The nearest version both descend from (one of them when it is the other's ancestor), or null. */
    public static ModelVersion commonAncestor(ModelVersion a, ModelVersion b) {
        Set<ModelVersion> ofA = new HashSet<>(lineage(a));
        for (ModelVersion v : lineage(b)) {
            if (ofA.contains(v)) {
                return v;
            }
        }
        return null;
    }

    /**
     * The edits that lead from {@code ancestor} (exclusive) down to {@code version}, oldest first, each as
     * "v3: label"; a version trained without edits appears as "v3: " + {@code noEdits} (or {@code first} for a
     * version without parent). All of the lineage when {@code ancestor} is null.
     */
    public static List<String> editsFrom(ModelVersion ancestor, ModelVersion version, String noEdits, String first) {
        List<ModelVersion> path = new ArrayList<>();
        for (ModelVersion v : lineage(version)) {
            if (v == ancestor) {
                break;
            }
            path.add(v);
        }
        Collections.reverse(path);
        List<String> edits = new ArrayList<>();
        for (ModelVersion v : path) {
            if (v.getEdits().isEmpty()) {
                edits.add(v.getId() + ": " + (v.getParent() == null ? first : noEdits));
            }
            for (String e : v.getEdits()) {
                edits.add(v.getId() + ": " + e);
            }
        }
        return edits;
    }
}
