package org.glia.ui.controls.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.StringReader;
import java.io.StringWriter;

import org.eclipse.ui.XMLMemento;
import org.glia.core.color.ValueMapping;
import org.glia.render.ThresholdMode;
import org.glia.ui.brain.Comparison;
import org.glia.ui.controls.internal.ControlsState;
import org.glia.ui.controls.internal.MappingFields;
import org.junit.jupiter.api.Test;

/** The Controls view's saved state without a workbench: a memento round trip keeps every setting, bad values fall back. */
class StateTest {

    static final ControlsState FALLBACK = new ControlsState("viridis", "coolwarm", MappingFields.AUTO,
            MappingFields.AUTO, "", ThresholdMode.GLASS, 100, 5, "paper", null, null, null);

    /** A state in which every setting differs from {@link #FALLBACK}. */
    static ControlsState everythingChanged() {
        return new ControlsState("hot", "viridis", new MappingFields(ValueMapping.Kind.GAMMA, "0.5", "0.1", "0.9"),
                new MappingFields(ValueMapping.Kind.LOG, "1", "0.001", ""), "0.2", ThresholdMode.HIDE, 40, 7,
                "gradient", "sub-03", "AD", Comparison.subjects("sub-02", "sub-05"));
    }

    /** Saves into a memento, writes it as XML and reads it back, as the workbench does across a restart. */
    static ControlsState roundTrip(ControlsState s, ControlsState fallback) throws Exception {
        XMLMemento out = XMLMemento.createWriteRoot("view");
        s.save(out);
        StringWriter xml = new StringWriter();
        out.save(xml);
        return ControlsState.load(XMLMemento.createReadRoot(new StringReader(xml.toString())), fallback);
    }

    @Test
    void aMementoRoundTripKeepsEverySetting() throws Exception {
        ControlsState s = everythingChanged();
        assertEquals(s, roundTrip(s, FALLBACK));
        for (Comparison c : new Comparison[] {Comparison.classes("HC", "AD"), Comparison.versions("v1", "v3"), null}) {
            ControlsState withC = new ControlsState(s.colorMap(), s.edgeColorMap(), s.regions(), s.edges(),
                    s.threshold(), s.mode(), s.opacity(), s.topK(), s.method(), null, null, c);
            assertEquals(withC, roundTrip(withC, FALLBACK));
        }
    }

    @Test
    void noMementoGivesTheFallback() {
        assertSame(FALLBACK, ControlsState.load(null, FALLBACK));
    }

    @Test
    void missingOrDamagedValuesComeFromTheFallback() throws Exception {
        XMLMemento m = XMLMemento.createWriteRoot("view");
        m.putString("colorMap", "no-such-map");
        m.putString("thresholdMode", "SIDEWAYS");
        m.putInteger("topK", 999);
        m.createChild("regionMapping").putString("curve", "CUBIC");
        m.createChild("comparison").putString("kind", "SUBJECTS");
        ControlsState s = ControlsState.load(m, FALLBACK);
        assertEquals("viridis", s.colorMap());
        assertEquals(ThresholdMode.GLASS, s.mode());
        assertEquals(ControlsState.MAX_TOP_K, s.topK(), "clamped");
        assertEquals(ValueMapping.Kind.LINEAR, s.regions().kind());
        assertEquals("1", s.regions().gamma());
        assertNull(s.comparison(), "a comparison without its operands is dropped");
        assertEquals(FALLBACK.method(), s.method());
        assertNull(s.subject());
    }
}
