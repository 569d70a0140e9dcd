package org.glia.atlas.internal.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.glia.atlas.AtlasMeshes;
import org.glia.atlas.AtlasSurfaces;
import org.glia.atlas.MeshOptions;
import org.glia.atlas.NiftiReader;
import org.glia.atlas.VolumeAtlas;
import org.glia.core.io.DataException;

/**
 * Times an atlas to region meshes: reading the NIfTI alone (the baseline), the first build into an
 * empty cache folder, and loads from that cache; each several times, reporting the median.
 */
public final class AtlasBenchmark {

    /** One measured case. */
    public record Row(String name, int triangles, long[] nanos) {

        /** The median time in milliseconds. */
        public double medianMs() {
            long[] s = nanos.clone();
            Arrays.sort(s);
            int n = s.length;
            return (n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2.0) / 1e6;
        }

        /** The fastest run in milliseconds. */
        public double minMs() {
            return Arrays.stream(nanos).min().orElse(0) / 1e6;
        }

        /** The slowest run in milliseconds. */
        public double maxMs() {
            return Arrays.stream(nanos).max().orElse(0) / 1e6;
        }
    }

    private AtlasBenchmark() {
    }

    /** Runs every case {@code repetitions} times for each sampling step given. */
    public static List<Row> run(VolumeAtlas atlas, MeshOptions base, int repetitions, int[] steps,
            IProgressMonitor monitor) throws DataException, IOException {
        List<Row> rows = new ArrayList<>();
        long[] read = new long[repetitions];
        for (int r = 0; r < repetitions; r++) {
            long t0 = System.nanoTime();
            NiftiReader.read(atlas.volume());
            read[r] = System.nanoTime() - t0;
        }
        rows.add(new Row("read NIfTI (baseline)", 0, read));
        for (int step : steps) {
            long[] first = new long[repetitions];
            long[] cached = new long[repetitions];
            int triangles = 0;
            for (int r = 0; r < repetitions; r++) {
                Path folder = Files.createTempDirectory("glia-mesh-bench");
                try {
                    MeshOptions o = base.withStep(step).withCacheFolder(folder);
                    long t0 = System.nanoTime();
                    AtlasMeshes built = AtlasSurfaces.load(atlas.volume(), atlas.labels(), o, monitor);
                    first[r] = System.nanoTime() - t0;
                    t0 = System.nanoTime();
                    AtlasMeshes again = AtlasSurfaces.load(atlas.volume(), atlas.labels(), o, monitor);
                    cached[r] = System.nanoTime() - t0;
                    triangles = built.triangleCount();
                    if (again.triangleCount() != triangles) {
                        throw new IllegalStateException("the cache returned other meshes");
                    }
                } finally {
                    delete(folder);
                }
            }
            String label = step == MeshOptions.AUTO_STEP
                    ? "step " + base.withStep(step).stepFor(NiftiReader.read(atlas.volume()).affine()) + " (auto)"
                    : "step " + step;
            rows.add(new Row("first time, " + label, triangles, first));
            rows.add(new Row("cached, " + label, triangles, cached));
        }
        return rows;
    }

    /** Prints the rows as a small table. */
    public static void print(List<Row> rows, PrintStream out) {
        out.printf(Locale.ROOT, "%-28s %10s %5s %10s %9s %9s%n", "case", "triangles", "runs", "median ms", "min ms",
                "max ms");
        for (Row r : rows) {
            out.printf(Locale.ROOT, "%-28s %10s %5d %10.1f %9.1f %9.1f%n", r.name(),
                    r.triangles() > 0 ? Integer.toString(r.triangles()) : "-", r.nanos().length, r.medianMs(),
                    r.minMs(), r.maxMs());
        }
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> s = Files.walk(folder)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
