package org.glia.ui.regions.internal.table;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.glia.ui.RegionSelection;
import org.glia.ui.ShownMap;
import org.glia.ui.ShownMaps;
import org.glia.ui.regions.internal.Messages;
import org.glia.ui.regions.internal.Numbers;
import org.glia.ui.RegionSelectionProvider;

/**
 * The region table: every region of the map the brain view shows, with its rank, value (and magnitude for a
 * signed map), sortable by any column and searchable by name. Selecting a row selects the region everywhere; a
 * region selected in another part is selected and revealed here without being announced back.
 */
public final class RegionsView extends ViewPart {

    private static final String STATE_SORT = "sort";
    private static final String STATE_ASCENDING = "ascending";
    private static final String STATE_SEARCH = "search";
    private static final int NUMBER_WIDTH = 110;

    private Composite stack;
    private StackLayout layout;
    private Label empty;
    private Composite page;
    private Label title;
    private Text search;
    private TableViewer viewer;
    private Composite tableHolder;
    private final TableColumn[] columns = new TableColumn[RegionColumn.values().length];
    private final RegionSelectionProvider selection = new RegionSelectionProvider();

    private ShownMap map;
    private List<RegionSelection> rows = List.of();
    private RegionColumn sort = RegionColumn.RANK;
    private boolean ascending = true;
    private NameFilter filter = new NameFilter("");
    private boolean syncing;

    private final Consumer<ShownMap> mapListener = m -> {
        if (stack != null && !stack.isDisposed()) {
            show(m);
        }
    };

    private final ISelectionListener regionListener = (part, s) -> {
        RegionSelection r = RegionSelectionProvider.first(s);
        if (part != this && r != null) {
            reveal(r);
        }
    };

    @Override
    public void init(IViewSite site, IMemento memento) throws PartInitException {
        super.init(site, memento);
        if (memento != null) {
            sort = RegionColumn.named(memento.getString(STATE_SORT));
            Boolean asc = memento.getBoolean(STATE_ASCENDING);
            ascending = asc == null || asc;
            filter = new NameFilter(memento.getString(STATE_SEARCH));
        }
    }

    @Override
    public void saveState(IMemento memento) {
        memento.putString(STATE_SORT, sort.name());
        memento.putBoolean(STATE_ASCENDING, ascending);
        memento.putString(STATE_SEARCH, search == null || search.isDisposed() ? filter.query() : search.getText());
    }

