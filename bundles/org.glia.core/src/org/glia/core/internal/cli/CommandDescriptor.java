package org.glia.core.internal.cli;

import java.util.Objects;
import java.util.function.Supplier;

import org.glia.core.cli.GliaCommand;

/**
 * One contributed command or benchmark: its name, texts, and a factory that creates the implementation.
 *
 * @param name      the word typed after {@code ./glia} (or after {@code ./glia bench})
 * @param usage     one-line synopsis
 * @param summary   one sentence
 * @param benchmark true for a {@code benchmark} element
 * @param bundle    the contributing bundle, for messages
 * @param factory   creates the implementation
 */
public record CommandDescriptor(String name, String usage, String summary, boolean benchmark, String bundle,
        Supplier<GliaCommand> factory) {

    /** Checks the required parts. */
    public CommandDescriptor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(factory, "factory");
        usage = usage == null ? name : usage;
        summary = summary == null ? "" : summary;
    }
}
