package org.glia.analysis.internal;

import java.nio.file.Path;
import java.util.List;

import org.glia.analysis.LabelledData;
import org.glia.cohort.Cohort;
import org.glia.cohort.CohortLoader;
import org.glia.core.io.DataException;
import org.glia.model.Study;

/** The load, classes and out steps: which subjects, which classes, where results go. */
public final class DataSteps {

    private DataSteps() {
    }

    /** {@code {"load": "COHORT"}}: loads and validates a cohort folder. */
    public static Action load(StepArgs args) throws StepFault {
        String given = args.string();
        int number = args.step().number();
        return (state, monitor) -> {
            Path dir = state.resolve(given);
            Cohort cohort;
            try {
                cohort = CohortLoader.load(dir, monitor);
            } catch (DataException e) {
                throw new DataException(state.experiment() + ": step " + number + " (load): the cohort " + dir
                        + " was refused", e.problems(), e.dropped());
            }
            state.setCohort(cohort);
            return given + ": " + cohort.subjects().size() + " subjects (" + Figures.counts(cohort.classCounts())
                    + "), " + cohort.regionCount() + " regions";
        };
    }

    /** {@code {"classes": ["HC", "AD"]}}: the classes to tell apart, in output-node order. */
    public static Action classes(StepArgs args) throws StepFault {
        List<String> classes = args.strings();
        return (state, monitor) -> {
            if (state.cohort() == null) {
                throw new StepFault("there is no cohort yet: put a load step first");
            }
            Study study = state.studyOrNull();
            if (study != null && !study.getClasses().equals(classes)) {
                throw new StepFault("the network classifies " + study.getClasses()
                        + "; choose the classes before the network step");
            }
            state.setClasses(classes);
            LabelledData d = state.data();
            return String.join(", ", classes) + ": " + d.y().length + " subjects (" + Figures.counts(d.counts())
                    + ")";
        };
    }

    /** {@code {"out": "DIR"}}: the folder versions.json is written to. */
    public static Action out(StepArgs args) throws StepFault {
        String given = args.string();
        return (state, monitor) -> {
            state.setOut(state.resolve(given));
            return given;
        };
    }
}
