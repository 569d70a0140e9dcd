package org.glia.atlas.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.glia.atlas.SystemAtlases;
import org.glia.atlas.internal.bench.AtlasMeshBenchmark;
import org.glia.core.cli.CommandContext;
import org.glia.core.cli.GliaCommand;
import org.glia.core.cli.UsageException;
import org.junit.jupiter.api.Test;

/** Runs the atlas benchmark command once, quickly (skipped without AAL). */
class AtlasMeshBenchmarkTest {

    private static CommandContext context(ByteArrayOutputStream out, String... args) {
        return CommandContext.of(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8), System.err,
                Path.of("."), new NullProgressMonitor());
    }

    @Test
    void printsATable() throws Exception {
        assumeTrue(SystemAtlases.hasAal(), "AAL not installed (apt-get install mricron-data)");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int rc = new AtlasMeshBenchmark().run(context(out, "--repetitions", "1", "--steps", "0"));
        assertEquals(GliaCommand.OK, rc);
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("read NIfTI (baseline)") && text.contains("first time, step 2 (auto)")
                && text.contains("cached, step 2 (auto)"), text);
    }

    @Test
    void refusesBadArguments() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThrows(UsageException.class, () -> new AtlasMeshBenchmark().run(context(out, "--steps", "9")));
        assertThrows(UsageException.class, () -> new AtlasMeshBenchmark().run(context(out, "--bogus", "1")));
    }
}
