package org.glia.analysis.internal;

import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

import org.glia.model.Network;
import org.glia.model.Networks;
import org.glia.train.eval.CvResult;
import org.glia.train.eval.Stat;

/** Formats the figures of the output lines the same way everywhere (locale independent). */
public final class Figures {

    private Figures() {
    }

    /** Three decimals, or "n/a" for NaN. */
    public static String number(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.3f", v);
    }

    /** "0.742 ± 0.081" (the sd left out when undefined). */
    public static String stat(Stat s) {
        return Double.isNaN(s.sd()) ? number(s.mean()) : number(s.mean()) + " \u00b1 " + number(s.sd());
    }

    /** The layer sizes joined by dashes, e.g. "90-4-2". */
    public static String sizes(Network network) {
        StringJoiner j = new StringJoiner("-");
        for (int n : Networks.sizes(network)) {
            j.add(Integer.toString(n));
        }
        return j.toString();
    }

    /** "HC 43, AD 19". */
    public static String counts(Map<String, Integer> counts) {
        StringJoiner j = new StringJoiner(", ");
        counts.forEach((k, v) -> j.add(k + " " + v));
        return j.toString();
    }

    /** "10 folds: accuracy 0.742 ± 0.081, balanced 0.701, AUC 0.790". */
    public static String cv(CvResult cv) {
        return cv.folds().size() + " folds: accuracy " + stat(cv.accuracy()) + ", balanced "
                + number(cv.balancedAccuracy().mean()) + ", AUC " + number(cv.auc().mean());
    }
}
