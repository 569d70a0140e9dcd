package org.glia.explain;

import java.util.Objects;

/**
 * How the paper's importance rule treats the two cases its formula leaves open: negative activations and
 * nodes whose weighted inputs are all zero.
 *
 * @param negatives what is done with an activation below zero before it enters {@code |W| * A}
 * @param zeroInput where the share of a node goes when {@code sum_l |W_il| * A_l} is zero
 */
public record ImportancePolicy(Negatives negatives, ZeroInput zeroInput) {

    /** Glia's default: {@code |A|} for negative activations, an even spread for zero-input nodes. */
    public static final ImportancePolicy DEFAULT = new ImportancePolicy(Negatives.ABSOLUTE, ZeroInput.SPREAD_EVENLY);

    /** What a negative activation (tanh layers, z-scored inputs) contributes. */
    public enum Negatives {
        /** Use {@code |A|}: a strongly negative input matters as much as a strongly positive one. */
        ABSOLUTE,
        /** Use {@code max(A, 0)}: only positive activations carry importance. */
        POSITIVE_PART;

        /** The value that replaces activation {@code a} in the rule. */
        public double map(double a) {
            return this == ABSOLUTE ? Math.abs(a) : Math.max(a, 0.0);
        }
    }

    /** Where the importance of a node with no weighted input goes. */
    public enum ZeroInput {
        /** Spread the node's share evenly over every node of the level below; conservation stays exact. */
        SPREAD_EVENLY,
        /** Drop the node's share and report it as unattributed; each level then sums to 1 minus what was dropped. */
        DROP
    }

    /** Creates a policy. */
    public ImportancePolicy {
        Objects.requireNonNull(negatives, "negatives");
        Objects.requireNonNull(zeroInput, "zeroInput");
    }

    /** One line for a legend, e.g. {@code "negative activations: |A|; zero-input nodes: spread evenly"}. */
    public String legend() {
        String neg = negatives == Negatives.ABSOLUTE ? "|A|" : "max(A, 0)";
        String zero = zeroInput == ZeroInput.SPREAD_EVENLY ? "spread evenly" : "dropped (unattributed)";
        return "negative activations: " + neg + "; zero-input nodes: " + zero;
    }
}
