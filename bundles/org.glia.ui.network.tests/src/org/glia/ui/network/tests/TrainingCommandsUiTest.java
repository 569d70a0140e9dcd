package org.glia.ui.network.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;

import org.eclipse.core.commands.NotEnabledException;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.internal.WorkbenchWindow;
import org.eclipse.ui.keys.IBindingService;
import org.glia.cohort.demo.DemoCohortGenerator;
import org.glia.cohort.demo.DemoRegion;
import org.glia.cohort.demo.DemoSettings;
import org.glia.model.GliaFactory;
import org.glia.model.Layer;
import org.glia.model.ModelVersion;
import org.glia.model.Network;
import org.glia.model.Node;
import org.glia.model.Study;
import org.glia.model.TrainingSettings;
import org.glia.model.io.GliaDocument;
import org.glia.train.EpochStats;
import org.glia.train.eval.CvResult;
import org.glia.train.eval.FoldResult;
import org.glia.train.jobs.RetrainJob;
import org.glia.ui.GliaPreferences;
import org.glia.ui.network.GliaFileInput;
import org.glia.ui.network.NetworkGraphEditor;
import org.glia.ui.network.NetworkUi;
import org.glia.ui.network.TrainingEvents;
import org.glia.ui.network.TrainingListener;
import org.glia.ui.network.internal.handlers.CrossValidateFromWeightsHandler;
import org.glia.ui.network.internal.handlers.CrossValidateHandler;
import org.glia.ui.network.internal.handlers.RetrainHandler;
import org.glia.ui.network.internal.handlers.TrainingRuns;
import org.glia.ui.network.internal.training.TrainingJob;
import org.glia.ui.network.internal.training.TrainingOutcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Retrain and Cross-validate commands in the running workbench (UI harness, UI thread, Xvfb): a tiny cohort and
 * study are written to a temp folder, the command trains in background jobs, and the result becomes a new version
 * through the editor's command stack (undoable, bit-exact); cancelling leaves the model as it was; the default
 * cross-validation says it trained every fold from fresh weights, the other says it is optimistic; progress reaches
 * the training listeners; without a version the settings come from the preferences. Skipped outside a running
 * workbench.
 */
@SuppressWarnings("restriction")
class TrainingCommandsUiTest {

    private static final int REGIONS = 12;

    @TempDir
    Path dir;
    private IWorkbenchPage page;
    private NetworkGraphEditor editor;

