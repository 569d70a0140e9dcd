package org.glia.report.internal.soak;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;

/** Measures the live heap (used after full collections) and, on Linux, the process's resident memory. */
final class HeapProbe {

    private static final int COLLECTIONS = 4;
    private static final Path STATUS = Path.of("/proc/self/status");

    private HeapProbe() {
    }

    /**
     * Heap bytes in use after garbage collection: several {@code System.gc()} calls with short pauses (so that
     * reference processing and a concurrent cycle can finish), the smallest reading of the memory bean kept.
     */
    static long heapAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long least = Long.MAX_VALUE;
        for (int i = 0; i < COLLECTIONS; i++) {
            System.gc();
            try {
                Thread.sleep(40);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            least = Math.min(least, memory.getHeapMemoryUsage().getUsed());
        }
        return least;
    }

    /** The resident set size in bytes (heap, native GL buffers, code), or -1 where /proc is missing. */
    static long residentBytes() {
        try {
            for (String line : Files.readAllLines(STATUS)) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            // not Linux, or an unexpected format: unknown
        }
        return -1;
    }
}
