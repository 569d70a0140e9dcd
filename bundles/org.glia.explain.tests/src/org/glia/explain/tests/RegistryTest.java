package org.glia.explain.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.runtime.RegistryFactory;
import org.glia.core.nn.Activation;
import org.glia.core.nn.Mlp;
import org.glia.explain.AttributionMethods;
import org.glia.explain.ExplainContext;
import org.glia.explain.MethodDescriptor;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The method registry: built-ins in plain Java, contributions (including a third party's) under OSGi. */
class RegistryTest {

    @Test
    void builtInsInDocumentedOrder() {
        List<String> ids = AttributionMethods.builtIns().stream().map(MethodDescriptor::id).toList();
        assertEquals(List.of("paper", "gradxinput", "lrp-eps", "lrp-zplus", "occlusion", "ig"), ids);
        assertFalse(AttributionMethods.get("paper").signed());
        assertTrue(AttributionMethods.get("ig").signed());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AttributionMethods.get("shap"));
        assertTrue(e.getMessage().contains("shap") && e.getMessage().contains("lrp-eps"), e.getMessage());
    }

    @Test
    void everyMethodHasALegendAndFitsTheInput() {
        Mlp net = Nets.of(Nets.layer(new double[][] { { 1, -1 } }, new double[] { 0.5 }, Activation.RELU),
                Nets.layer(new double[][] { { 1 }, { -1 } }, new double[] { 0, 0 }, Activation.SOFTMAX));
        ExplainContext ctx = ExplainContext.of(new double[] { 0, 0 });
        for (MethodDescriptor m : AttributionMethods.available()) {
            assertFalse(m.method().legend(ctx).isBlank(), m.id());
            assertEquals(2, m.method().attribute(net, new double[] { 2, 1 }, 2, 0, ctx).length, m.id());
            assertEquals(2, m.method().attributeAll(net, new double[] { 2, 1 }, 2, ctx).length, m.id());
            assertThrows(IllegalArgumentException.class,
                    () -> m.method().attribute(net, new double[] { 2, 1 }, 3, 0, ctx), m.id());
        }
    }

    /** Runs only inside OSGi (Tycho): the test bundle's own dependency contributes "test-input-share". */
    @Test
    void thirdPartyMethodIsFoundThroughTheExtensionPoint() {
        Assumptions.assumeTrue(RegistryFactory.getRegistry() != null, "no extension registry: not running in OSGi");
        MethodDescriptor m = AttributionMethods.find("test-input-share").orElseThrow(
                () -> new AssertionError("the contribution of org.glia.explain.testmethod was not found"));
        assertEquals("Input share (test contribution)", m.name());
        assertFalse(m.signed());
        Mlp net = Nets.of(Nets.layer(new double[][] { { 1, 1, 1 } }, new double[] { 0 }, Activation.IDENTITY));
        double[] share = m.method().attribute(net, new double[] { 1, -2, 1 }, 1, 0, ExplainContext.defaults());
        org.junit.jupiter.api.Assertions.assertArrayEquals(new double[] { 0.25, 0.5, 0.25 }, share, 1e-15);
        // The built-ins come through the registry too, in their documented order.
        List<String> ids = AttributionMethods.available().stream().map(MethodDescriptor::id).toList();
        assertEquals(List.of("paper", "gradxinput", "lrp-eps", "lrp-zplus", "occlusion", "ig", "test-input-share"), ids);
    }
}
