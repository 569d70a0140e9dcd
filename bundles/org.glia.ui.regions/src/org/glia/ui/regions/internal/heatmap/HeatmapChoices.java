package org.glia.ui.regions.internal.heatmap;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IMemento;
import org.glia.explain.AttributionMethods;
import org.glia.explain.MethodDescriptor;
import org.glia.ui.regions.internal.Messages;

/**
 * The heatmap view's choices above the drawing: the columns (a hidden layer's nodes or the classes), whose inputs
 * (a subject, a class mean, each class's own subjects), the attribution method and whether to keep the network's
 * order. A choice the user makes is reported; the setters used by code change the widgets without reporting.
 */
final class HeatmapChoices {

    /** What a change affects. */
    enum Change {
        /** The values must be computed again. */
        VALUES,
        /** Only the order of rows and columns changes. */
        ORDER
    }

    private static final String STATE_COLUMNS = "columns";
    private static final String STATE_SOURCE = "source";
    private static final String STATE_METHOD = "method";
    private static final String STATE_NATURAL = "natural";

    private final Combo columnsCombo;
    private final Combo sourceCombo;
    private final ComboViewer methodCombo;
    private final Button naturalButton;
    private final List<HeatmapColumns> columnChoices = new ArrayList<>();
    private final List<HeatmapSource> sourceChoices = new ArrayList<>();
    private List<String> classes = List.of();
    private HeatmapCohort cohort;

    private HeatmapColumns columns;
    private HeatmapSource source;
    private String methodId = AttributionMethods.PAPER;
    private boolean natural;

