package org.glia.ui.regions.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import javax.xml.parsers.DocumentBuilderFactory;

import org.glia.core.color.ColorMap;
import org.glia.core.color.ColorMaps;
import org.glia.core.nn.Activation;
import org.glia.core.nn.DenseLayer;
import org.glia.core.nn.Mlp;
import org.glia.explain.AttributionMethods;
import org.glia.explain.ClassMaps;
import org.glia.explain.ExplainContext;
import org.glia.explain.MethodDescriptor;
import org.glia.ui.RegionSelection;
import org.glia.ui.regions.internal.heatmap.HeatmapColors;
import org.glia.ui.regions.internal.heatmap.HeatmapColumns;
import org.glia.ui.regions.internal.heatmap.HeatmapComputation;
import org.glia.ui.regions.internal.heatmap.HeatmapCsv;
import org.glia.ui.regions.internal.heatmap.HeatmapData;
import org.glia.ui.regions.internal.heatmap.HeatmapLayout;
import org.glia.ui.regions.internal.heatmap.HeatmapOrder;
import org.glia.ui.regions.internal.heatmap.HeatmapSource;
import org.glia.ui.regions.internal.heatmap.HeatmapSvg;
import org.glia.ui.regions.internal.heatmap.HeatmapViewport;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The heatmap's logic without a workbench: values equal the attribution methods' own results, the writers'
 * output, colours, the layout's hit testing and the zoom.
 */
class HeatmapLogicTest {

    static final List<String> REGIONS = List.of("Occipital_L", "Occipital_R", "Frontal_L", "Frontal_R");
    static final int[] INDICES = {11, 12, 21, 22};

    /** A 4-3-2-2 network with fixed weights and six subjects (HC, AD, HC, AD, MCI, AD). */
    static HeatmapComputation.Inputs inputs() {
        SplittableRandom r = new SplittableRandom(3);
        Mlp net = new Mlp(List.of(layer(r, 4, 3, Activation.RELU), layer(r, 3, 2, Activation.TANH),
                layer(r, 2, 2, Activation.SOFTMAX)));
        List<double[]> xs = new ArrayList<>();
        for (int s = 0; s < 6; s++) {
            xs.add(r.doubles(4, -1, 2).toArray());
        }
        List<List<String>> nodes = List.of(REGIONS, List.of("1:0", "1:1", "1:2"), List.of("2:0", "2:1"),
                List.of("HC", "AD"));
        return new HeatmapComputation.Inputs(net, xs, List.of("s1", "s2", "s3", "s4", "s5", "s6"),
                List.of("HC", "AD", "HC", "AD", "MCI", "AD"), List.of("HC", "AD"), REGIONS, INDICES, nodes);
    }

    private static DenseLayer layer(SplittableRandom r, int in, int out, Activation a) {
        return new DenseLayer(in, out, r.doubles((long) in * out, -1, 1).toArray(), r.doubles(out, -0.2, 0.5).toArray(), a);
    }

    @Test
    void subjectColumnsAreTheMethodsOwnAttributions() {
        HeatmapComputation.Inputs in = inputs();
        MethodDescriptor paper = AttributionMethods.get(AttributionMethods.PAPER);
        HeatmapData d = HeatmapComputation.compute(in, HeatmapColumns.nodes(1), HeatmapSource.subject("s3"), paper,
                "t", null);
        assertEquals(4, d.rows());
        assertEquals(3, d.columns());
        assertEquals(1, d.level());
        assertFalse(d.signed());
        assertEquals("Frontal_L", d.rowName(2));
        assertEquals(21, d.rowIndex(2));
        assertEquals("1:2", d.columnName(2));
        ExplainContext ctx = ExplainContext.of(in.inputMean());
        for (int node = 0; node < 3; node++) {
            double[] direct = paper.method().attribute(in.net(), in.inputs().get(2), 1, node, ctx);
            for (int j = 0; j < 4; j++) {
                assertEquals(direct[j], d.value(j, node), 1e-12, "node " + node + " region " + j);
            }
        }
    }

