package org.glia.explain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.RegistryFactory;
import org.glia.explain.internal.methods.GradientTimesInput;
import org.glia.explain.internal.methods.IntegratedGradients;
import org.glia.explain.internal.methods.LrpEpsilon;
import org.glia.explain.internal.methods.LrpZPlus;
import org.glia.explain.internal.methods.Occlusion;
import org.glia.explain.internal.methods.PaperMethod;

/**
 * Finds the attribution methods: those contributed to {@code org.glia.explain.methods} when an extension
 * registry is running (OSGi), Glia's built-in ones otherwise (plain Java, unit tests).
 */
public final class AttributionMethods {

    /** The extension point's full id. */
    public static final String EXTENSION_POINT = "org.glia.explain.methods";
    /** Id of the paper's rule, the default method. */
    public static final String PAPER = "paper";

    private AttributionMethods() {
    }

    /** Glia's own methods, in a fixed order: paper, gradxinput, lrp-eps, lrp-zplus, occlusion, ig. */
    public static List<MethodDescriptor> builtIns() {
        return List.of(
                new MethodDescriptor(PAPER, "Importance backpropagation (paper)", false, new PaperMethod()),
                new MethodDescriptor("gradxinput", "Gradient × input", true, new GradientTimesInput()),
                new MethodDescriptor("lrp-eps", "LRP-ε", true, new LrpEpsilon()),
                new MethodDescriptor("lrp-zplus", "LRP-z+ (α1β0)", false, new LrpZPlus()),
                new MethodDescriptor("occlusion", "Occlusion (training mean)", true, new Occlusion()),
                new MethodDescriptor("ig", "Integrated gradients", true, new IntegratedGradients()));
    }

    /**
     * Every available method: the registry's contributions when a registry runs (faulty ones are logged and
     * skipped), else {@link #builtIns()}.
     */
    public static List<MethodDescriptor> available() {
        IExtensionRegistry registry = RegistryFactory.getRegistry();
        if (registry == null) {
            return builtIns();
        }
        List<String> problems = new ArrayList<>();
        List<MethodDescriptor> found = fromRegistry(registry, problems);
        if (!problems.isEmpty()) {
            ILog log = ILog.of(AttributionMethods.class);
            problems.forEach(log::warn);
        }
        return found.isEmpty() ? builtIns() : found;
    }

    /** The method with identifier {@code id}, if available. */
    public static Optional<MethodDescriptor> find(String id) {
        return available().stream().filter(m -> m.id().equals(id)).findFirst();
    }

    /**
     * The method with identifier {@code id}.
     *
     * @throws IllegalArgumentException naming the available identifiers when there is none
     */
    public static MethodDescriptor get(String id) {
        List<MethodDescriptor> all = available();
        for (MethodDescriptor m : all) {
            if (m.id().equals(id)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown attribution method '" + id + "'; available: "
                + String.join(", ", all.stream().map(MethodDescriptor::id).toList()));
    }

    /**
     * Reads the contributions of {@code registry}; each contribution that cannot be used (missing attribute,
     * class that does not load, duplicate id) is described in {@code problems} and skipped.
     */
    public static List<MethodDescriptor> fromRegistry(IExtensionRegistry registry, List<String> problems) {
        Map<String, MethodDescriptor> byId = new LinkedHashMap<>();
        for (IConfigurationElement e : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
            if (!"method".equals(e.getName())) {
                continue;
            }
            String from = e.getContributor().getName();
            String id = e.getAttribute("id");
            String name = e.getAttribute("name");
            if (id == null || id.isBlank()) {
                problems.add(from + ": an attribution method without an id was ignored");
                continue;
            }
            if (byId.containsKey(id)) {
                problems.add(from + ": attribution method id '" + id + "' is already taken; the second one was ignored");
                continue;
            }
            try {
                Object o = e.createExecutableExtension("class");
                if (!(o instanceof AttributionMethod m)) {
                    problems.add(from + ": class of attribution method '" + id + "' does not implement AttributionMethod");
                    continue;
                }
                byId.put(id, new MethodDescriptor(id, name == null || name.isBlank() ? id : name,
                        Boolean.parseBoolean(e.getAttribute("signed")), m));
            } catch (CoreException | RuntimeException ex) {
                problems.add(from + ": attribution method '" + id + "' could not be created: " + ex.getMessage());
            }
        }
        List<MethodDescriptor> sorted = new ArrayList<>(byId.values());
        sorted.sort(Comparator.comparingInt(AttributionMethods::builtInRank).thenComparing(MethodDescriptor::id));
        return sorted;
    }

    /** Built-in methods first, in their documented order, then contributions by id: a stable listing. */
    private static int builtInRank(MethodDescriptor m) {
        List<String> ids = List.of(PAPER, "gradxinput", "lrp-eps", "lrp-zplus", "occlusion", "ig");
        int i = ids.indexOf(m.id());
        return i < 0 ? ids.size() : i;
    }
}
