package org.glia.report.internal;

import java.util.List;
import java.util.Set;

/**
 * The report's "top regions" section: the most important regions of each class side by side, and, for a
 * cohort with planted (simulated) effects, how many planted regions each class map ranks among its top ones.
 */
final class TopRegions {

    private TopRegions() {
    }

    /** Appends the section listing the {@code top} first regions of every class. */
    static void write(Html h, Outcome o, int top) {
        ClassImportance ci = o.importance();
        List<String> regions = o.data().regions();
        List<String> classes = o.data().classes();
        Set<String> planted = ReportHtml.planted(o.data());
        h.raw("<h2>Top regions per class</h2>\n");
        if (!planted.isEmpty()) {
            int k = planted.size();
            StringBuilder s = new StringBuilder("Planted regions (cohort.json, " + k + " regions, marked \u25cf) "
                    + "among the top " + k + " of each class map:");
            for (int c = 0; c < classes.size(); c++) {
                s.append(c == 0 ? " " : ", ").append(classes.get(c)).append(' ')
                        .append(recovered(ci.ranked(c, regions), planted, k)).append(" of ").append(k);
            }
            h.raw("<p>").text(s.append('.').toString()).raw("</p>\n");
        }
        h.raw("<div class=\"flex\">\n");
        for (int c = 0; c < classes.size(); c++) {
            h.raw("<table>\n<tr><th colspan=\"3\">").text(classes.get(c)).raw("</th></tr>\n"
                    + "<tr><th>rank</th><th class=\"l\">region</th><th>importance</th></tr>\n");
            int[] order = ci.order(c);
            for (int r = 0; r < Math.min(top, order.length); r++) {
                String name = regions.get(order[r]);
                boolean mark = planted.contains(name);
                h.raw("<tr><td>" + (r + 1) + "</td><td class=\"l" + (mark ? " planted" : "") + "\">")
                        .text(mark ? name + " \u25cf" : name).raw("</td><td>")
                        .text(Markup.num(ci.normalised()[c][order[r]], 4)).raw("</td></tr>\n");
            }
            h.raw("</table>\n");
        }
        h.raw("</div>\n");
    }

    /** How many of the first {@code k} names are planted. */
    static int recovered(List<String> ranked, Set<String> planted, int k) {
        int n = 0;
        for (int i = 0; i < Math.min(k, ranked.size()); i++) {
            if (planted.contains(ranked.get(i))) {
                n++;
            }
        }
        return n;
    }
}
