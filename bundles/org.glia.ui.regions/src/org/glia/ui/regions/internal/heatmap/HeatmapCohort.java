package org.glia.ui.regions.internal.heatmap;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.glia.atlas.LabelTable;
import org.glia.cohort.Cohort;
import org.glia.cohort.Subject;
import org.glia.core.io.DataException;
import org.glia.core.nn.Mlp;
import org.glia.model.Layer;
import org.glia.model.Network;
import org.glia.model.Networks;
import org.glia.model.Study;
import org.glia.model.nn.MlpConversion;
import org.glia.ui.network.StudyCohort;
import org.glia.ui.regions.internal.Messages;

/**
 * A study's cohort as the heatmap needs it, read in the background: the subjects with their diagnoses and raw
 * feature vectors (one value per region), and the regions' names and atlas indices.
 *
 * @param subjects      subject ids, in cohort order
 * @param diagnoses     their diagnoses
 * @param features      their raw features
 * @param regionNames   the regions, in feature order
 * @param regionIndices their atlas label indices
 */
public record HeatmapCohort(List<String> subjects, List<String> diagnoses, List<double[]> features,
        List<String> regionNames, int[] regionIndices) {

    /**
     * Loads the cohort a study names and extracts every subject's features.
     *
     * @throws DataException when the cohort cannot be read or its features are not one per region
     */
    public static HeatmapCohort load(Path studyFile, String cohortPath, String featureName, IProgressMonitor monitor)
            throws DataException {
        SubMonitor progress = SubMonitor.convert(monitor, Messages.heatmapLoading, 10);
        StudyCohort loaded = StudyCohort.load(studyFile, cohortPath, featureName, progress.split(5));
        Cohort cohort = loaded.cohort();
        int regions = cohort.regionCount();
        if (loaded.features().size(regions) != regions) {
            throw new DataException(studyFile, Messages.bind(Messages.heatmapNotPerRegion, loaded.features().name()));
        }
        LabelTable labels = cohort.labels();
        List<String> names = new ArrayList<>();
        int[] indices = new int[regions];
        for (int j = 0; j < regions; j++) {
            names.add(labels.get(j).name());
            indices[j] = labels.get(j).index();
        }
        SubMonitor extract = progress.split(5).setWorkRemaining(cohort.subjects().size());
        List<String> ids = new ArrayList<>();
        List<String> diagnoses = new ArrayList<>();
        List<double[]> features = new ArrayList<>();
        for (Subject s : cohort.subjects()) {
            if (extract.isCanceled()) {
                throw new OperationCanceledException();
            }
            ids.add(s.id());
            diagnoses.add(s.diagnosis());
            features.add(loaded.features().extract(s.matrix()));
            extract.worked(1);
        }
        return new HeatmapCohort(List.copyOf(ids), List.copyOf(diagnoses), List.copyOf(features), List.copyOf(names),
                indices);
    }

    /** The diagnoses found among the subjects, in order of first appearance. */
    public List<String> diagnosesPresent() {
        Set<String> found = new LinkedHashSet<>(diagnoses);
        return List.copyOf(found);
    }

    /**
     * What the computation needs from the study's working network now. Reads the EMF model, so call it on the
     * UI thread.
     *
     * @throws IllegalArgumentException when the network cannot run or does not read one input per region
     */
    public HeatmapComputation.Inputs inputs(Study study) {
        Network network = study.getNetwork();
        Mlp net = MlpConversion.toMlp(network);
        if (net.inputs() != regionNames.size()) {
            throw new IllegalArgumentException(Messages.bind(Messages.heatmapInputMismatch, net.inputs(),
                    regionNames.size()));
        }
        List<double[]> standardised = features.stream().map(x -> MlpConversion.standardize(network, x)).toList();
        List<List<String>> nodeNames = new ArrayList<>();
        List<Layer> layers = network.getLayers();
        for (int k = 0; k < layers.size(); k++) {
            boolean hidden = k > 0 && k < layers.size() - 1;
            List<String> level = new ArrayList<>();
            for (int i = 0; i < layers.get(k).getNodes().size(); i++) {
                String label = layers.get(k).getNodes().get(i).getLabel();
                level.add(hidden || label == null || label.isBlank() ? Networks.ref(k, i) : label);
            }
            nodeNames.add(level);
        }
        List<String> classes = study.getClasses().size() == net.outputs() ? List.copyOf(study.getClasses())
                : nodeNames.get(nodeNames.size() - 1);
        return new HeatmapComputation.Inputs(net, standardised, subjects, diagnoses, classes, regionNames,
                regionIndices, nodeNames);
    }
}
