package org.glia.report.internal.cli;

import java.io.PrintStream;
import java.util.Locale;

import org.glia.core.cli.Arguments;
import org.glia.core.cli.CommandContext;
import org.glia.core.cli.GliaCommand;
import org.glia.explain.AttributionMethods;
import org.glia.report.NodeExplanation;
import org.glia.report.internal.ExplainTask;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/**
 * {@code glia explain MODEL.glia --subject ID --node LAYER:INDEX [--method paper] [--json]}: prints the region
 * map of one node for one subject, as a ranked table or as JSON
 * ({@code {"regions": [{"name", "importance"}], "layer_sums": [...], ...}}, regions in cohort order).
 */
public final class ExplainCommand implements GliaCommand {

    @Override
    public int run(CommandContext ctx) throws Exception {
        Arguments a = ctx.args();
        boolean json = a.flag("json");
        String model = a.positional(0, "MODEL.glia");
        a.maxPositional(1);
        String subject = a.requiredOption("subject");
        String node = a.requiredOption("node");
        String method = a.option("method", AttributionMethods.PAPER);
        a.checkAllUsed();
        NodeExplanation e = ExplainTask.explain(ctx.resolve(model), subject, node, method);
        if (json) {
            ctx.out().println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(toJson(e)));
        } else {
            print(e, ctx.out());
        }
        return OK;
    }

    /** The JSON form of an explanation. */
    public static JsonObject toJson(NodeExplanation e) {
        JsonObject o = new JsonObject();
        o.addProperty("subject", e.subject());
        o.addProperty("diagnosis", e.diagnosis());
        o.addProperty("method", e.method());
        JsonObject node = new JsonObject();
        node.addProperty("layer", e.level());
        node.addProperty("index", e.node());
        node.addProperty("label", e.nodeLabel());
        o.add("node", node);
        JsonArray regions = new JsonArray();
        for (int j = 0; j < e.regions().size(); j++) {
            JsonObject r = new JsonObject();
            r.addProperty("name", e.regions().get(j));
            r.add("importance", num(e.importance()[j]));
            regions.add(r);
        }
        o.add("regions", regions);
        JsonArray sums = new JsonArray();
        for (double s : e.layerSums()) {
            sums.add(num(s));
        }
        o.add("layer_sums", sums);
        JsonObject p = new JsonObject();
        for (int c = 0; c < e.classes().size() && c < e.probabilities().length; c++) {
            p.add(e.classes().get(c), num(e.probabilities()[c]));
        }
        o.add("probabilities", p);
        return o;
    }

    private static JsonElement num(double v) {
        return Double.isFinite(v) ? new JsonPrimitive(v) : JsonNull.INSTANCE;
    }

    private static void print(NodeExplanation e, PrintStream out) {
        out.println("subject " + e.subject() + " (" + e.diagnosis() + "), node " + e.level() + ":" + e.node()
                + (e.nodeLabel().isEmpty() ? "" : " (" + e.nodeLabel() + ")") + ", method " + e.method());
        StringBuilder p = new StringBuilder("probabilities:");
        for (int c = 0; c < e.classes().size() && c < e.probabilities().length; c++) {
            p.append(String.format(Locale.ROOT, " %s %.4f", e.classes().get(c), e.probabilities()[c]));
        }
        out.println(p);
        StringBuilder s = new StringBuilder("layer sums (input to node):");
        for (double v : e.layerSums()) {
            s.append(Double.isNaN(v) ? " -" : String.format(Locale.ROOT, " %.6f", v));
        }
        out.println(s);
        out.println("rank  importance  region");
        Integer[] order = new Integer[e.importance().length];
        for (int j = 0; j < order.length; j++) {
            order[j] = j;
        }
        java.util.Arrays.sort(order, (i, j) -> {
            int c = Double.compare(Math.abs(e.importance()[j]), Math.abs(e.importance()[i]));
            return c != 0 ? c : Integer.compare(i, j);
        });
        for (int r = 0; r < order.length; r++) {
            out.println(String.format(Locale.ROOT, "%4d  %10.6f  %s", r + 1, e.importance()[order[r]],
                    e.regions().get(order[r])));
        }
    }
}
