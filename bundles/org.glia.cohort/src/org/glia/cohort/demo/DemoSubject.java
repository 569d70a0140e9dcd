package org.glia.cohort.demo;

import org.glia.cohort.ConnectomeMatrix;

/**
 * One simulated participant.
 *
 * @param id        participant id, e.g. sub-001
 * @param diagnosis HC, MCI or AD
 * @param age       age in years
 * @param sex       F or M
 * @param severity  how strongly the disease acts (0 for HC; around 1 for AD, around the MCI fraction for MCI)
 * @param matrix    the connectome, already rounded to the digits written to disk
 */
public record DemoSubject(String id, String diagnosis, int age, String sex, double severity,
        ConnectomeMatrix matrix) {
}
