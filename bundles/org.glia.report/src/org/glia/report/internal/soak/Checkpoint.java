package org.glia.report.internal.soak;

/**
 * One measurement of a soak run, taken after a cycle.
 *
 * @param cycle        cycles done
 * @param heapBytes    live heap after garbage collection
 * @param residentBytes the process's resident memory, -1 when unknown
 * @param versions     versions recorded in the study
 * @param commands     commands on the undo stack
 * @param hidden       nodes of the hidden layer
 * @param millisPerCycle mean wall time of the cycles since the previous measurement
 */
public record Checkpoint(int cycle, long heapBytes, long residentBytes, int versions, int commands, int hidden,
        double millisPerCycle) {
}
