package org.glia.atlas;

import java.util.List;
import java.util.Locale;

/**
 * Infers a region's hemisphere from its name, for label tables that do not state it.
 * <p>
 * The rule, applied in this order (the first match wins):
 * <ol>
 * <li>suffix {@code _L}, {@code -L}, {@code .L} gives "L" and {@code _R}, {@code -R}, {@code .R} gives
 * "R" (upper case only, as in AAL: {@code Precentral_L});</li>
 * <li>prefix, case-insensitive: {@code lh_ lh- lh. L_ ctx-lh- ctx_lh_ Left- Left_} give "L" and
 * {@code rh_ rh- rh. R_ ctx-rh- ctx_rh_ Right- Right_} give "R" (FreeSurfer, Lausanne, ENIGMA);</li>
 * <li>otherwise "" (midline or unknown, e.g. {@code Vermis_1_2}, {@code Brain-Stem}).</li>
 * </ol>
 * Bare one-letter prefixes without a separator ({@code Lhippo}) are deliberately not recognised: they
 * cannot be told apart from names such as {@code Lingual}.
 */
public final class Hemispheres {

    private static final List<String> LEFT_PREFIXES = List.of("ctx-lh-", "ctx_lh_", "lh_", "lh-", "lh.", "l_",
            "left-", "left_");
    private static final List<String> RIGHT_PREFIXES = List.of("ctx-rh-", "ctx_rh_", "rh_", "rh-", "rh.", "r_",
            "right-", "right_");

    private Hemispheres() {
    }

    /** The hemisphere of a region name: "L", "R" or "" by the rule in the class comment. */
    public static String infer(String name) {
        if (name.length() > 2) {
            char sep = name.charAt(name.length() - 2);
            char last = name.charAt(name.length() - 1);
            if (sep == '_' || sep == '-' || sep == '.') {
                if (last == 'L') {
                    return "L";
                }
                if (last == 'R') {
                    return "R";
                }
            }
        }
        String lower = name.toLowerCase(Locale.ROOT);
        for (String p : LEFT_PREFIXES) {
            if (lower.startsWith(p) && lower.length() > p.length()) {
                return "L";
            }
        }
        for (String p : RIGHT_PREFIXES) {
            if (lower.startsWith(p) && lower.length() > p.length()) {
                return "R";
            }
        }
        return "";
    }

    /**
     * Normalises a hemisphere cell written by a user: L/left/lh give "L", R/right/rh give "R",
     * empty or "-" gives ""; anything else returns {@code null}.
     */
    public static String parse(String cell) {
        String c = cell.strip().toLowerCase(Locale.ROOT);
        return switch (c) {
            case "l", "left", "lh" -> "L";
            case "r", "right", "rh" -> "R";
            case "", "-", "m", "midline", "n/a", "na" -> "";
            default -> null;
        };
    }
}
