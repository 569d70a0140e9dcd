package org.glia.report.internal;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.glia.core.cli.UsageException;
import org.glia.core.nn.Activation;
import org.glia.core.nn.Mlp;
import org.glia.model.ActivationFunction;
import org.glia.model.Network;
import org.glia.model.nn.MlpConversion;
import org.glia.model.nn.NetworkBuilder;
import org.glia.report.AnalysisOptions;
import org.glia.train.EpochListener;
import org.glia.train.TrainSettings;
import org.glia.train.Trainer;
import org.glia.train.eval.CvListener;
import org.glia.train.eval.FoldPreprocessor;
import org.glia.train.retrain.Retrainer;
import org.glia.train.retrain.Retraining;

/**
 * Builds the network and trains it: stratified k-fold cross-validation (the z-score fitted on each fold's
 * training subjects only), then the final model on every subject.
 *
 * @param network    the freshly initialised network (the study's starting point)
 * @param trainer    the training engine used
 * @param retraining the cross-validation and the final training
 * @param capture    every fold's standardisation and trained network
 */
public record ModelTraining(Network network, Trainer trainer, Retraining retraining, FoldCapture capture) {

    /** Hidden activations analyze accepts. */
    public static final List<String> ACTIVATIONS = List.of("relu", "tanh", "sigmoid", "identity");

    /**
     * Trains.
     *
     * @throws UsageException when the activation is not one of {@link #ACTIVATIONS}
     * @throws org.eclipse.core.runtime.OperationCanceledException when cancelled
     */
    public static ModelTraining run(AnalysisData data, AnalysisOptions options, CvListener listener,
            IProgressMonitor monitor) throws UsageException {
        Network network = NetworkBuilder.build(data.regions(), hidden(options), activation(options.activation()),
                data.classes(), options.seed());
        Mlp initial = MlpConversion.toMlp(network);
        Trainer trainer = Engines.choose(options.trainSettings(), initial, data.subjects());
        // the version records the engine that ran, not "auto"
        TrainSettings settings = options.trainSettings().withEngine(trainer.engine());
        FoldCapture capture = new FoldCapture(trainer, FoldPreprocessor.Z_SCORE, data.x());
        Retraining r = Retrainer.run(capture, initial, data.x(), data.y(), settings, options.folds(),
                capture.preprocessor(), listener, EpochListener.NONE, monitor);
        return new ModelTraining(network, trainer, r, capture);
    }

    /** The hidden activation named {@code id}. */
    public static ActivationFunction activation(String id) throws UsageException {
        if (!ACTIVATIONS.contains(id)) {
            throw new UsageException("unknown activation '" + id + "'; choose one of " + String.join(", ", ACTIVATIONS));
        }
        return ActivationFunction.of(Activation.of(id));
    }

    private static int[] hidden(AnalysisOptions options) {
        return options.hidden().stream().mapToInt(Integer::intValue).toArray();
    }
}
