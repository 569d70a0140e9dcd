package org.glia.ui.training.internal.views;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.swtchart.Range;
import org.glia.ui.training.internal.Messages;
import org.glia.ui.training.internal.live.Series;

/**
 * One SWTChart of per-epoch curves (loss or accuracy): a line per cross-validation fold and a thicker one for the
 * final training, validation curves dashed in the same colour. Series are updated in place as a run grows.
 */
final class CurveChart {

    /** Ten distinguishable fold colours (the final training is drawn in near-black). */
    private static final int[][] PALETTE = {{31, 119, 180}, {255, 127, 14}, {44, 160, 44}, {214, 39, 40},
            {148, 103, 189}, {140, 86, 75}, {227, 119, 194}, {127, 127, 127}, {188, 189, 34}, {23, 190, 207}};

    private final Chart chart;
    private final boolean accuracy;
    private final String title;

    /**
     * @param accuracy true for accuracy (axis 0..1), false for loss
     */
    CurveChart(Composite parent, String title, String yTitle, boolean accuracy) {
        this.accuracy = accuracy;
        this.title = title;
        chart = new Chart(parent, SWT.NONE);
        chart.getTitle().setText(title);
        IAxis x = chart.getAxisSet().getXAxis(0);
        x.getTitle().setText(Messages.axisEpoch);
        chart.getAxisSet().getYAxis(0).getTitle().setText(yTitle);
        chart.getLegend().setPosition(SWT.RIGHT);
    }

    /** The chart widget. */
    Chart chart() {
        return chart;
    }

    /**
     * Shows {@code series}. While a run trains, {@code maxEpochs} (0 when unknown) fixes the epoch axis so curves
     * grow into it; afterwards ({@code maxEpochs} 0) the axis fits the longest curve (early stopping ends sooner).
     * Curves of another run are removed.
     */
    void show(List<Series> series, int maxEpochs, boolean recorded) {
        chart.suspendUpdate(true);
        try {
            Set<String> shown = new HashSet<>();
            int longest = 0;
            double top = accuracy ? 1 : 0;
            for (Series s : series) {
                String name = name(s);
                shown.add(name);
                double[] y = accuracy ? s.accuracy() : s.loss();
                top = Math.max(top, line(name, s.epochs(), y, s.fold(), s.isFinal() ? 2 : 1, LineStyle.SOLID, true));
                if (s.hasValidation()) {
                    String v = NLS.bind(Messages.seriesValidation, name);
                    shown.add(v);
                    top = Math.max(top, line(v, s.epochs(), accuracy ? s.validationAccuracy() : s.validationLoss(),
                            s.fold(), 1, LineStyle.DASH, false));
                }
                longest = Math.max(longest, s.length());
            }
            for (ISeries<?> old : chart.getSeriesSet().getSeries()) {
                if (!shown.contains(old.getId())) {
                    chart.getSeriesSet().deleteSeries(old.getId());
                }
            }
            chart.getTitle().setText(series.isEmpty() && recorded ? NLS.bind(Messages.noCurves, title) : title);
            int last = Math.max(Math.max(maxEpochs, longest), 2);
            chart.getAxisSet().getXAxis(0).setRange(new Range(1, last));
            double upper = accuracy ? 1.02 : top > 0 && Double.isFinite(top) ? top * 1.05 : 1;
            chart.getAxisSet().getYAxis(0).setRange(new Range(0, upper));
        } finally {
            chart.suspendUpdate(false);
        }
        chart.redraw();
    }

    /** Sets one line (points with a NaN value left out); returns its largest value. */
    private double line(String name, double[] x, double[] y, int fold, int width, LineStyle style,
            boolean inLegend) {
        int n = 0;
        double max = 0;
        double[] xs = new double[x.length];
        double[] ys = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            if (Double.isFinite(y[i])) {
                xs[n] = x[i];
                ys[n++] = y[i];
                max = Math.max(max, y[i]);
            }
        }
        ILineSeries<?> line = (ILineSeries<?>) chart.getSeriesSet().getSeries(name);
        if (line == null) {
            line = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, name);
            line.setLineColor(color(fold));
            line.setLineWidth(width);
            line.setLineStyle(style);
            line.setSymbolType(ILineSeries.PlotSymbolType.NONE);
            line.setAntialias(SWT.ON);
            line.setVisibleInLegend(inLegend);
        }
        line.setXSeries(Arrays.copyOf(xs, n));
        line.setYSeries(Arrays.copyOf(ys, n));
        return max;
    }

    /** "Fold 3" or "Final training". */
    static String name(Series s) {
        return s.isFinal() ? Messages.seriesFinal : NLS.bind(Messages.seriesFold, s.fold() + 1);
    }

    private Color color(int fold) {
        if (fold < 0) {
            return new Color(chart.getDisplay(), 20, 20, 20);
        }
        int[] c = PALETTE[fold % PALETTE.length];
        return new Color(chart.getDisplay(), c[0], c[1], c[2]);
    }
}
