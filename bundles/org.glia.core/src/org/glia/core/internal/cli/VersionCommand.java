package org.glia.core.internal.cli;

import org.glia.core.Glia;
import org.glia.core.cli.CommandContext;
import org.glia.core.cli.GliaCommand;
import org.glia.core.cli.UsageException;

/** {@code ./glia version}: prints Glia's version, the Java runtime and the platform. */
public final class VersionCommand implements GliaCommand {

    @Override
    public int run(CommandContext context) throws UsageException {
        context.args().maxPositional(0);
        context.args().checkAllUsed();
        context.out().println("Glia " + Glia.version());
        context.out().println("Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + "), "
                + System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        return OK;
    }
}