    @Test
    void classMeanAndSignedMethods() {
        HeatmapComputation.Inputs in = inputs();
        MethodDescriptor grad = AttributionMethods.get("gradxinput");
        HeatmapData d = HeatmapComputation.compute(in, HeatmapColumns.nodes(2), HeatmapSource.ofClass("AD"), grad,
                "t", null);
        assertTrue(d.signed());
        ExplainContext ctx = ExplainContext.of(in.inputMean());
        for (int node = 0; node < 2; node++) {
            double[] mean = new double[4];
            for (int s : new int[] {1, 3, 5}) {
                double[] m = grad.method().attribute(in.net(), in.inputs().get(s), 2, node, ctx);
                for (int j = 0; j < 4; j++) {
                    mean[j] += m[j] / 3;
                }
            }
            for (int j = 0; j < 4; j++) {
                assertEquals(mean[j], d.value(j, node), 1e-12);
            }
        }
        HeatmapData none = HeatmapComputation.compute(in, HeatmapColumns.nodes(1), HeatmapSource.ofClass("XX"),
                grad, "t", null);
        assertTrue(Double.isNaN(none.value(0, 0)), "a class without subjects has no values");
    }

    @Test
    void classColumnsFromEachClassesOwnSubjectsOrFromOneSubject() {
        HeatmapComputation.Inputs in = inputs();
        MethodDescriptor paper = AttributionMethods.get(AttributionMethods.PAPER);
        HeatmapData own = HeatmapComputation.compute(in, HeatmapColumns.ofClasses(), HeatmapSource.ownClass(), paper,
                "t", null);
        assertEquals(3, own.level());
        assertEquals(List.of("HC", "AD"), List.of(own.columnName(0), own.columnName(1)));
        // the MCI subject is left out: it is of no output class
        List<double[]> xs = List.of(in.inputs().get(0), in.inputs().get(1), in.inputs().get(2), in.inputs().get(3),
                in.inputs().get(5));
        double[][] expected = ClassMaps.ofClasses(paper.method(), in.net(), xs, new int[] {0, 1, 0, 1, 1},
                ExplainContext.of(in.inputMean()), null);
        for (int c = 0; c < 2; c++) {
            for (int j = 0; j < 4; j++) {
                assertEquals(expected[c][j], own.value(j, c), 1e-12);
            }
        }
        HeatmapData one = HeatmapComputation.compute(in, HeatmapColumns.ofClasses(), HeatmapSource.subject("s5"), paper,
                "t", null);
        double[] ad = paper.method().attribute(in.net(), in.inputs().get(4), 3, 1, ExplainContext.defaults());
        for (int j = 0; j < 4; j++) {
            assertEquals(ad[j], one.value(j, 1), 1e-12);
        }
    }

    @Test
    void refusesWhatCannotBeShown() {
        HeatmapComputation.Inputs in = inputs();
        MethodDescriptor paper = AttributionMethods.get(AttributionMethods.PAPER);
        assertThrows(IllegalArgumentException.class, () -> HeatmapComputation.compute(in, HeatmapColumns.nodes(3),
                HeatmapSource.subject("s1"), paper, "t", null), "the output level is not a hidden level");
        assertThrows(IllegalArgumentException.class, () -> HeatmapComputation.compute(in, HeatmapColumns.nodes(1),
                HeatmapSource.subject("nobody"), paper, "t", null));
        assertThrows(IllegalArgumentException.class, () -> new HeatmapComputation.Inputs(in.net(), in.inputs(),
                in.subjects(), in.diagnoses(), in.classes(), REGIONS.subList(0, 3), new int[3], in.nodeNames()));
    }

    @Test
    void savedChoicesReadBack() {
        for (HeatmapColumns c : List.of(HeatmapColumns.nodes(2), HeatmapColumns.ofClasses())) {
            assertEquals(c, HeatmapColumns.parse(c.key()));
        }
        for (HeatmapSource s : List.of(HeatmapSource.subject("sub:01"), HeatmapSource.ofClass("AD"),
                HeatmapSource.ownClass())) {
            assertEquals(s, HeatmapSource.parse(s.key()));
        }
        assertEquals(null, HeatmapColumns.parse("level:x"));
        assertEquals(null, HeatmapSource.parse("other"));
    }

