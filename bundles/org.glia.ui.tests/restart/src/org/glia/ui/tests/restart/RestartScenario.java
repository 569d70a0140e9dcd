package org.glia.ui.tests.restart;

import java.nio.file.Path;

import org.glia.core.color.ValueMapping;
import org.glia.render.ThresholdMode;
import org.glia.ui.brain.Comparison;
import org.glia.ui.controls.internal.ControlsState;
import org.glia.ui.controls.internal.MappingFields;

/** What the restart check sets up before quitting and expects after starting again. */
final class RestartScenario {

    /** The region chosen in the cohort view. */
    static final String REGION = "Precuneus_L";
    /** The feature chosen in the cohort view. */
    static final String FEATURE = "binary-degree";

    private RestartScenario() {
    }

    /** The folder both runs share (-Drestart.dir). */
    static Path dir() {
        return Path.of(System.getProperty("restart.dir"));
    }

    static Path study() {
        return dir().resolve("study").resolve("study.glia");
    }

    static Path cohort() {
        return dir().resolve("cohort");
    }

    /** The Controls view's settings: every one differs from a fresh view's. */
    static ControlsState controls() {
        return new ControlsState("hot", "viridis", new MappingFields(ValueMapping.Kind.GAMMA, "0.5", "", "0.9"),
                new MappingFields(ValueMapping.Kind.LOG, "1", "0.001", ""), "0.15", ThresholdMode.HIDE, 60, 8, "paper",
                "sub-05", null, Comparison.classes("AD", "HC"));
    }
}
