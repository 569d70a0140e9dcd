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
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

/**
 * Stand-in for Tycho's UI test harness, used only by run-tests.sh (not part of the bundle): starts the Glia
 * application and, once its workbench is up, runs the JUnit classes named by -Dharness.class in the UI thread,
 * prints a summary with a HARNESS-RESULT line and closes the workbench.
 */
public class RegionsHarness implements IApplication, ITestHarness {

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
        throw new IllegalStateException("the Glia application is not installed");
    }

    @Override
    public void stop() {
        // the workbench closes itself after the tests
    }

    @Override
    public void runTests() {
        testable.testingStarting();
        testable.runTest(() -> {
            Thread.currentThread().setContextClassLoader(RegionsHarness.class.getClassLoader());
            String classes = System.getProperty("harness.class", "org.glia.ui.regions.tests.RegionsViewUiTest");
            var request = LauncherDiscoveryRequestBuilder.request()
                    .selectors(Arrays.stream(classes.split(",")).map(DiscoverySelectors::selectClass).toList()).build();
            Launcher launcher = LauncherFactory.create();
            SummaryGeneratingListener summary = new SummaryGeneratingListener();
            launcher.execute(request, summary);
            PrintWriter out = new PrintWriter(System.out, true);
            summary.getSummary().printTo(out);
            summary.getSummary().printFailuresTo(out, 40);
            System.out.println("HARNESS-RESULT failed=" + summary.getSummary().getTotalFailureCount()
                    + " skipped=" + summary.getSummary().getTestsSkippedCount());
        });
        testable.testingFinished();
        PlatformUI.getWorkbench().getDisplay().asyncExec(() -> PlatformUI.getWorkbench().close());
    }
}
