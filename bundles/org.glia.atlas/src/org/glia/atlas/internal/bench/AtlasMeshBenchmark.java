package org.glia.atlas.internal.bench;

import java.util.List;

import org.glia.atlas.MeshOptions;
import org.glia.atlas.SystemAtlases;
import org.glia.atlas.VolumeAtlas;
import org.glia.core.cli.CommandContext;
import org.glia.core.cli.GliaCommand;
import org.glia.core.cli.UsageException;

/**
 * {@code ./glia bench atlas [--repetitions N] [--steps 0,1] [--threads N]}: AAL (all 116 regions) to
 * region meshes, first time (empty cache) and cached, with reading the NIfTI as the baseline; step 0 is
 * the default automatic step (2 on AAL's 1 mm grid), step 1 meshes every voxel.
 */
public final class AtlasMeshBenchmark implements GliaCommand {

    @Override
    public int run(CommandContext context) throws Exception {
        int repetitions = context.args().intOption("repetitions", 5, 1, 100);
        List<String> stepNames = context.args().listOption("steps", List.of("0", "1"));
        MeshOptions options = MeshOptions.defaults();
        options = options.withThreads(context.args().intOption("threads", options.threads(), 1, 64));
        context.args().checkAllUsed();
        context.args().maxPositional(0);
        int[] steps = new int[stepNames.size()];
        for (int i = 0; i < steps.length; i++) {
            steps[i] = parseStep(stepNames.get(i));
        }
        VolumeAtlas aal = SystemAtlases.aal(false);
        context.out().printf("AAL %s (%d regions) -> region meshes: budget %d triangles, %d Taubin iterations, "
                + "%d threads, %s%n", aal.volume(), aal.labels().size(), options.triangleBudget(),
                options.smoothingIterations(), options.threads(), Runtime.version());
        List<AtlasBenchmark.Row> rows = AtlasBenchmark.run(aal, options, repetitions, steps, context.monitor());
        AtlasBenchmark.print(rows, context.out());
        return OK;
    }

    private static int parseStep(String s) throws UsageException {
        try {
            int step = Integer.parseInt(s);
            if (step >= MeshOptions.AUTO_STEP && step <= 4) {
                return step;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("--steps takes sampling steps 0 (auto) or 1..4, got '" + s + "'");
    }
}
