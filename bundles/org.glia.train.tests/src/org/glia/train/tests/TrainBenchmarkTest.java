package org.glia.train.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.glia.core.cli.CommandContext;
import org.glia.core.cli.GliaCommand;
import org.glia.core.cli.UsageException;
import org.glia.train.internal.bench.TrainBenchmark;
import org.junit.jupiter.api.Test;

/** The training benchmark runs (shortened) and prints its table with the goals. */
class TrainBenchmarkTest {

    private static String run(String... args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
        int code = new TrainBenchmark().run(CommandContext.of(List.of(args), ps, ps, Path.of("."),
                new NullProgressMonitor()));
        assertEquals(GliaCommand.OK, code);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void printsBothEnginesAgainstTheGoals() throws Exception {
        String table = run("--runs", "1", "--epochs", "3", "--no-large");
        assertTrue(table.contains("retrain 62x90, 90-8-4-2, 3 epochs full batch"), table);
        assertTrue(table.contains("10-fold CV"), table);
        assertTrue(table.contains("< 1000 ms:") && table.contains("< 10000 ms:"), table);
        assertTrue(table.contains("MET"), table);
    }

    @Test
    void refusesBadArguments() {
        assertThrows(UsageException.class, () -> run("--runs", "0"));
        assertThrows(UsageException.class, () -> run("--fast"));
        assertThrows(UsageException.class, () -> run("extra"));
    }
}
