package org.glia.report.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import org.glia.cohort.CohortLoader;
import org.glia.model.ActivationFunction;
import org.glia.model.nn.MlpConversion;
import org.glia.model.nn.NetworkBuilder;
import org.glia.report.internal.AnalysisData;
import org.glia.report.internal.FoldCapture;
import org.glia.train.EpochListener;
import org.glia.train.JavaTrainer;
import org.glia.train.TrainSettings;
import org.glia.train.eval.CvListener;
import org.glia.train.eval.FoldPreprocessor;
import org.glia.train.eval.FoldResult;
import org.glia.train.retrain.Retrainer;
import org.glia.train.retrain.Retraining;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The captured fold models are exactly the ones cross-validation scored. */
class FoldCaptureTest {

    @TempDir
    Path tmp;

    @Test
    void eachFoldsModelReproducesItsTestPredictions() throws Exception {
        AnalysisData data = AnalysisData.select(CohortLoader.load(FakeCohort.write(tmp.resolve("c")), null), List.of(),
                5);
        FoldCapture capture = new FoldCapture(new JavaTrainer(), FoldPreprocessor.Z_SCORE, data.x());
        var initial = MlpConversion.toMlp(NetworkBuilder.build(data.regions(), new int[] {4}, ActivationFunction.RELU,
                data.classes(), 3));
        Retraining r = Retrainer.run(capture, initial, data.x(), data.y(), TrainSettings.defaults().withEpochs(30), 5,
                capture.preprocessor(), CvListener.NONE, EpochListener.NONE, null);
        for (FoldResult f : r.cv().folds()) {
            FoldCapture.Model m = capture.heldOut(f.test());
            int[] expected = IntStream.range(0, data.subjects()).filter(i -> Arrays.binarySearch(f.test(), i) < 0)
                    .toArray();
            assertArrayEquals(expected, m.training());
            for (int i = 0; i < f.test().length; i++) {
                assertArrayEquals(f.probabilities()[i], m.network().predict(m.scaling().apply(data.x()[f.test()[i]])),
                        "fold " + f.fold() + " subject " + f.test()[i]);
            }
        }
        FoldCapture.Model all = capture.heldOut(new int[0]);
        assertEquals(r.result().network(), all.network(), "the final model is trained on everyone");
        assertArrayEquals(r.scaling().shift(), all.scaling().shift());
    }
}