    static HeatmapData small() {
        double[][] v = {{0.5, 0.1}, {Double.NaN, 0.2}, {0.3, 0.30000000000000004}};
        return new HeatmapData("Layer 1 nodes \u00b7 class AD (mean) \u00b7 paper", List.of("A&B <x>", "Thal, L", "C"),
                new int[] {7, 8, 9}, List.of("1:0", "1:1"), 1, new int[] {0, 1}, v, false);
    }

    @Test
    void csvInDisplayedOrderAtFullPrecision() throws Exception {
        HeatmapData d = small().reorder(new HeatmapOrder(new int[] {2, 0, 1}, new int[] {1, 0}));
        StringWriter w = new StringWriter();
        HeatmapCsv.write(d, w);
        String[] lines = w.toString().split("\n");
        assertEquals("region_index,region,1:1,1:0", lines[0]);
        assertEquals("9,C,0.30000000000000004,0.3", lines[1]);
        assertEquals("7,A&B <x>,0.1,0.5", lines[2]);
        assertEquals("8,\"Thal, L\",0.2,", lines[3]);
        assertEquals(4, lines.length);
    }

    @Test
    void svgIsWellFormedWithOneRectanglePerCell() throws Exception {
        HeatmapData d = small();
        HeatmapColors colors = HeatmapColors.of(d, ColorMaps.get("viridis"));
        StringWriter w = new StringWriter();
        HeatmapSvg.write(d, colors, w);
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(w.toString().getBytes(StandardCharsets.UTF_8)));
        Element svg = doc.getDocumentElement();
        assertEquals("svg", svg.getTagName());
        assertTrue(Integer.parseInt(svg.getAttribute("width")) > 0);
        Element cells = group(doc, "cells");
        NodeList rects = cells.getElementsByTagName("rect");
        assertEquals(6, rects.getLength());
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 2; c++) {
                Element rect = (Element) rects.item(r * 2 + c);
                assertEquals(String.format(Locale.ROOT, "#%06x", colors.rgb(d.value(r, c))), rect.getAttribute("fill"));
            }
        }
        assertEquals(String.format(Locale.ROOT, "#%06x", HeatmapColors.NO_VALUE),
                ((Element) rects.item(2)).getAttribute("fill"), "no value: grey");
        NodeList rowLabels = group(doc, "row-labels").getElementsByTagName("text");
        assertEquals("A&B <x>", rowLabels.item(0).getTextContent(), "escaped and read back");
        assertEquals(2, group(doc, "column-labels").getElementsByTagName("text").getLength());
        assertTrue(group(doc, "colour-bar").getElementsByTagName("rect").getLength() > 10);
    }

    private static Element group(Document doc, String id) {
        NodeList gs = doc.getElementsByTagName("g");
        for (int i = 0; i < gs.getLength(); i++) {
            Element g = (Element) gs.item(i);
            if (id.equals(g.getAttribute("id"))) {
                return g;
            }
        }
        throw new AssertionError("no group " + id);
    }

    @Test
    void aCellsRegionIsRankedWithinItsColumn() {
        HeatmapData d = small();
        assertEquals(new RegionSelection(7, "A&B <x>", 0.5, 1, 2), d.region(0, 0));
        assertEquals(new RegionSelection(8, "Thal, L", Double.NaN, 0, 2), d.region(1, 0));
        assertEquals(new RegionSelection(9, "C", 0.30000000000000004, 1, 3), d.region(2, 1));
        HeatmapData signed = new HeatmapData("s", List.of("a", "b", "c"), new int[] {3, 1, 2}, List.of("x"), 1,
                new int[] {0}, new double[][] {{-2}, {1}, {2}}, true);
        assertEquals(2, signed.region(0, 0).rank(), "equal magnitudes: the lower atlas index (2) first");
        assertEquals(1, signed.region(2, 0).rank());
        assertEquals(3, signed.region(1, 0).rank());
    }

    @Test
    void colours() {
        ColorMap viridis = ColorMaps.get("viridis");
        HeatmapData d = small();
        HeatmapColors c = HeatmapColors.of(d, viridis);
        assertEquals(viridis.rgb(0), c.rgb(0.1));
        assertEquals(viridis.rgb(1), c.rgb(0.5));
        assertEquals(HeatmapColors.NO_VALUE, c.rgb(Double.NaN));
        assertEquals(0.5, c.valueAt(1), 1e-12);
        ColorMap coolwarm = ColorMaps.get("coolwarm");
        HeatmapData signed = new HeatmapData("s", List.of("a", "b"), new int[] {1, 2}, List.of("x"), 1, new int[] {0},
                new double[][] {{-2}, {1}}, true);
        HeatmapColors s = HeatmapColors.of(signed, coolwarm);
        assertEquals(0.5, s.position(0), 1e-12, "zero in the middle");
        assertEquals(0, s.position(-2), 1e-12);
        assertEquals(0.75, s.position(1), 1e-12);
        assertEquals(2, s.valueAt(1), 1e-12);
    }

    @Test
    void everyCellIsHitAtItsCentreFittedAndZoomed() {
        for (HeatmapViewport vp : List.of(HeatmapViewport.FIT, new HeatmapViewport(3, 100, 250))) {
            HeatmapLayout l = new HeatmapLayout(640, 480, 90, 16, 14, 120, 30, 60, vp);
            assertTrue(l.gridWidth() > 0 && l.gridHeight() > 0);
            int hits = 0;
            for (int r = 0; r < 90; r++) {
                for (int c = 0; c < 16; c++) {
                    if (l.visible(r, c)) {
                        assertEquals(r, l.rowAt(l.centerY(r)), "row " + r);
                        assertEquals(c, l.columnAt(l.centerX(c)), "column " + c);
                        hits++;
                    }
                }
            }
            assertEquals(vp.fitted() ? 90 * 16 : hits, hits);
            assertTrue(hits > 0);
            assertEquals(-1, l.rowAt(l.gridY() - 1));
            assertEquals(-1, l.columnAt(l.gridX() + l.gridWidth()));
        }
    }

    @Test
    void labelsAreThinnedToWhatFits() {
        int height = 2 * (HeatmapLayout.MARGIN + 14 + HeatmapLayout.GAP) + 200;
        HeatmapLayout l = new HeatmapLayout(640, height, 100, 4, 14, 80, 20, 50, HeatmapViewport.FIT);
        assertEquals(200, l.gridHeight());
        assertEquals(2.0, l.cellHeight(), 1e-9);
        assertTrue(l.rowLabelShown(0));
        assertFalse(l.rowLabelShown(1));
        assertTrue(l.rowLabelShown(7), "every 7th row: 14 px of text over 2 px rows");
        assertTrue(l.columnLabelShown(1), "wide columns: every label");
        HeatmapLayout zoomed = new HeatmapLayout(640, height, 100, 4, 14, 80, 20, 50, new HeatmapViewport(8, 0, 0));
        assertTrue(zoomed.rowLabelShown(1), "zoomed in, every row is labelled");
    }

    @Test
    void zoomKeepsThePointUnderThePointer() {
        HeatmapViewport v = HeatmapViewport.FIT.zoomAt(2, 100, 50, 400, 300);
        assertEquals(2, v.zoom(), 1e-12);
        // the content point at (100, 50) is now at content (200, 100), still under the pointer
        assertEquals(100, v.x(), 1e-9);
        assertEquals(50, v.y(), 1e-9);
        HeatmapViewport out = v.zoomAt(0.1, 0, 0, 400, 300);
        assertEquals(HeatmapViewport.FIT, out, "never smaller than fitted");
        HeatmapViewport panned = v.pan(1000, -1000, 400, 300);
        assertEquals(400, panned.x(), 1e-9, "clamped to the content");
        assertEquals(0, panned.y(), 1e-9);
        assertEquals(HeatmapViewport.MAX_ZOOM, v.zoomAt(1000, 0, 0, 400, 300).zoom(), 1e-12);
    }
}
