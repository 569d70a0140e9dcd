package org.glia.core.internal.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.Platform;
import org.glia.core.cli.GliaCommand;

/**
 * The commands and benchmarks contributed to {@code org.glia.core.commands}, sorted by name.
 */
public final class CommandRegistry {

    /** The extension point's full id. */
    public static final String EXTENSION_POINT = "org.glia.core.commands";

    private final List<CommandDescriptor> entries;

    /** Creates a registry over a fixed list (tests). */
    public CommandRegistry(List<CommandDescriptor> entries) {
        List<CommandDescriptor> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing(CommandDescriptor::name));
        this.entries = List.copyOf(sorted);
    }

    /** Reads every contribution from the running platform's extension registry. */
    public static CommandRegistry fromPlatform() {
        IExtensionRegistry registry = Platform.getExtensionRegistry();
        List<CommandDescriptor> found = new ArrayList<>();
        if (registry != null) {
            for (IConfigurationElement e : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
                found.add(new CommandDescriptor(e.getAttribute("name"), e.getAttribute("usage"),
                        e.getAttribute("summary"), "benchmark".equals(e.getName()),
                        e.getContributor().getName(), () -> create(e)));
            }
        }
        return new CommandRegistry(found);
    }

    private static GliaCommand create(IConfigurationElement e) {
        try {
            return (GliaCommand) e.createExecutableExtension("class");
        } catch (CoreException | ClassCastException ex) {
            throw new IllegalStateException("cannot create " + e.getAttribute("class") + " contributed by "
                    + e.getContributor().getName() + ": " + ex.getMessage(), ex);
        }
    }

    /** The commands (not benchmarks). */
    public List<CommandDescriptor> commands() {
        return entries.stream().filter(d -> !d.benchmark()).toList();
    }

    /** The benchmarks. */
    public List<CommandDescriptor> benchmarks() {
        return entries.stream().filter(CommandDescriptor::benchmark).toList();
    }

    /** The command with this name. */
    public Optional<CommandDescriptor> command(String name) {
        return commands().stream().filter(d -> d.name().equals(name)).findFirst();
    }

    /** The benchmark with this name. */
    public Optional<CommandDescriptor> benchmark(String name) {
        return benchmarks().stream().filter(d -> d.name().equals(name)).findFirst();
    }
}
