package harness;

import java.io.PrintWriter;
import java.util.Arrays;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.testing.ITestHarness;
import org.eclipse.ui.testing.TestableObject;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

/**
 * Stand-in for Tycho's UI test harness, used by run-tests.sh only (not part of the bundle): starts the Glia
 * application and runs the test classes named by -Dharness.class (comma-separated) in its UI thread, then closes
 * the workbench and prints "HARNESS-RESULT failed=N".
 */
public class TrainingHarness implements IApplication, ITestHarness {

    private TestableObject testable;

    @Override
    public Object start(IApplicationContext context) throws Exception {
        testable = PlatformUI.getTestableObject();
        testable.setTestHarness(this);
        for (IConfigurationElement e : Platform.getExtensionRegistry()
                .getConfigurationElementsFor("org.eclipse.core.runtime.applications")) {
            if ("org.glia.ui.application".equals(e.getDeclaringExtension().getUniqueIdentifier())) {
                for (IConfigurationElement run : e.getChildren("run")) {
                    return ((IApplication) run.createExecutableExtension("class")).start(context);
                }
            }
        }
        throw new IllegalStateException("no Glia application");
    }

    @Override
    public void stop() {
        // the Glia application stops with the workbench
    }

    @Override
    public void runTests() {
        testable.testingStarting();
        testable.runTest(() -> {
            Thread.currentThread().setContextClassLoader(TrainingHarness.class.getClassLoader());
            String classes = System.getProperty("harness.class", "");
            LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                    .selectors(Arrays.stream(classes.split(",")).map(DiscoverySelectors::selectClass).toList())
                    .build();
            Launcher launcher = LauncherFactory.create();
            SummaryGeneratingListener summary = new SummaryGeneratingListener();
            launcher.execute(request, summary);
            PrintWriter out = new PrintWriter(System.out, true);
            summary.getSummary().printTo(out);
            summary.getSummary().printFailuresTo(out, 40);
            System.out.println("HARNESS-RESULT failed=" + summary.getSummary().getTotalFailureCount()
                    + " found=" + summary.getSummary().getTestsFoundCount());
        });
        testable.testingFinished();
        PlatformUI.getWorkbench().getDisplay().asyncExec(() -> PlatformUI.getWorkbench().close());
    }
}