    @BeforeEach
    void workbench() {
        Assumptions.assumeTrue(Platform.isRunning() && PlatformUI.isWorkbenchRunning(),
                "needs the running workbench (Tycho UI harness)");
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    @AfterEach
    void closeEditor() {
        Job.getJobManager().cancel(RetrainJob.FAMILY);
        if (editor != null && page != null) {
            page.closeEditor(editor, false);
        }
    }

    @Test
    void retrainRecordsAnUndoableVersion() throws Exception {
        open(study("retrain.glia", null));
        Snapshot before = new Snapshot(editor.getNetwork());
        assertTrue(editor.getStudy().getVersions().isEmpty());

        execute(RetrainHandler.COMMAND_ID);
        assertTrue(TrainingRuns.isRunning(editor), "the training runs in the background");
        // one training per editor: the command is disabled until this one has ended
        assertThrows(NotEnabledException.class, () -> execute(RetrainHandler.COMMAND_ID));
        assertThrows(NotEnabledException.class, () -> execute(CrossValidateHandler.COMMAND_ID));
        awaitTraining();

        TrainingOutcome outcome = TrainingRuns.lastOutcome(editor);
        assertNotNull(outcome);
        assertTrue(outcome.recorded(), outcome.message());
        assertTrue(outcome.message().matches("v1: training accuracy \\d\\.\\d\\d \\(not cross-validated\\)"),
                outcome.message());
        Study study = editor.getStudy();
        assertEquals(1, study.getVersions().size());
        assertEquals("v1", study.getCurrentVersion().getId());
        assertFalse(before.equals(new Snapshot(editor.getNetwork())), "training changed the weights");
        assertEquals("&Undo Record Version v1", editor.getUndoAction().getText());
        assertTrue(editor.isDirty());

        execute("org.eclipse.ui.edit.undo");
        assertTrue(study.getVersions().isEmpty());
        before.assertSame(editor.getNetwork());
        execute("org.eclipse.ui.edit.redo");
        assertEquals("v1", study.getCurrentVersion().getId());
        // the command is enabled again
        execute(RetrainHandler.COMMAND_ID);
        awaitTraining();
        assertEquals("v2", editor.getStudy().getCurrentVersion().getId());
    }

    @Test
    void crossValidateRecordsTheCvScores() throws Exception {
        open(study("cv.glia", null));
        execute(CrossValidateHandler.COMMAND_ID);
        awaitTraining();
        TrainingOutcome outcome = TrainingRuns.lastOutcome(editor);
        assertTrue(outcome.recorded(), outcome.message());
        assertTrue(outcome.message().matches("v1: CV accuracy \\d\\.\\d\\d \u00b1 \\d\\.\\d\\d \\(10 folds, each trained "
                + "from fresh weights\\)"), outcome.message());
        ModelVersion v = editor.getStudy().getCurrentVersion();
        assertEquals(10, v.getMetrics().getFolds());
        assertEquals(10, v.getMetrics().getFoldMetrics().size());
        assertTrue(v.getNote().contains("fresh weights"), v.getNote());
        // one undo takes back the version and its note
        assertEquals("&Undo Record Version v1", editor.getUndoAction().getText());
        execute("org.eclipse.ui.edit.undo");
        assertTrue(editor.getStudy().getVersions().isEmpty());
        execute("org.eclipse.ui.edit.redo");
        assertTrue(editor.getStudy().getCurrentVersion().getNote().contains("fresh weights"));
    }

    @Test
    void crossValidatingFromTheWeightsSaysItIsOptimistic() throws Exception {
        open(study("optimistic.glia", 30, 3));
        execute(CrossValidateFromWeightsHandler.COMMAND_ID);
        awaitTraining();
        TrainingOutcome outcome = TrainingRuns.lastOutcome(editor);
        assertTrue(outcome.recorded(), outcome.message());
        assertTrue(outcome.message().startsWith("v2: CV accuracy "), outcome.message());
        assertTrue(outcome.message().contains("(3 folds from the working weights: optimistic"), outcome.message());
        assertTrue(editor.getStudy().getCurrentVersion().getNote().contains("optimistic"));
    }

    @Test
    void trainingProgressIsAnnouncedToListeners() throws Exception {
        List<String> heard = java.util.Collections.synchronizedList(new ArrayList<>());
        java.util.concurrent.atomic.AtomicReference<CvResult> cvHeard = new java.util.concurrent.atomic.AtomicReference<>();
        TrainingListener broken = new TrainingListener() {
            @Override
            public void started(long run, String title, List<String> classes, int folds, int epochs) {
                throw new IllegalStateException("a broken listener must not stop the training");
            }

            @Override
            public void foldEnded(long run, FoldResult result) {
                throw new IllegalStateException("a broken listener must not stop the training");
            }
        };
        TrainingListener log = new TrainingListener() {
            @Override
            public void started(long run, String title, List<String> classes, int folds, int epochs) {
                heard.add("started " + classes + " " + folds + " " + epochs + " " + title);
            }

            @Override
            public void epochEnded(long run, int fold, EpochStats stats) {
                heard.add("epoch " + fold);
            }

            @Override
            public void foldEnded(long run, FoldResult result) {
                heard.add("fold " + result.fold());
            }

            @Override
            public void finished(long run, CvResult cv, String message, boolean ok) {
                cvHeard.set(cv);
                heard.add("finished " + ok + " " + message);
            }
        };
        TrainingEvents.addListener(broken);
        TrainingEvents.addListener(log);
        try {
            open(study("events.glia", 25, 3));
            execute(CrossValidateHandler.COMMAND_ID);
            awaitTraining();
        } finally {
            TrainingEvents.removeListener(broken);
            TrainingEvents.removeListener(log);
        }
        TrainingOutcome outcome = TrainingRuns.lastOutcome(editor);
        assertTrue(outcome.recorded(), outcome.message());
        List<String> events = new ArrayList<>(heard);
        assertTrue(events.get(0).startsWith("started [HC, AD] 3 25 Cross-validating (3 folds"), events.get(0));
        assertEquals("finished true " + outcome.message(), events.get(events.size() - 1));
        assertEquals(1, events.stream().filter(e -> e.startsWith("started")).count());
        for (int fold = -1; fold < 3; fold++) {
            String e = "epoch " + fold;
            assertEquals(25, events.stream().filter(e::equals).count(), "25 epochs of training " + fold);
        }
        assertEquals(3, events.stream().filter(e -> e.startsWith("fold ")).count());
        assertEquals(3, cvHeard.get().folds().size());
    }

    @Test
    void withoutAVersionTheTrainingSettingsComeFromThePreferences() throws Exception {
        var prefs = GliaPreferences.node();
        List<String> keys = List.of(GliaPreferences.EPOCHS, GliaPreferences.LEARNING_RATE, GliaPreferences.FOLDS);
        List<String> old = keys.stream().map(k -> prefs.get(k, null)).toList();
        prefs.put(GliaPreferences.EPOCHS, "7");
        prefs.put(GliaPreferences.LEARNING_RATE, "0.02");
        prefs.put(GliaPreferences.FOLDS, "3");
        try {
            open(study("prefs.glia", null));
            execute(CrossValidateHandler.COMMAND_ID);
            awaitTraining();
        } finally {
            for (int i = 0; i < keys.size(); i++) {
                if (old.get(i) == null) {
                    prefs.remove(keys.get(i));
                } else {
                    prefs.put(keys.get(i), old.get(i));
                }
            }
        }
        TrainingSettings t = editor.getStudy().getCurrentVersion().getSettings();
        assertEquals(7, t.getEpochs());
        assertEquals(0.02, t.getLearningRate());
        assertEquals(3, t.getFolds());
    }

    @Test
    void cancelLeavesTheModelUnchanged() throws Exception {
        // the last version asks for a million epochs: the training runs until cancelled
        open(study("cancel.glia", 1_000_000));
        Study study = editor.getStudy();
        Snapshot before = new Snapshot(editor.getNetwork());

        // cancelled right after the start (while the cohort loads)
        execute(RetrainHandler.COMMAND_ID);
        Job.getJobManager().cancel(RetrainJob.FAMILY);
        awaitTraining();
        assertCancelled(study, before);

        // cancelled while training
        execute(RetrainHandler.COMMAND_ID);
        flush(() -> Arrays.stream(Job.getJobManager().find(RetrainJob.FAMILY))
                .anyMatch(j -> j instanceof TrainingJob && j.getState() == Job.RUNNING));
        settle(300);
        Job.getJobManager().cancel(RetrainJob.FAMILY);
        awaitTraining();
        assertCancelled(study, before);
    }

    @Test
    void aMissingCohortIsNamedNotAStackTrace() throws Exception {
        Path file = study("lost.glia", null);
        Study s = GliaDocument.load(file);
        s.setCohortPath("no-such-cohort");
        GliaDocument.save(s, file);
        open(file);
        Snapshot before = new Snapshot(editor.getNetwork());
        execute(RetrainHandler.COMMAND_ID);
        awaitTraining();
        TrainingOutcome outcome = TrainingRuns.lastOutcome(editor);
        assertFalse(outcome.recorded());
        assertTrue(outcome.message().contains(dir.resolve("no-such-cohort").toString()), outcome.message());
        assertEquals(outcome.message(), editor.lastStatus());
        assertFalse(outcome.message().contains("Exception"), outcome.message());
        assertTrue(editor.getStudy().getVersions().isEmpty());
        before.assertSame(editor.getNetwork());
        closeDialogs();
    }

    @Test
    void commandsHaveKeysAndMenus() throws Exception {
        open(study("keys.glia", null));
        IBindingService bindings = editor.getSite().getService(IBindingService.class);
        assertTrue(List.of(bindings.getActiveBindingsFor(RetrainHandler.COMMAND_ID))
                .contains(KeySequence.getInstance("CTRL+SHIFT+T")), "Retrain on Ctrl+Shift+T");
        assertTrue(List.of(bindings.getActiveBindingsFor(CrossValidateHandler.COMMAND_ID))
                .contains(KeySequence.getInstance("CTRL+SHIFT+V")), "Cross-validate on Ctrl+Shift+V");
        IMenuManager model = ((WorkbenchWindow) page.getWorkbenchWindow()).getMenuManager()
                .findMenuUsingPath("org.glia.ui.network.menu.model");
        assertNotNull(model, "the Model menu");
        model.update(true);
        assertNotNull(model.find("org.glia.ui.network.menu.retrain"));
        assertNotNull(model.find("org.glia.ui.network.menu.crossValidate"));
        assertNotNull(model.find("org.glia.ui.network.menu.crossValidateFromWeights"));
        Menu menu = editor.getCanvas().getMenu();
        menu.notifyListeners(SWT.Show, new Event());
        List<String> items = new ArrayList<>();
        for (MenuItem item : menu.getItems()) {
            items.add(item.getText());
        }
        menu.notifyListeners(SWT.Hide, new Event());
        assertTrue(items.stream().anyMatch(t -> t.startsWith("Retrain")), items.toString());
        assertTrue(items.stream().anyMatch(t -> t.startsWith("Cross-validate and Retrain")), items.toString());
        assertTrue(items.stream().anyMatch(t -> t.startsWith("Cross-validate from Current Weights (Optimistic)")),
                items.toString());
    }

    private void assertCancelled(Study study, Snapshot before) {
        TrainingOutcome outcome = TrainingRuns.lastOutcome(editor);
        assertNotNull(outcome);
        assertFalse(outcome.recorded(), outcome.message());
        assertTrue(outcome.message().contains("cancelled"), outcome.message());
        assertEquals(1, study.getVersions().size(), "no new version");
        assertEquals("v1", study.getCurrentVersion().getId());
        before.assertSame(editor.getNetwork());
        assertFalse(editor.isDirty());
    }

    /**
     * Writes a cohort of 16 HC, 6 MCI and 14 AD subjects over 12 regions, and a study of a 12-4-2 network (HC, AD)
     * on it; with {@code epochs}, the study has a version v1 whose settings ask for that many epochs.
     */
    private Path study(String name, Integer epochs) throws Exception {
        return study(name, epochs, 0);
    }

    /** As {@link #study(String, Integer)}, the version's settings asking for {@code folds} folds. */
    private Path study(String name, Integer epochs, int folds) throws Exception {
        Path cohort = dir.resolve("cohort");
        if (!Files.isDirectory(cohort)) {
            DemoSettings s = DemoSettings.defaults().withGroups(16, 6, 14).withAdEffect(0.4)
                    .withPlanted(List.of("Alpha_L", "Alpha_R", "Beta_L", "Beta_R"));
            new DemoCohortGenerator(regions(), s).write(5, cohort, null, null);
        }
        Network network = Nets.network(REGIONS, 42, 4);
        Study study = GliaFactory.eINSTANCE.createStudy();
        study.setName(name);
        study.setCohortPath("cohort");
        study.setFeatureSet("degree");
        study.getClasses().addAll(List.of("HC", "AD"));
        study.setSeed(11);
        study.setNetwork(network);
        if (epochs != null) {
            TrainingSettings t = GliaFactory.eINSTANCE.createTrainingSettings();
            t.setEngine("java");
            t.setLearningRate(0.01);
            t.setEpochs(epochs);
            t.setL2(1e-4);
            t.setValidationFraction(0.2);
            t.setSeed(11);
            t.setFolds(folds);
            ModelVersion v = GliaFactory.eINSTANCE.createModelVersion();
            v.setId("v1");
            v.setSettings(t);
            v.setNetwork(EcoreUtil.copy(network));
            study.getVersions().add(v);
            study.setCurrentVersion(v);
        }
        Path file = dir.resolve(name);
        GliaDocument.save(study, file);
        return file;
    }

    /** Twelve regions in six left/right pairs. */
    private static List<DemoRegion> regions() {
        SplittableRandom r = new SplittableRandom(3);
        String[] stems = {"Alpha", "Beta", "Gamma", "Delta", "Epsilon", "Zeta"};
        List<DemoRegion> out = new ArrayList<>();
        int index = 1;
        for (String stem : stems) {
            double x = 10 + r.nextDouble() * 50;
            double y = -90 + r.nextDouble() * 150;
            double z = -30 + r.nextDouble() * 100;
            out.add(new DemoRegion(index++, stem + "_L", "L", -x, y, z));
            out.add(new DemoRegion(index++, stem + "_R", "R", x, y, z));
        }
        return out;
    }

    private void open(Path file) throws Exception {
        IEditorPart part = page.openEditor(new GliaFileInput(file), NetworkUi.EDITOR_ID);
        assertTrue(part instanceof NetworkGraphEditor, "opened in " + part);
        editor = (NetworkGraphEditor) part;
        page.activate(editor);
        flush(() -> editor.getStudy() != null && editor.getCanvas().getScene() != null);
        assertNotNull(editor.getStudy(), "loaded: " + editor.getLoadError());
    }

    private void execute(String command) throws Exception {
        editor.getSite().getService(IHandlerService.class).executeCommand(command, null);
    }

    /**
     * Waits for the training jobs (a thread joins their family, as the UI thread must keep dispatching events for
     * the result to be recorded) and until the editor's run has ended.
     */
    private void awaitTraining() throws Exception {
        Thread joiner = new Thread(() -> {
            try {
                Job.getJobManager().join(RetrainJob.FAMILY, null);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "join training");
        joiner.start();
        flush(() -> !joiner.isAlive() && !TrainingRuns.isRunning(editor));
        assertFalse(TrainingRuns.isRunning(editor), "the training ended in time");
        settle(100);
    }

    /** Closes dialogs the platform opened for a job's error, so later tests find the workbench window active. */
    private void closeDialogs() {
        var main = page.getWorkbenchWindow().getShell();
        for (var shell : Display.getCurrent().getShells()) {
            if (shell != main && !shell.isDisposed() && shell.isVisible()) {
                shell.close();
            }
        }
    }

    private static void flush(BooleanSupplier done) {
        pump(done, 120_000);
    }

    private static void settle(long millis) {
        pump(() -> false, millis);
    }

    private static void pump(BooleanSupplier done, long millis) {
        Display display = Display.getCurrent();
        long end = System.currentTimeMillis() + millis;
        while (!done.getAsBoolean() && System.currentTimeMillis() < end) {
            if (!display.readAndDispatch()) {
                display.timerExec(20, () -> {
                    // wakes the loop up to check the condition again
                });
                display.sleep();
            }
        }
    }

    /** Every weight, bias and id of a network, compared bit for bit. */
    private static final class Snapshot {

        private final List<String> ids = new ArrayList<>();
        private final List<long[]> bits = new ArrayList<>();

        Snapshot(Network n) {
            for (Layer l : n.getLayers()) {
                long[] b = new long[l.getNodes().size()];
                for (int i = 0; i < b.length; i++) {
                    Node node = l.getNodes().get(i);
                    ids.add(node.getId());
                    b[i] = Double.doubleToRawLongBits(node.getBias());
                }
                bits.add(b);
                if (l.getWeights() != null) {
                    bits.add(Arrays.stream(l.getWeights().getValues()).mapToLong(Double::doubleToRawLongBits).toArray());
                }
            }
            bits.add(n.getInputShift().stream().mapToLong(Double::doubleToRawLongBits).toArray());
            bits.add(n.getInputScale().stream().mapToLong(Double::doubleToRawLongBits).toArray());
        }

        void assertSame(Network n) {
            Snapshot other = new Snapshot(n);
            assertEquals(ids, other.ids);
            assertEquals(bits.size(), other.bits.size());
            for (int k = 0; k < bits.size(); k++) {
                assertArrayEquals(bits.get(k), other.bits.get(k), "part " + k + " of the network");
            }
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof Snapshot s) || !ids.equals(s.ids) || bits.size() != s.bits.size()) {
                return false;
            }
            for (int k = 0; k < bits.size(); k++) {
                if (!Arrays.equals(bits.get(k), s.bits.get(k))) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public int hashCode() {
            return ids.hashCode();
        }
    }
}
