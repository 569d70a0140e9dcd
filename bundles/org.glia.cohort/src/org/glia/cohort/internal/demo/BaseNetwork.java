package org.glia.cohort.internal.demo;

import java.util.List;
import java.util.SplittableRandom;

import org.glia.cohort.demo.DemoRegion;
import org.glia.cohort.demo.DemoSettings;

/**
 * The healthy group's wiring that every subject varies around: pairs connect with a probability that
 * decays exponentially with centroid distance (scaled to reach the target density), weights decay
 * exponentially with distance too, and every homotopic left-right pair is linked.
 */
public final class BaseNetwork {

    private final int n;
    private final double[] weights;
    private final int edges;

    private BaseNetwork(int n, double[] weights, int edges) {
        this.n = n;
        this.weights = weights;
        this.edges = edges;
    }

    /** Draws the base network. */
    public static BaseNetwork draw(List<DemoRegion> regions, DemoSettings s, SplittableRandom rng) {
        int n = regions.size();
        double[] w = new double[n * n];
        boolean[] homotopic = new boolean[n * n];
        int pairs = n * (n - 1) / 2;
        int homotopicPairs = 0;
        double[] p = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                DemoRegion a = regions.get(i);
                DemoRegion b = regions.get(j);
                homotopic[i * n + j] = !a.hemisphere().equals(b.hemisphere()) && !a.hemisphere().isEmpty()
                        && !b.hemisphere().isEmpty() && a.homotopicKey().equals(b.homotopicKey());
                homotopicPairs += homotopic[i * n + j] ? 1 : 0;
                p[i * n + j] = StrictMath.exp(-a.distance(b) / s.probabilityScale());
            }
        }
        double scale = scaleFor(p, homotopic, n, s.density() * pairs - homotopicPairs);
        int edges = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                int k = i * n + j;
                double u = rng.nextDouble();
                double spread = Gaussian.factor(rng, s.templateSpread());
                double weight = 0;
                if (homotopic[k]) {
                    weight = s.homotopicWeight() * spread;
                } else if (u < Math.min(1, scale * p[k])) {
                    double d = regions.get(i).distance(regions.get(j));
                    weight = StrictMath.exp(-d / s.weightScale()) * spread;
                }
                if (weight > 0) {
                    w[k] = weight;
                    w[j * n + i] = weight;
                    edges++;
                }
            }
        }
        return new BaseNetwork(n, w, edges);
    }

    /** The factor c for which the expected number of sum(min(1, c p)) over non-homotopic pairs is target. */
    private static double scaleFor(double[] p, boolean[] homotopic, int n, double target) {
        double lo = 0;
        double hi = 1;
        while (expected(p, homotopic, n, hi) < target && hi < 1e12) {
            hi *= 2;
        }
        for (int it = 0; it < 100; it++) {
            double mid = (lo + hi) / 2;
            if (expected(p, homotopic, n, mid) < target) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return hi;
    }

    private static double expected(double[] p, boolean[] homotopic, int n, double c) {
        double sum = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (!homotopic[i * n + j]) {
                    sum += Math.min(1, c * p[i * n + j]);
                }
            }
        }
        return sum;
    }

    /** Number of regions. */
    public int size() {
        return n;
    }

    /** The base weight of a pair (0 when not connected). */
    public double weight(int i, int j) {
        return weights[i * n + j];
    }

    /** Fraction of region pairs connected. */
    public double density() {
        return n < 2 ? 0 : edges / (n * (n - 1) / 2.0);
    }
}
