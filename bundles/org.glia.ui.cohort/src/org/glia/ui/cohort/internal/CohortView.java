package org.glia.ui.cohort.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.glia.cohort.CohortLoader;
import org.glia.cohort.FeatureSet;
import org.glia.cohort.FeatureSets;
import org.glia.core.io.DataException;
import org.glia.model.Network;
import org.glia.model.Study;
import org.glia.ui.RegionSelection;
import org.glia.ui.network.NetworkGraphEditor;
import org.glia.ui.network.StudyCohort;

/**
 * The cohort: a sortable table of its subjects (id, diagnosis, mean degree, the chosen region's value and, with a
 * model open, the model's prediction), and for a chosen region the distribution of a region-wise feature in each
 * class (box plot with every subject, n, mean and SD). It shows the cohort of the active network editor's study,
 * or a cohort folder the user opened (Open Cohort...), which stays until another model is activated. Selecting a
 * subject publishes it (the Controls view makes it the test subject); a region picked in another view is chosen
 * here too. The folder, feature, region and sort order are restored after a restart.
 */
public final class CohortView extends ViewPart {

    private static final int STUDY_WAIT_MS = 60_000;
    private static final int STUDY_POLL_MS = 200;

    private Composite root;
    private Label header;
    private SubjectsTable subjects;
    private ComboViewer feature;
    private RegionsTable regions;
    private DistributionPlot plot;
    private StatsTable stats;

    private CohortContents contents;
    private int region = -1;
    private String wantedRegion;
    private String wantedFeature;
    private int sortColumn = -1;
    private boolean sortDescending;
    private Path folder;
    /** The model whose cohort is shown, or that was active when the shown folder was opened. */
    private Path followedFile;
    private Job job;
    private int generation;
    private String problem;

    private final IPartListener2 parts = new IPartListener2() {
        @Override
        public void partActivated(IWorkbenchPartReference ref) {
            if (ref.getPart(false) instanceof NetworkGraphEditor e) {
                follow(e, System.currentTimeMillis() + STUDY_WAIT_MS);
            }
        }

        @Override
        public void partOpened(IWorkbenchPartReference ref) {
            partActivated(ref);
        }
    };

    private final ISelectionListener regionPicks = (part, selection) -> {
        if (part != this && selection instanceof IStructuredSelection s
                && s.getFirstElement() instanceof RegionSelection r) {
            selectRegion(r.name());
        }
    };

    @Override
    public void init(IViewSite site, IMemento memento) throws PartInitException {
        super.init(site, memento);
        if (memento != null) {
            String f = memento.getString("folder");
            folder = f == null ? null : Path.of(f);
            // the model active when the folder was opened does not take the view back to its own cohort
            String model = memento.getString("model");
            followedFile = folder == null || model == null ? null : Path.of(model);
            wantedRegion = memento.getString("region");
            wantedFeature = memento.getString("feature");
            Integer column = memento.getInteger("sortColumn");
            sortColumn = column == null ? -1 : column;
            sortDescending = Boolean.TRUE.equals(memento.getBoolean("sortDescending"));
        }
    }

    @Override
    public void saveState(IMemento memento) {
        if (folder != null) {
            memento.putString("folder", folder.toString());
            if (followedFile != null) {
                memento.putString("model", followedFile.toString());
            }
        }
        String r = regionName();
        if (r != null) {
            memento.putString("region", r);
        }
        if (contents != null) {
            memento.putString("feature", contents.distributions().features().name());
        } else if (wantedFeature != null) {
            memento.putString("feature", wantedFeature);
        }
        memento.putInteger("sortColumn", sortColumn);
        memento.putBoolean("sortDescending", sortDescending);
    }

