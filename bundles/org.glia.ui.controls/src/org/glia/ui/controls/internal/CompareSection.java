package org.glia.ui.controls.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.glia.ui.brain.Comparison;

/**
 * The "Compare" group: none, or a difference map of subject A minus subject B, class minus class, or version
 * minus version, the operands chosen from what the open study holds.
 */
final class CompareSection {

    private static final Comparison.Kind[] KINDS = Comparison.Kind.values();

    private final Combo kind;
    private final Combo a;
    private final Combo b;
    private final Label hint;
    private final Map<Comparison.Kind, List<String>> operands = new EnumMap<>(Comparison.Kind.class);
    private Comparison pending;

    /** Creates the group in {@code parent}; {@code changed} runs when the comparison chosen changes. */
    CompareSection(Composite parent, Runnable changed) {
        Group group = new Group(parent, SWT.NONE);
        group.setText(Messages.groupCompare);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(group);
        new Label(group, SWT.NONE).setText(Messages.compare);
        kind = new Combo(group, SWT.READ_ONLY | SWT.DROP_DOWN);
        kind.setItems(Messages.compareNone, Messages.compareSubjects, Messages.compareClasses, Messages.compareVersions);
        kind.select(0);
        new Label(group, SWT.NONE).setText(Messages.compareA);
        a = new Combo(group, SWT.READ_ONLY | SWT.DROP_DOWN);
        new Label(group, SWT.NONE).setText(Messages.compareB);
        b = new Combo(group, SWT.READ_ONLY | SWT.DROP_DOWN);
        hint = new Label(group, SWT.WRAP);
        for (Combo c : new Combo[] {kind, a, b}) {
            GridDataFactory.fillDefaults().grab(true, false).applyTo(c);
        }
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(200, SWT.DEFAULT).applyTo(hint);
        kind.addListener(SWT.Selection, e -> {
            pending = null;
            fill();
            changed.run();
        });
        a.addListener(SWT.Selection, e -> {
            pending = null;
            showHint();
            changed.run();
        });
        b.addListener(SWT.Selection, e -> {
            pending = null;
            showHint();
            changed.run();
        });
        for (Comparison.Kind k : KINDS) {
            operands.put(k, List.of());
        }
        fill();
    }

    /**
     * What can be compared: the cohort's subject ids, its classes and the study's version ids. Choices still
     * offered are kept; a comparison waiting for its operands (restored before the cohort was read) is shown once
     * they are there.
     */
    void setOperands(List<String> subjects, List<String> classes, List<String> versions) {
        Comparison before = comparison();
        operands.put(Comparison.Kind.SUBJECTS, List.copyOf(subjects));
        operands.put(Comparison.Kind.CLASSES, List.copyOf(classes));
        operands.put(Comparison.Kind.VERSIONS, List.copyOf(versions));
        fill();
        if (before != null) {
            select(before);
        }
    }

    /** Shows a comparison (null: none); one whose operands are not known yet waits for {@link #setOperands}. */
    void select(Comparison c) {
        if (c == null) {
            pending = null;
            kind.select(0);
            fill();
            return;
        }
        kind.select(c.kind().ordinal() + 1);
        fill();
        List<String> list = operands.get(c.kind());
        if (list.contains(c.a()) && list.contains(c.b())) {
            a.select(list.indexOf(c.a()));
            b.select(list.indexOf(c.b()));
            pending = null;
        } else {
            pending = c;
        }
        showHint();
    }

    /**
     * The comparison chosen: null for none, or while two different operands are not chosen. A comparison restored but
     * not yet shown (its operands unknown) is returned as it was saved.
     */
    Comparison comparison() {
        if (pending != null) {
            return pending;
        }
        int k = kind.getSelectionIndex();
        if (k <= 0 || a.getSelectionIndex() < 0 || b.getSelectionIndex() < 0
                || a.getSelectionIndex() == b.getSelectionIndex()) {
            return null;
        }
        return new Comparison(KINDS[k - 1], a.getItem(a.getSelectionIndex()), b.getItem(b.getSelectionIndex()));
    }

    /** True while a restored comparison waits for its operands (it is not shown yet). */
    boolean isPending() {
        return pending != null;
    }

    /** Fills A and B with the operands of the chosen kind, A the first and B the second. */
    private void fill() {
        int k = kind.getSelectionIndex();
        List<String> list = k <= 0 ? List.of() : operands.get(KINDS[k - 1]);
        String oldA = a.getSelectionIndex() < 0 ? null : a.getItem(a.getSelectionIndex());
        String oldB = b.getSelectionIndex() < 0 ? null : b.getItem(b.getSelectionIndex());
        String[] items = list.toArray(String[]::new);
        a.setItems(items);
        b.setItems(items);
        a.select(oldA != null && list.contains(oldA) ? list.indexOf(oldA) : 0);
        b.select(oldB != null && list.contains(oldB) && !oldB.equals(list.get(a.getSelectionIndex()))
                ? list.indexOf(oldB) : Math.min(1, list.size() - 1));
        a.setEnabled(k > 0);
        b.setEnabled(k > 0);
        showHint();
    }

    private void showHint() {
        int k = kind.getSelectionIndex();
        String text;
        if (k <= 0) {
            text = Messages.compareHintNone;
        } else if (operands.get(KINDS[k - 1]).size() < 2) {
            text = k == 3 ? Messages.compareHintOneVersion : Messages.compareHintTooFew;
        } else if (a.getSelectionIndex() == b.getSelectionIndex()) {
            text = Messages.compareHintSame;
        } else {
            text = Messages.compareHint;
        }
        hint.setText(text);
    }
}
