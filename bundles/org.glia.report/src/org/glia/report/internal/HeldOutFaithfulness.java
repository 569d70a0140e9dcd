package org.glia.report.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.glia.explain.ExplainContext;
import org.glia.explain.Faithfulness;
import org.glia.explain.FaithfulnessRow;
import org.glia.explain.MethodDescriptor;
import org.glia.train.eval.CvResult;
import org.glia.train.eval.FeatureScaling;
import org.glia.train.eval.FoldResult;

/**
 * ROI-deletion faithfulness of every method on held-out subjects: each subject is explained by the model of the
 * fold in which it was a test subject (a model that never saw it), with that fold's standardisation and
 * training mean, so every method is judged on the same models and subjects. The AOPC of each method and
 * class is the mean over all held-out subjects of that class (every subject once).
 */
public final class HeldOutFaithfulness {

    private HeldOutFaithfulness() {
    }

    /** The rows of faithfulness.csv: every method, every class, in method then class order. */
    public static List<FaithfulnessRow> evaluate(List<MethodDescriptor> methods, AnalysisData data, CvResult cv,
            FoldCapture capture, long seed, IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, "Faithfulness", cv.folds().size());
        int classes = data.classes().size();
        double[][][] sums = new double[methods.size()][classes][3];
        int[][] counts = new int[methods.size()][classes];
        for (FoldResult fold : cv.folds()) {
            FoldCapture.Model model = capture.heldOut(fold.test());
            FeatureScaling scaling = model.scaling();
            List<double[]> inputs = new ArrayList<>();
            int[] labels = new int[fold.test().length];
            for (int i = 0; i < labels.length; i++) {
                inputs.add(scaling.apply(data.x()[fold.test()[i]]));
                labels[i] = data.y()[fold.test()[i]];
            }
            ExplainContext ctx = ExplainContext.of(trainingMean(data.x(), model));
            List<FaithfulnessRow> rows = Faithfulness.evaluate(methods, model.network(), inputs, labels, data.classes(),
                    ctx, seed + fold.fold(), progress.split(1));
            for (FaithfulnessRow r : rows) {
                int m = indexOf(methods, r.method());
                int c = data.classes().indexOf(r.className());
                if (r.subjects() > 0) {
                    sums[m][c][0] += r.aopcMorf() * r.subjects();
                    sums[m][c][1] += r.aopcLerf() * r.subjects();
                    sums[m][c][2] += r.aopcRandom() * r.subjects();
                    counts[m][c] += r.subjects();
                }
            }
        }
        List<FaithfulnessRow> out = new ArrayList<>();
        for (int m = 0; m < methods.size(); m++) {
            for (int c = 0; c < classes; c++) {
                int n = counts[m][c];
                out.add(new FaithfulnessRow(methods.get(m).id(), data.classes().get(c), n, mean(sums[m][c][0], n),
                        mean(sums[m][c][1], n), mean(sums[m][c][2], n)));
            }
        }
        return out;
    }

    /** The mean of the fold's standardised training rows: the baseline regions are reset to. */
    static double[] trainingMean(double[][] x, FoldCapture.Model model) {
        double[] mean = new double[x[0].length];
        for (int s : model.training()) {
            double[] row = model.scaling().apply(x[s]);
            for (int j = 0; j < mean.length; j++) {
                mean[j] += row[j];
            }
        }
        for (int j = 0; j < mean.length; j++) {
            mean[j] /= model.training().length;
        }
        return mean;
    }

    private static int indexOf(List<MethodDescriptor> methods, String id) {
        for (int i = 0; i < methods.size(); i++) {
            if (methods.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new IllegalStateException("faithfulness row for unknown method " + id);
    }

    private static double mean(double sum, int n) {
        return n == 0 ? Double.NaN : sum / n;
    }
}
