package org.glia.report.tests;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds ../shared/data (third-party data beside the project); tests skip when it is absent. */
final class SharedData {

    private SharedData() {
    }

    /** The folder, or {@code null}: property glia.shared.data, /work/shared/data, or shared/data above the cwd. */
    static Path find() {
        String prop = System.getProperty("glia.shared.data");
        if (prop != null && Files.isDirectory(Path.of(prop))) {
            return Path.of(prop);
        }
        Path fixed = Path.of("/work/shared/data");
        if (Files.isDirectory(fixed)) {
            return fixed;
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path d = p.resolve("shared/data");
            if (Files.isDirectory(d)) {
                return d;
            }
        }
        return null;
    }
}
