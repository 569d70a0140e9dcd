package org.glia.analysis;

import java.nio.file.Path;

import org.glia.model.Study;

/**
 * What an experiment run left behind.
 *
 * @param study    the study at the end of the run (null when no network or open step ran)
 * @param versions the versions.json written
 * @param steps    the number of steps run
 */
public record ExperimentOutcome(Study study, Path versions, int steps) {
}
