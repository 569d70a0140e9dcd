package org.glia.report.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.glia.core.nn.Mlp;
import org.glia.train.EpochListener;
import org.glia.train.TrainResult;
import org.glia.train.TrainSettings;
import org.glia.train.Trainer;
import org.glia.train.eval.FeatureScaling;
import org.glia.train.eval.FoldPreprocessor;

/**
 * Keeps what cross-validation uses and drops: the standardisation and the trained network of every fold, so
 * that held-out subjects can be explained by the model that never saw them.
 * <p>
 * It wraps the preprocessor (which sees each fold's raw training rows, shared with the data) and the trainer
 * (which sees the same rows standardised) and pairs the two calls by checking that the fitted scaling turns
 * the training rows into exactly the rows the trainer got. It relies on nothing but the public contracts of
 * {@code FoldPreprocessor} and {@code Trainer}, and works whatever thread each fold runs on.
 */
public final class FoldCapture implements Trainer {

    /**
     * One training run: which subjects it was fitted on, their standardisation, and the trained network.
     *
     * @param training the training subjects (sorted indices into the data)
     * @param scaling  the standardisation fitted on them
     * @param network  the trained network
     */
    public record Model(int[] training, FeatureScaling scaling, Mlp network) {
    }

    /** A fitted scaling and the subjects it was fitted on, in the order the rows were given. */
    private record Fit(int[] subjects, FeatureScaling scaling) {
    }

    private final Trainer trainer;
    private final FoldPreprocessor preprocessor;
    private final double[][] x;
    private final Map<double[], Integer> rowIndex = new IdentityHashMap<>();
    private final List<Fit> fits = Collections.synchronizedList(new ArrayList<>());
    private final List<Model> models = Collections.synchronizedList(new ArrayList<>());

    /** Wraps {@code trainer} and {@code preprocessor} for data {@code x} (raw rows, one per subject). */
    public FoldCapture(Trainer trainer, FoldPreprocessor preprocessor, double[][] x) {
        this.trainer = trainer;
        this.preprocessor = preprocessor;
        this.x = x;
        for (int i = 0; i < x.length; i++) {
            rowIndex.put(x[i], i);
        }
    }

    /** The preprocessor to hand to cross-validation: the wrapped one, remembering each fit. */
    public FoldPreprocessor preprocessor() {
        return rows -> {
            FeatureScaling s = preprocessor.fit(rows);
            int[] subjects = new int[rows.length];
            for (int r = 0; r < rows.length; r++) {
                subjects[r] = indexOf(rows[r]);
            }
            fits.add(new Fit(subjects, s));
            return s;
        };
    }

    private int indexOf(double[] row) {
        Integer i = rowIndex.get(row);
        if (i != null) {
            return i;
        }
        for (int k = 0; k < x.length; k++) {
            if (Arrays.equals(x[k], row)) {
                return k;
            }
        }
        throw new IllegalStateException("a training row is not among the subjects' features");
    }

    @Override
    public String engine() {
        return trainer.engine();
    }

    @Override
    public int maxParallelRuns() {
        return trainer.maxParallelRuns();
    }

    @Override
    public TrainResult train(Mlp initial, double[][] scaled, int[] y, TrainSettings settings, EpochListener listener,
            IProgressMonitor monitor) {
        Fit fit = match(scaled);
        TrainResult r = trainer.train(initial, scaled, y, settings, listener, monitor);
        int[] training = fit.subjects().clone();
        Arrays.sort(training);
        models.add(new Model(training, fit.scaling(), r.network()));
        return r;
    }

    private Fit match(double[][] scaled) {
        synchronized (fits) {
            for (Fit f : fits) {
                if (f.subjects().length == scaled.length && scaled.length > 0
                        && fitsRows(f, scaled)) {
                    fits.remove(f);
                    return f;
                }
            }
        }
        throw new IllegalStateException("cannot tell which subjects a training run was given");
    }

    private boolean fitsRows(Fit f, double[][] scaled) {
        // the trainer gets the rows standardised, in the order the preprocessor saw them
        int last = scaled.length - 1;
        return Arrays.equals(f.scaling().apply(x[f.subjects()[0]]), scaled[0])
                && Arrays.equals(f.scaling().apply(x[f.subjects()[last]]), scaled[last]);
    }

    /** The run trained on every subject but {@code test} (sorted), e.g. a fold's model. */
    public Model heldOut(int[] test) {
        int n = x.length - test.length;
        synchronized (models) {
            for (Model m : models) {
                if (m.training().length == n && disjoint(m.training(), test)) {
                    return m;
                }
            }
        }
        throw new IllegalStateException("no training run left out the subjects " + Arrays.toString(test));
    }

    private static boolean disjoint(int[] sortedA, int[] sortedB) {
        int i = 0;
        int j = 0;
        while (i < sortedA.length && j < sortedB.length) {
            if (sortedA[i] == sortedB[j]) {
                return false;
            }
            if (sortedA[i] < sortedB[j]) {
                i++;
            } else {
                j++;
            }
        }
        return true;
    }
}
