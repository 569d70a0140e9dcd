package org.glia.report;

import org.glia.explain.Faithfulness;

/** The names and headers of the files {@code glia analyze} writes: the contract other tools read. */
public final class ReportFiles {

    /** Cross-validated metrics and what was analysed (JSON). */
    public static final String METRICS = "metrics.json";
    /** Class-level region maps of the chosen method, normalised to sum 1 per class (CSV). */
    public static final String IMPORTANCE = "importance.csv";
    /** Header of {@link #IMPORTANCE}. */
    public static final String IMPORTANCE_HEADER = "region,class,importance,rank";
    /** The same class maps before normalisation, with their sign (CSV). */
    public static final String IMPORTANCE_SIGNED = "importance_signed.csv";
    /** Header of {@link #IMPORTANCE_SIGNED}. */
    public static final String IMPORTANCE_SIGNED_HEADER = "region,class,value";
    /** ROI-deletion faithfulness of every method on held-out subjects (CSV). */
    public static final String FAITHFULNESS = "faithfulness.csv";
    /** Header of {@link #FAITHFULNESS}. */
    public static final String FAITHFULNESS_HEADER = Faithfulness.CSV_HEADER;
    /** The self-contained HTML report. */
    public static final String REPORT = "report.html";
    /** The class heatmap (regions x classes) as SVG; the report embeds the same drawing. */
    public static final String HEATMAP = "heatmap.svg";
    /** The final model (trained on every subject) as a Glia document, for {@code glia explain}. */
    public static final String MODEL = "model.glia";

    private ReportFiles() {
    }
}
