package org.glia.ui.training.internal.views;

import java.util.function.Function;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Font;
import org.glia.model.ModelVersion;
import org.glia.model.Networks;
import org.glia.model.Study;
import org.glia.ui.training.internal.Format;
import org.glia.ui.training.internal.Messages;

/**
 * The columns of the Versions view: id (the current version marked and bold), date, edits since the parent, layer
 * sizes, accuracy and training settings.
 */
enum VersionColumn {
    /** The id; the current version is marked. */
    ID(Messages.columnVersion, 120, null),
    /** When it was recorded. */
    DATE(Messages.columnDate, 160, v -> Format.date(v.getTimestamp())),
    /** The edits made to the parent before training it. */
    EDITS(Messages.columnEdits, 240, v -> !v.getEdits().isEmpty() ? String.join("; ", v.getEdits())
            : v.getParent() == null ? Messages.firstVersion : Messages.noEdits),
    /** Its network's layer sizes. */
    SIZES(Messages.columnSizes, 90, v -> v.getNetwork() == null ? "" : Format.sizes(Networks.sizes(v.getNetwork()))),
    /** Cross-validated (or training-set) accuracy. */
    ACCURACY(Messages.columnAccuracy, 200, v -> Format.accuracy(v.getMetrics())),
    /** How it was trained. */
    SETTINGS(Messages.columnSettings, 300, v -> Format.settings(v.getSettings()));

    private final String title;
    private final int width;
    private final Function<ModelVersion, String> text;

    VersionColumn(String title, int width, Function<ModelVersion, String> text) {
        this.title = title;
        this.width = width;
        this.text = text;
    }

    String title() {
        return title;
    }

    int width() {
        return width;
    }

    /** The cell text of {@code v}. */
    String text(ModelVersion v) {
        if (this == ID) {
            return isCurrent(v) ? NLS.bind(Messages.currentVersion, v.getId()) : v.getId();
        }
        return text.apply(v);
    }

    /** The label provider of this column. */
    ColumnLabelProvider labels() {
        return new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return element instanceof ModelVersion v ? VersionColumn.this.text(v) : "";
            }

            @Override
            public Font getFont(Object element) {
                return element instanceof ModelVersion v && isCurrent(v)
                        ? JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT)
                        : null;
            }

            @Override
            public String getToolTipText(Object element) {
                return VersionColumn.this == EDITS ? getText(element) : null;
            }
        };
    }

    static boolean isCurrent(ModelVersion v) {
        return v.eContainer() instanceof Study s && s.getCurrentVersion() == v;
    }
}