    @Override
    public void createPartControl(Composite parent) {
        root = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().applyTo(root);
        header = new Label(root, SWT.WRAP);
        header.setText(Messages.emptyCohort);
        GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(header);
        SashForm across = new SashForm(root, SWT.HORIZONTAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(across);
        subjects = new SubjectsTable(across);
        Composite right = new Composite(across, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(right);
        new Label(right, SWT.NONE).setText(Messages.feature);
        feature = new ComboViewer(right, SWT.READ_ONLY | SWT.DROP_DOWN);
        feature.setContentProvider(ArrayContentProvider.getInstance());
        feature.setLabelProvider(LabelProvider.createTextProvider(o -> ((FeatureSet) o).name()));
        feature.addSelectionChangedListener(e -> {
            if (e.getStructuredSelection().getFirstElement() instanceof FeatureSet f) {
                showFeature(f);
            }
        });
        GridDataFactory.fillDefaults().grab(true, false).applyTo(feature.getControl());
        SashForm down = new SashForm(right, SWT.VERTICAL);
        GridDataFactory.fillDefaults().grab(true, true).span(2, 1).applyTo(down);
        regions = new RegionsTable(down, this::showRegion);
        Composite plotArea = new Composite(down, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(plotArea);
        plot = new DistributionPlot(plotArea);
        GridDataFactory.fillDefaults().grab(true, true).hint(300, 220).applyTo(plot.control());
        stats = new StatsTable(plotArea);
        GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 110).applyTo(stats.viewer().getControl());
        down.setWeights(35, 65);
        across.setWeights(45, 55);
        plot.showEmpty(Messages.plotEmpty);
        for (var c : subjects.viewer().getTable().getColumns()) {
            c.addListener(SWT.Selection, e -> rememberSort());
        }
        getSite().setSelectionProvider(subjects.viewer());
        getSite().getPage().addPartListener(parts);
        getSite().getPage().addSelectionListener(regionPicks);
        if (folder != null) {
            loadFolder(folder);
        } else if (getSite().getPage().getActiveEditor() instanceof NetworkGraphEditor e) {
            follow(e, System.currentTimeMillis() + STUDY_WAIT_MS);
        }
    }

    /**
     * Shows the cohort in {@code dir} (loaded in a job); a fault is shown in the header, naming file and fault. The
     * folder stays shown until another one is opened or another model is activated.
     */
    public void showFolder(Path dir) {
        followedFile = getSite().getPage().getActiveEditor() instanceof NetworkGraphEditor e ? e.getFile() : null;
        loadFolder(dir);
    }

    private void loadFolder(Path dir) {
        folder = dir.toAbsolutePath().normalize();
        Path where = folder;
        String origin = where.getFileName() == null ? where.toString() : where.getFileName().toString();
        header.setToolTipText(where.toString());
        load(origin, monitor -> CohortContents.compute(origin, CohortLoader.load(where, monitor), null, null,
                List.of(), wantedFeatureSet(), monitor));
    }

    /**
     * Follows an editor: once its study is read, shows its cohort, unless this model's cohort is shown already or
     * a folder was opened while it was the active model.
     */
    private void follow(NetworkGraphEditor e, long deadline) {
        Path file = e.getFile();
        if (root.isDisposed() || file == null || file.equals(followedFile)) {
            return;
        }
        Study s = e.getStudy();
        if (s == null) {
            if (e.getLoadError() == null && System.currentTimeMillis() < deadline) {
                root.getDisplay().timerExec(STUDY_POLL_MS, () -> follow(e, deadline));
            }
            return;
        }
        followedFile = file;
        folder = null;
        header.setToolTipText(null);
        String cohortPath = s.getCohortPath();
        String featureName = s.getFeatureSet();
        List<String> classes = List.copyOf(s.getClasses());
        // the job reads a copy: the user may edit the network meanwhile
        Network network = s.getNetwork() == null ? null : EcoreUtil.copy(s.getNetwork());
        String origin = file.getFileName().toString();
        header.setToolTipText(StudyCohort.cohortFolder(file, cohortPath).toString());
        load(origin, monitor -> {
            StudyCohort loaded = StudyCohort.load(file, cohortPath, featureName, monitor);
            return CohortContents.compute(origin, loaded.cohort(), loaded.features(), network, classes,
                    wantedFeatureSet(), monitor);
        });
    }

    /** What a load job computes. */
    private interface Loader {
        CohortContents load(IProgressMonitor monitor) throws DataException;
    }

    private void load(String origin, Loader loader) {
        int mine = ++generation;
        if (job != null) {
            job.cancel();
        }
        problem = null;
        header.setText(NLS.bind(Messages.loading, origin));
        Job j = Job.create(NLS.bind(Messages.loading, origin), monitor -> {
            try {
                CohortContents c = loader.load(monitor);
                ui(mine, () -> show(c));
            } catch (DataException ex) {
                ui(mine, () -> showProblem(NLS.bind(Messages.cannotLoad, origin, ex.getMessage())));
            } catch (IllegalArgumentException ex) {
                ui(mine, () -> showProblem(NLS.bind(Messages.cannotLoad, origin, ex.getMessage())));
            } catch (OperationCanceledException ex) {
                return Status.CANCEL_STATUS;
            }
            return Status.OK_STATUS;
        });
        j.setUser(false);
        job = j;
        j.schedule();
    }

    private void ui(int mine, Runnable r) {
        if (root.isDisposed()) {
            return;
        }
        root.getDisplay().asyncExec(() -> {
            if (!root.isDisposed() && mine == generation) {
                job = null;
                r.run();
            }
        });
    }

    private void show(CohortContents c) {
        String keepRegion = regionName() != null ? regionName() : wantedRegion;
        contents = c;
        problem = null;
        Map<String, Integer> counts = c.cohort().classCounts();
        String classes = counts.entrySet().stream().map(en -> NLS.bind(Messages.classCount, en.getValue(), en.getKey()))
                .collect(Collectors.joining(", "));
        header.setText(NLS.bind(c.predicted() ? Messages.headerPredicted : Messages.header,
                new Object[] {c.origin(), c.rows().size(), classes, c.cohort().regionCount()}));
        header.setForeground(null);
        subjects.show(c);
        subjects.sortBy(sortColumn, sortDescending);
        feature.setInput(c.regionFeatures());
        feature.setSelection(new StructuredSelection(c.distributions().features()));
        regions.show(c.distributions());
        int row = keepRegion == null ? -1 : c.distributions().regions().indexOf(keepRegion);
        regions.select(row >= 0 ? row : regions.first());
        root.layout(true, true);
    }

    private void showProblem(String message) {
        problem = message;
        contents = null;
        region = -1;
        header.setText(message);
        header.setForeground(root.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        subjects.show(null);
        feature.setInput(List.of());
        regions.show(null);
        stats.show(List.of());
        plot.showEmpty(Messages.plotEmpty);
        root.layout(true, true);
    }

    private void showFeature(FeatureSet f) {
        if (contents == null || contents.distributions().features() == f) {
            return;
        }
        wantedFeature = f.name();
        String keep = regionName();
        contents = contents.withFeature(f, null);
        subjects.show(contents);
        subjects.sortBy(sortColumn, sortDescending);
        regions.show(contents.distributions());
        int row = keep == null ? -1 : contents.distributions().regions().indexOf(keep);
        regions.select(row >= 0 ? row : regions.first());
    }

    private void showRegion(int row) {
        if (contents == null || row < 0) {
            return;
        }
        region = row;
        wantedRegion = contents.distributions().regions().get(row);
        List<ClassStats> s = contents.distributions().stats(row);
        plot.show(NLS.bind(Messages.plotTitle, contents.distributions().features().name(), wantedRegion), s);
        stats.show(s);
        subjects.showRegion(row);
    }

    private FeatureSet wantedFeatureSet() {
        return wantedFeature == null ? null : FeatureSets.byName(wantedFeature).orElse(null);
    }

    private String regionName() {
        return contents == null || region < 0 ? null : contents.distributions().regions().get(region);
    }

    private void rememberSort() {
        int index = -1;
        var table = subjects.viewer().getTable();
        for (int i = 0; i < table.getColumnCount(); i++) {
            if (table.getColumn(i) == table.getSortColumn()) {
                index = i;
            }
        }
        sortColumn = index;
        sortDescending = table.getSortDirection() == SWT.DOWN;
    }

    /** Chooses a region by name, as the user would in the region table; false when the cohort has none of that name. */
    public boolean selectRegion(String name) {
        int row = contents == null ? -1 : contents.distributions().regions().indexOf(name);
        if (row < 0) {
            return false;
        }
        regions.select(row);
        return true;
    }

    /** Chooses the region-wise feature by name (degree, binary-degree); false when it is not offered. */
    public boolean selectFeature(String name) {
        if (contents == null) {
            return false;
        }
        for (FeatureSet f : contents.regionFeatures()) {
            if (f.name().equals(name)) {
                feature.setSelection(new StructuredSelection(f));
                return true;
            }
        }
        return false;
    }

    /** Selects a subject's row, as the user would; false when it is not listed. */
    public boolean selectSubject(String id) {
        return subjects.select(id);
    }

    /** Sorts the subjects by a column (0 subject, 1 diagnosis, 2 mean degree, 3 region value, 4 prediction, 5 probability). */
    public void sortSubjects(int column, boolean descending) {
        subjects.sortBy(column, descending);
        sortColumn = column;
        sortDescending = descending;
    }

    /** True while a cohort is being read. */
    public boolean isLoading() {
        return job != null;
    }

    /** What is shown, or null (nothing yet, or a fault). */
    public CohortContents contents() {
        return contents;
    }

    /** The header: what is shown, or the fault that kept it from being shown. */
    public String header() {
        return header.getText();
    }

    /** The fault of the last load, or null. */
    public String problem() {
        return problem;
    }

    /** The subject rows in the order shown. */
    public List<CohortRow> shownRows() {
        return subjects.shownRows();
    }

    /** The per-class numbers shown for the chosen region. */
    public List<ClassStats> shownStats() {
        return stats.shown();
    }

    /** The regions in the order the region table shows them (largest F first unless sorted otherwise). */
    public List<String> shownRegions() {
        return regions.shownNames();
    }

    /** The chosen region's name, or null. */
    public String shownRegion() {
        return regionName();
    }

    /** The cohort folder shown, or null when the view follows a study. */
    public Path folder() {
        return folder;
    }

    /** The view's top control (for screenshots). */
    public Composite control() {
        return root;
    }

    @Override
    public void setFocus() {
        subjects.viewer().getControl().setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removePartListener(parts);
        getSite().getPage().removeSelectionListener(regionPicks);
        if (job != null) {
            job.cancel();
        }
        super.dispose();
    }
}