    /** Creates the widgets in {@code parent} with the choices saved in {@code memento} (null: defaults). */
    HeatmapChoices(Composite parent, IMemento memento, Consumer<Change> onChange) {
        if (memento != null) {
            columns = HeatmapColumns.parse(memento.getString(STATE_COLUMNS));
            source = HeatmapSource.parse(memento.getString(STATE_SOURCE));
            String m = memento.getString(STATE_METHOD);
            methodId = m == null ? AttributionMethods.PAPER : m;
            natural = Boolean.TRUE.equals(memento.getBoolean(STATE_NATURAL));
        }
        Composite bar = new Composite(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        GridLayoutFactory.swtDefaults().numColumns(7).margins(4, 2).applyTo(bar);
        new Label(bar, SWT.NONE).setText(Messages.heatmapColumns);
        columnsCombo = new Combo(bar, SWT.READ_ONLY | SWT.DROP_DOWN);
        columnsCombo.addListener(SWT.Selection, e -> {
            int i = columnsCombo.getSelectionIndex();
            if (i >= 0 && i < columnChoices.size() && setColumns(columnChoices.get(i))) {
                onChange.accept(Change.VALUES);
            }
        });
        new Label(bar, SWT.NONE).setText(Messages.heatmapOf);
        sourceCombo = new Combo(bar, SWT.READ_ONLY | SWT.DROP_DOWN);
        sourceCombo.addListener(SWT.Selection, e -> {
            int i = sourceCombo.getSelectionIndex();
            if (i >= 0 && i < sourceChoices.size() && setSource(sourceChoices.get(i))) {
                onChange.accept(Change.VALUES);
            }
        });
        new Label(bar, SWT.NONE).setText(Messages.heatmapMethod);
        methodCombo = new ComboViewer(bar, SWT.READ_ONLY | SWT.DROP_DOWN);
        methodCombo.setContentProvider(ArrayContentProvider.getInstance());
        methodCombo.setLabelProvider(LabelProvider.createTextProvider(o -> ((MethodDescriptor) o).name()));
        List<MethodDescriptor> methods = AttributionMethods.available();
        methodCombo.setInput(methods);
        if (!selectMethod(methodId)) {
            methodId = AttributionMethods.PAPER;
            selectMethod(methodId);
        }
        methodCombo.addSelectionChangedListener(e -> {
            if (e.getStructuredSelection().getFirstElement() instanceof MethodDescriptor m && setMethod(m.id())) {
                onChange.accept(Change.VALUES);
            }
        });
        naturalButton = new Button(bar, SWT.CHECK);
        naturalButton.setText(Messages.heatmapNatural);
        naturalButton.setToolTipText(Messages.heatmapNaturalTip);
        naturalButton.setSelection(natural);
        naturalButton.addListener(SWT.Selection, e -> {
            if (setNatural(naturalButton.getSelection())) {
                onChange.accept(Change.ORDER);
            }
        });
    }

    /** Saves the choices. */
    void save(IMemento memento) {
        if (columns != null) {
            memento.putString(STATE_COLUMNS, columns.key());
        }
        if (source != null) {
            memento.putString(STATE_SOURCE, source.key());
        }
        memento.putString(STATE_METHOD, methodId);
        memento.putBoolean(STATE_NATURAL, natural);
    }

    /**
     * Offers the columns and inputs of a model: its hidden layers (sizes of every layer, input first) and classes,
     * and the cohort's subjects and diagnoses. Choices still possible are kept; others fall back on the first
     * hidden layer (the classes without one) and the first subject (each class's own subjects for classes).
     */
    void offer(int[] sizes, List<String> studyClasses, HeatmapCohort loaded) {
        cohort = loaded;
        List<String> all = new ArrayList<>(studyClasses);
        for (String d : loaded.diagnosesPresent()) {
            if (!all.contains(d)) {
                all.add(d);
            }
        }
        classes = List.copyOf(all);
        columnChoices.clear();
        List<String> items = new ArrayList<>();
        for (int k = 1; k < sizes.length - 1; k++) {
            columnChoices.add(HeatmapColumns.nodes(k));
            items.add(Messages.bind(Messages.heatmapLayer, k, sizes[k]));
        }
        columnChoices.add(HeatmapColumns.ofClasses());
        items.add(Messages.heatmapClasses);
        columnsCombo.setItems(items.toArray(String[]::new));
        if (!columnChoices.contains(columns)) {
            columns = columnChoices.get(0);
        }
        columnsCombo.select(columnChoices.indexOf(columns));
        offerSources();
        columnsCombo.getParent().layout(true, true);
    }

    private void offerSources() {
        sourceChoices.clear();
        List<String> items = new ArrayList<>();
        if (columns.classes()) {
            sourceChoices.add(HeatmapSource.ownClass());
            items.add(Messages.heatmapOwnClass);
        }
        for (String c : classes) {
            sourceChoices.add(HeatmapSource.ofClass(c));
            items.add(Messages.bind(Messages.heatmapClassMean, c));
        }
        for (int s = 0; s < cohort.subjects().size(); s++) {
            sourceChoices.add(HeatmapSource.subject(cohort.subjects().get(s)));
            items.add(Messages.bind(Messages.heatmapSubject, cohort.subjects().get(s), cohort.diagnoses().get(s)));
        }
        sourceCombo.setItems(items.toArray(String[]::new));
        if (!sourceChoices.contains(source)) {
            source = columns.classes() ? HeatmapSource.ownClass()
                    : sourceChoices.stream().filter(c -> c.kind() == HeatmapSource.Kind.SUBJECT).findFirst()
                            .orElse(sourceChoices.get(0));
        }
        sourceCombo.select(sourceChoices.indexOf(source));
    }

    /** Chooses the columns; switching to classes chooses each class's own subjects. True when it changed. */
    boolean setColumns(HeatmapColumns c) {
        if (Objects.equals(c, columns)) {
            return false;
        }
        if (c.classes() && columns != null && !columns.classes()) {
            source = HeatmapSource.ownClass(); // the paper's Figure 5: each class from its own subjects
        }
        columns = c;
        if (cohort != null) {
            columnsCombo.select(columnChoices.indexOf(c));
            offerSources();
        }
        return true;
    }

    /** Chooses whose inputs; true when it changed. */
    boolean setSource(HeatmapSource s) {
        if (Objects.equals(s, source)) {
            return false;
        }
        source = s;
        sourceCombo.select(sourceChoices.indexOf(s));
        return true;
    }

    /** Chooses the method by id; true when it changed. */
    boolean setMethod(String id) {
        if (Objects.equals(id, methodId)) {
            return false;
        }
        methodId = id;
        selectMethod(id);
        return true;
    }

    /** Keeps the network's order or not; true when it changed. */
    boolean setNatural(boolean keep) {
        if (keep == natural) {
            return false;
        }
        natural = keep;
        naturalButton.setSelection(keep);
        return true;
    }

    private boolean selectMethod(String id) {
        for (Object o : (List<?>) methodCombo.getInput()) {
            if (((MethodDescriptor) o).id().equals(id)) {
                if (methodCombo.getStructuredSelection().getFirstElement() != o) {
                    methodCombo.setSelection(new StructuredSelection(o));
                }
                return true;
            }
        }
        return false;
    }

    /** The chosen columns (null before a model is offered and nothing was saved). */
    HeatmapColumns columns() {
        return columns;
    }

    /** Whose inputs (null before a model is offered and nothing was saved). */
    HeatmapSource source() {
        return source;
    }

    /** The chosen method's id. */
    String methodId() {
        return methodId;
    }

    /** The chosen method, the paper rule when that id is no longer available. */
    MethodDescriptor method() {
        return AttributionMethods.find(methodId).orElseGet(() -> AttributionMethods.get(AttributionMethods.PAPER));
    }

    /** What the current choices show, for the heatmap's title: columns, whose inputs, method. */
    String title(MethodDescriptor method) {
        String of = switch (source.kind()) {
            case SUBJECT -> Messages.bind(Messages.heatmapSubjectTitle, source.name());
            case CLASS -> Messages.bind(Messages.heatmapClassMean, source.name());
            case OWN_CLASS -> Messages.heatmapOwnClass;
        };
        String what = columns.classes() ? Messages.heatmapClasses
                : Messages.bind(Messages.heatmapLayerNodes, columns.level());
        return Messages.bind(Messages.heatmapTitle, new Object[] {what, of, method.name()});
    }

    /** True to keep the network's order. */
    boolean natural() {
        return natural;
    }
}
