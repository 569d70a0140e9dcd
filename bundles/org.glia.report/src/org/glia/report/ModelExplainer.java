package org.glia.report;

import java.io.IOException;
import java.nio.file.Path;

import org.glia.core.cli.UsageException;
import org.glia.core.io.DataException;
import org.glia.report.internal.ExplainTask;

/** Explains one node of a saved model ({@code .glia}) for one subject of the cohort the model references. */
public final class ModelExplainer {

    private ModelExplainer() {
    }

    /**
     * The region map of node {@code node} ({@code LAYER:INDEX}: layer 1 is the first hidden layer, the last the
     * output; index from 0) for subject {@code subject}, with method {@code method} (e.g. {@code "paper"}).
     * The subject's features are standardised with the network's stored standardisation.
     *
     * @throws UsageException when the method, the node or the subject does not exist
     * @throws DataException  when the model or its cohort cannot be read or do not fit together
     * @throws IOException    when reading fails otherwise
     */
    public static NodeExplanation explain(Path model, String subject, String node, String method)
            throws UsageException, DataException, IOException {
        return ExplainTask.explain(model, subject, node, method);
    }
}
