package org.glia.render.internal.cli;

import java.util.Locale;

import org.glia.core.cli.Arguments;
import org.glia.core.cli.CommandContext;
import org.glia.core.cli.GliaCommand;
import org.glia.core.cli.UsageException;
import org.glia.core.color.ColorMaps;
import org.glia.core.color.ValueMapping;
import org.glia.render.StandardView;
import org.glia.render.ThresholdMode;

/**
 * {@code glia render COHORT --map importance.csv [--class AD] [--view left] --out brain.png [--size WxH]
 * [--colormap viridis] [--mapping linear|log|gamma:G] [--threshold X] [--below glass|hide] [--top 10]
 * [--title TEXT] [--legend TEXT]}: a headless picture of one class's region map.
 */
public final class RenderCommand implements GliaCommand {

    @Override
    public int run(CommandContext ctx) throws Exception {
        Arguments args = ctx.args();
        String cohort = args.positional(0, "COHORT");
        args.maxPositional(1);
        String map = args.requiredOption("map");
        String out = args.requiredOption("out");
        String className = args.option("class", null);
        StandardView view = parse(() -> StandardView.parse(args.option("view", "left")));
        int[] size = size(args.option("size", "1600x1200"));
        String colormap = args.option("colormap", ColorMaps.DEFAULT_ID);
        var colorMap = parse(() -> ColorMaps.get(colormap.toLowerCase(Locale.ROOT)));
        ValueMapping mapping = mapping(args.option("mapping", "linear"));
        double threshold = threshold(args.option("threshold", null));
        ThresholdMode below = parse(() -> ThresholdMode.valueOf(args.option("below", "glass").toUpperCase(Locale.ROOT)));
        int top = args.intOption("top", 10, 0, 100);
        String title = args.option("title", null);
        String legend = args.option("legend", "");
        args.checkAllUsed();
        RenderRequest request = new RenderRequest(ctx.resolve(cohort), ctx.resolve(map), className, view,
                ctx.resolve(out), size[0], size[1], colorMap, mapping, threshold, below, top, title, legend);
        ctx.out().println(new RenderTask(ctx.err()).run(request, ctx.monitor()));
        return OK;
    }

    /** Turns an IllegalArgumentException of a parser into a usage error. */
    private static <T> T parse(Parser<T> p) throws UsageException {
        try {
            return p.get();
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage().startsWith("No enum") ? "--below takes glass or hide" : e.getMessage());
        }
    }

    /** A parser that may throw {@link UsageException} or IllegalArgumentException. */
    private interface Parser<T> {
        T get() throws UsageException;
    }

    static int[] size(String s) throws UsageException {
        String[] p = s.toLowerCase(Locale.ROOT).split("x");
        try {
            if (p.length == 2) {
                int w = Integer.parseInt(p[0].trim());
                int h = Integer.parseInt(p[1].trim());
                if (w >= 16 && h >= 16 && w <= 8192 && h <= 8192) {
                    return new int[] {w, h};
                }
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("--size takes WIDTHxHEIGHT with 16..8192 pixels each, e.g. 1600x1200; got '" + s + "'");
    }

    static ValueMapping mapping(String s) throws UsageException {
        String k = s.trim().toLowerCase(Locale.ROOT);
        if (k.equals("linear")) {
            return ValueMapping.linear(0, 1);
        }
        if (k.equals("log")) {
            return ValueMapping.log(1e-6, 1);
        }
        if (k.startsWith("gamma:")) {
            try {
                double g = Double.parseDouble(k.substring(6));
                if (g > 0 && g < 100) {
                    return ValueMapping.gamma(0, 1, g);
                }
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        throw new UsageException("--mapping takes linear, log or gamma:G (G > 0, e.g. gamma:0.5); got '" + s + "'");
    }

    static double threshold(String s) throws UsageException {
        if (s == null) {
            return Double.NaN;
        }
        try {
            double t = Double.parseDouble(s.trim());
            if (Double.isFinite(t)) {
                return t;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("--threshold takes a number, got '" + s + "'");
    }
}
