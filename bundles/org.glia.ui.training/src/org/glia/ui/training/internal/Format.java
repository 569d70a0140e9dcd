package org.glia.ui.training.internal;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Locale;
import java.util.StringJoiner;

import org.eclipse.osgi.util.NLS;
import org.glia.model.Metrics;
import org.glia.model.TrainingSettings;
import org.glia.train.eval.Stat;

/** How the training and versions views write numbers, metrics, settings, sizes and dates (one place for all). */
public final class Format {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT)
            .withZone(ZoneId.systemDefault());

    private Format() {
    }

    /** Three decimals, "n/a" for NaN. */
    public static String number(double v) {
        return Double.isNaN(v) ? Messages.notAvailable : String.format(Locale.ROOT, "%.3f", v);
    }

    /** A signed difference with three decimals ("+0.050"), "n/a" for NaN. */
    public static String difference(double v) {
        return Double.isNaN(v) ? Messages.notAvailable : String.format(Locale.ROOT, "%+.3f", v);
    }

    /** "0.742 ± 0.051"; the mean alone when the deviation is undefined. */
    public static String meanSd(double mean, double sd) {
        return Double.isNaN(sd) || Double.isNaN(mean) ? number(mean) : number(mean) + " \u00b1 " + number(sd);
    }

    /** {@link #meanSd(double, double)} of a statistic. */
    public static String meanSd(Stat s) {
        return meanSd(s.mean(), s.sd());
    }

    /** The accuracy of a version for a table cell: "0.742 ± 0.051 (10-fold CV)" or "0.800 (training set)". */
    public static String accuracy(Metrics m) {
        if (m == null) {
            return "";
        }
        return m.getFolds() > 0
                ? NLS.bind(Messages.accuracyCv, meanSd(m.getAccuracy(), m.getAccuracySd()), m.getFolds())
                : NLS.bind(Messages.accuracyTraining, number(m.getAccuracy()));
    }

    /** All metrics of a version in one sentence, for the Training view's status line. */
    public static String metrics(Metrics m) {
        if (m.getFolds() > 0) {
            return NLS.bind(Messages.metricsCv, new Object[] {meanSd(m.getAccuracy(), m.getAccuracySd()),
                    meanSd(m.getBalancedAccuracy(), m.getBalancedAccuracySd()), meanSd(m.getAuc(), m.getAucSd()),
                    m.getFolds()});
        }
        return NLS.bind(Messages.metricsTraining, new Object[] {number(m.getAccuracy()),
                number(m.getBalancedAccuracy()), number(m.getAuc())});
    }

    /** "java, lr 0.01, 200 epochs, full batch, L2 0.0001, patience 10 (20 % held out)". */
    public static String settings(TrainingSettings s) {
        if (s == null) {
            return "";
        }
        StringJoiner j = new StringJoiner(", ");
        if (s.getEngine() != null && !s.getEngine().isBlank()) {
            j.add(s.getEngine());
        }
        j.add("lr " + plain(s.getLearningRate()));
        j.add(NLS.bind(Messages.settingsEpochs, s.getEpochs()));
        j.add(s.getBatchSize() > 0 ? NLS.bind(Messages.settingsBatch, s.getBatchSize()) : Messages.settingsFullBatch);
        j.add("L2 " + plain(s.getL2()));
        if (s.getPatience() > 0) {
            j.add(NLS.bind(Messages.settingsPatience, s.getPatience(),
                    Math.round(s.getValidationFraction() * 100)));
        }
        return j.toString();
    }

    /** Layer sizes, input first: "90-16-2". */
    public static String sizes(int[] sizes) {
        StringJoiner j = new StringJoiner("-");
        for (int s : sizes) {
            j.add(Integer.toString(s));
        }
        return j.toString();
    }

    /** A timestamp in local time, "" for none. */
    public static String date(Date d) {
        return d == null ? "" : DATE.format(d.toInstant());
    }

    /** A number without trailing zeros (0.01, 1.0E-4 as 0.0001). */
    static String plain(double v) {
        DecimalFormat f = new DecimalFormat("0.##########", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return f.format(v);
    }
}