    @Override
    public void createPartControl(Composite parent) {
        stack = new Composite(parent, SWT.NONE);
        layout = new StackLayout();
        stack.setLayout(layout);
        empty = new Label(stack, SWT.CENTER | SWT.WRAP);
        empty.setText(Messages.regionsEmpty);
        page = new Composite(stack, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(4, 4).numColumns(1).applyTo(page);
        title = new Label(page, SWT.WRAP);
        title.setFont(JFaceResources.getBannerFont());
        GridDataFactory.fillDefaults().grab(true, false).hint(100, SWT.DEFAULT).applyTo(title);
        search = new Text(page, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        search.setMessage(Messages.regionsSearch);
        search.setText(filter.query());
        GridDataFactory.fillDefaults().grab(true, false).applyTo(search);
        search.addModifyListener(e -> {
            filter = new NameFilter(search.getText());
            viewer.refresh();
        });
        createTable();
        getSite().setSelectionProvider(selection);
        getSite().getPage().addSelectionListener(regionListener);
        ShownMaps.addListener(mapListener);
        show(ShownMaps.current().orElse(null));
    }

    private void createTable() {
        // fixed column widths: JFace's TableColumnLayout re-lays itself out endlessly on GTK when the view is small
        tableHolder = new Composite(page, SWT.NONE);
        tableHolder.setLayout(new FillLayout());
        GridDataFactory.fillDefaults().grab(true, true).applyTo(tableHolder);
        viewer = new TableViewer(tableHolder, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
        Table table = viewer.getTable();
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        column(RegionColumn.RANK, Messages.columnRank, 64, SWT.RIGHT,
                r -> r.rank() == 0 ? "" : Integer.toString(r.rank()));
        column(RegionColumn.REGION, Messages.columnRegion, 200, SWT.LEFT, RegionSelection::name);
        column(RegionColumn.VALUE, Messages.columnValue, NUMBER_WIDTH, SWT.RIGHT, r -> Numbers.format(r.value(), 4));
        column(RegionColumn.MAGNITUDE, Messages.columnMagnitude, 0, SWT.RIGHT,
                r -> Numbers.format(Math.abs(r.value()), 4));
        viewer.setComparator(new ViewerComparator() {
            @Override
            public int compare(Viewer v, Object a, Object b) {
                return sort.order(ascending).compare((RegionSelection) a, (RegionSelection) b);
            }
        });
        viewer.addFilter(new ViewerFilter() {
            @Override
            public boolean select(Viewer v, Object parent, Object element) {
                return filter.matches(((RegionSelection) element).name());
            }
        });
        viewer.addSelectionChangedListener(e -> {
            if (!syncing) {
                selection.select(RegionSelectionProvider.first(e.getSelection()));
            }
        });
        showSortIndicator();
    }

    private void column(RegionColumn which, String text, int width, int align,
            Function<RegionSelection, String> label) {
        TableViewerColumn c = new TableViewerColumn(viewer, align);
        c.getColumn().setText(text);
        c.getColumn().setMoveable(false);
        c.getColumn().setWidth(width);
        c.setLabelProvider(ColumnLabelProvider.createTextProvider(o -> label.apply((RegionSelection) o)));
        c.getColumn().addListener(SWT.Selection, e -> sortBy(which));
        columns[which.ordinal()] = c.getColumn();
    }

    /**
     * Sorts by a column as a click on its header does: the same column again reverses the order, another column
     * starts ascending for rank and name, descending (largest first) for value and magnitude.
     */
    public void sortBy(RegionColumn column) {
        if (column == sort) {
            ascending = !ascending;
        } else {
            sort = column;
            ascending = column == RegionColumn.RANK || column == RegionColumn.REGION;
        }
        showSortIndicator();
        viewer.refresh();
    }

    private void showSortIndicator() {
        Table table = viewer.getTable();
        table.setSortColumn(columns[sort.ordinal()]);
        table.setSortDirection(ascending ? SWT.UP : SWT.DOWN);
    }

    /** Shows a map (null: the empty state). */
    private void show(ShownMap m) {
        map = m;
        if (m == null) {
            rows = List.of();
            // the selected region stays selected: the next map shown (e.g. of a newly picked node) selects its row
            syncing = true;
            try {
                viewer.setInput(rows);
            } finally {
                syncing = false;
            }
            layout.topControl = empty;
            stack.layout(true, true);
            setContentDescription("");
            return;
        }
        rows = RankedRegions.of(m);
        title.setText(m.title());
        columns[RegionColumn.MAGNITUDE.ordinal()].setWidth(m.signed() ? NUMBER_WIDTH : 0);
        columns[RegionColumn.MAGNITUDE.ordinal()].setResizable(m.signed());
        RegionSelection kept = selection.region();
        syncing = true;
        try {
            viewer.setInput(rows);
            RegionSelection row = kept == null ? null : rowOf(kept.index());
            viewer.setSelection(row == null ? StructuredSelection.EMPTY : new StructuredSelection(row), true);
            selection.setQuietly(row); // the same region with the new map's value and rank
        } finally {
            syncing = false;
        }
        layout.topControl = page;
        stack.layout(true, true);
        tableHolder.layout(true);
        setContentDescription(Messages.bind(Messages.regionsCount, rows.size()));
    }

    /** Selects and reveals the row of a region another part selected, without announcing it back. */
    private void reveal(RegionSelection r) {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        RegionSelection row = rowOf(r.index());
        RegionSelection current = RegionSelectionProvider.first(viewer.getSelection());
        if (row == null) {
            // no map holds it yet (the brain may still be computing the map of a node picked with it): the next
            // map shown selects its row
            selection.setQuietly(r);
            return;
        }
        if (row.equals(current)) {
            return;
        }
        syncing = true;
        try {
            viewer.setSelection(new StructuredSelection(row), true);
            selection.setQuietly(row);
        } finally {
            syncing = false;
        }
    }

    private RegionSelection rowOf(int index) {
        for (RegionSelection r : rows) {
            if (r.index() == index) {
                return r;
            }
        }
        return null;
    }

    /** Every region of the map in the current sort order (the search does not apply). */
    public List<RegionSelection> sortedRows() {
        List<RegionSelection> sorted = new ArrayList<>(rows);
        sorted.sort(sort.order(ascending));
        return sorted;
    }

    /** The rows as displayed: sorted and filtered by the search. */
    public List<RegionSelection> shownRows() {
        List<RegionSelection> shown = new ArrayList<>();
        for (TableItem item : viewer.getTable().getItems()) {
            shown.add((RegionSelection) item.getData());
        }
        return shown;
    }

    /** Writes {@link #sortedRows()} as CSV (see {@link RegionsCsv}). */
    public void exportCsv(Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            RegionsCsv.write(sortedRows(), w);
        }
    }

    /** True when there is a map to export. */
    public boolean hasMap() {
        return map != null;
    }

    /** Types into the search field, as the user would. */
    public void setSearch(String text) {
        search.setText(text);
    }

    /** The sort column. */
    public RegionColumn sortColumn() {
        return sort;
    }

    /** True for ascending order. */
    public boolean ascending() {
        return ascending;
    }

    /** The header of a column (tests click it). */
    public TableColumn header(RegionColumn column) {
        return columns[column.ordinal()];
    }

    /** The table viewer. */
    public TableViewer viewer() {
        return viewer;
    }

    /** The map's title as shown above the table. */
    public String title() {
        return title.getText();
    }

    /** True while the empty state is shown. */
    public boolean isEmpty() {
        return layout.topControl == empty;
    }

    /** The empty-state sentence. */
    public String emptyMessage() {
        return empty.getText();
    }

    /** The region selected here, or null. */
    public RegionSelection selectedRegion() {
        return selection.region();
    }

    /** The view's top control (screenshots). */
    public Composite control() {
        return stack;
    }

    @Override
    public void setFocus() {
        if (layout.topControl == page) {
            viewer.getControl().setFocus();
        } else {
            stack.setFocus();
        }
    }

    @Override
    public void dispose() {
        ShownMaps.removeListener(mapListener);
        getSite().getPage().removeSelectionListener(regionListener);
        super.dispose();
    }
}
