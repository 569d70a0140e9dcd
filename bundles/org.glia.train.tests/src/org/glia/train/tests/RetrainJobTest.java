package org.glia.train.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.ProgressProvider;
import org.eclipse.emf.common.command.CommandStack;
import org.glia.model.Study;
import org.glia.model.edit.ModelEditing;
import org.glia.train.JavaTrainer;
import org.glia.train.TrainSettings;
import org.glia.train.eval.FoldPreprocessor;
import org.glia.train.jobs.RetrainJob;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Training as an Eclipse Job: progress shows fold, epoch and loss; cancel leaves the model as it was. */
class RetrainJobTest {

    private final List<String> subTasks = new CopyOnWriteArrayList<>();

    @AfterEach
    void restoreProgress() {
        Job.getJobManager().setProgressProvider(null);
    }

    private void recordProgress() {
        Job.getJobManager().setProgressProvider(new ProgressProvider() {
            @Override
            public IProgressMonitor createMonitor(Job job) {
                return new NullProgressMonitor() {
                    @Override
                    public void subTask(String name) {
                        subTasks.add(name);
                    }
                };
            }
        });
    }

    @Test
    void jobTrainsReportsProgressAndRecordsAVersionOnApply() throws Exception {
        recordProgress();
        Study s = RetrainerTest.study();
        Toy d = Toy.blobs(new int[] {20, 20}, 6, 3, 31);
        CommandStack stack = ModelEditing.createDomain().getCommandStack();
        RetrainJob job = new RetrainJob("Retrain", s, new JavaTrainer(), d.x, d.y,
                TrainSettings.defaults().withEpochs(60).withSeed(3), 3, FoldPreprocessor.Z_SCORE, null, null);
        String before = RetrainerTest.state(s);
        job.schedule();
        job.join();
        assertEquals(IStatus.OK, job.getResult().getSeverity(), job.getResult().getMessage());
        assertEquals(before, RetrainerTest.state(s), "the job itself never touches the model");
        assertTrue(subTasks.stream().anyMatch(t -> t.matches("fold [1-3]/3: epoch \\d+/60, loss \\d\\.\\d{4}")),
                subTasks.toString());
        assertTrue(subTasks.stream().anyMatch(t -> t.startsWith("training: epoch 60/60, loss ")),
                subTasks.toString());
        assertNull(job.apply(s, stack));
        assertEquals("v1", s.getCurrentVersion().getId());
        assertEquals(3, s.getCurrentVersion().getMetrics().getFolds());
        stack.undo();
        assertEquals(before, RetrainerTest.state(s), "undo of the recorded version restores the model");
    }

    @Test
    void cancelLeavesTheModelExactlyAsItWas() throws Exception {
        Study s = RetrainerTest.study();
        Toy d = Toy.blobs(new int[] {200, 200}, 6, 3, 32);
        CountDownLatch started = new CountDownLatch(1);
        RetrainJob job = new RetrainJob("Retrain", s, new JavaTrainer(), d.x, d.y,
                TrainSettings.defaults().withEpochs(1_000_000).withSeed(3), 0, FoldPreprocessor.Z_SCORE,
                e -> started.countDown(), null);
        String before = RetrainerTest.state(s);
        job.schedule();
        assertTrue(started.await(30, TimeUnit.SECONDS), "training started");
        job.cancel();
        assertTrue(job.join(30_000, null), "the job stops soon after cancel");
        assertEquals(IStatus.CANCEL, job.getResult().getSeverity());
        assertTrue(job.result().isEmpty());
        assertEquals("the training did not finish", job.apply(s, ModelEditing.createDomain().getCommandStack()));
        assertEquals(before, RetrainerTest.state(s));
        assertTrue(s.getVersions().isEmpty());
    }

    @Test
    void jobsBelongToTheTrainingFamily() {
        Study s = RetrainerTest.study();
        Toy d = Toy.blobs(new int[] {4, 4}, 6, 3, 33);
        RetrainJob job = new RetrainJob("Retrain", s, new JavaTrainer(), d.x, d.y, TrainSettings.defaults(), 0,
                FoldPreprocessor.Z_SCORE, null, null);
        assertTrue(job.belongsTo(RetrainJob.FAMILY));
        assertTrue(job.isUser());
    }
}
