package org.glia.atlas.tests;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates {@code ../shared/data} beside the repository, as the project's tests agree to. */
final class SharedData {

    private SharedData() {
    }

    /**
     * The shared data folder: the system property {@code glia.shared.data}, else {@code /work/shared/data},
     * else the first {@code shared/data} found walking up from the working folder; {@code null} if none.
     */
    static Path folder() {
        String prop = System.getProperty("glia.shared.data");
        if (prop != null && Files.isDirectory(Path.of(prop))) {
            return Path.of(prop);
        }
        Path fixed = Path.of("/work/shared/data");
        if (Files.isDirectory(fixed)) {
            return fixed;
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared").resolve("data");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
