package org.glia.render.internal.cli;

import java.io.IOException;
import java.io.PrintStream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.glia.atlas.AtlasMeshes;
import org.glia.cohort.Cohort;
import org.glia.cohort.CohortLoader;
import org.glia.cohort.LoadOptions;
import org.glia.core.io.DataException;
import org.glia.render.BrainImages;
import org.glia.render.BrainScene;
import org.glia.render.BrainScenes;
import org.glia.render.Camera;
import org.glia.render.ImageOptions;

/** The work of {@code glia render}: cohort and map in, PNG out; warnings go to {@code err}. */
public final class RenderTask {

    private final PrintStream err;

    /** A task reporting warnings to {@code err}. */
    public RenderTask(PrintStream err) {
        this.err = err;
    }

    /**
     * Renders the request and returns a one-line summary of what was written.
     *
     * @throws DataException when the cohort, its atlas or the map is refused (or the cohort has no atlas)
     */
    public String run(RenderRequest r, IProgressMonitor monitor) throws DataException, IOException {
        SubMonitor progress = SubMonitor.convert(monitor, "Rendering " + r.out().getFileName(), 100);
        progress.subTask("Loading the cohort");
        Cohort cohort = CohortLoader.load(r.cohort(), LoadOptions.defaults(), progress.split(30));
        if (cohort.atlas() == null) {
            throw new DataException(r.cohort(), "the cohort has no atlas: glia render draws the regions of the "
                    + "cohort's label volume (atlas.nii.gz next to labels.tsv, or \"atlas\" in cohort.json)");
        }
        ImportanceCsv.ClassMap map = ImportanceCsv.read(r.map(), cohort.labels(), r.className());
        if (map.missing() > 0) {
            err.println("glia render: " + map.missing() + " of " + cohort.labels().size() + " regions have no value"
                    + " for class " + map.className() + " in " + r.map().getFileName() + "; they are drawn grey");
        }
        progress.subTask("Loading the atlas surfaces");
        BrainScene scene = BrainScenes.load(cohort.atlas(), cohort.labels(), false, progress.split(40));
        AtlasMeshes meshes = scene.meshes();
        scene.setValues(map.byRow());
        scene.setColorMap(r.colorMap());
        scene.setMapping(r.mapping());
        scene.fitMapping();
        scene.setThreshold(r.threshold(), r.below());
        Camera camera = new Camera(meshes.boundsMin(), meshes.boundsMax());
        camera.view(r.view());
        progress.subTask("Rendering");
        String title = r.title() != null ? r.title() : map.className() + ": " + r.map().getFileName();
        ImageOptions options = ImageOptions.of(r.width(), r.height()).withTitle(title).withValueName("importance")
                .withLegend(r.legend()).withTopK(r.top());
        BrainImages.writePng(BrainImages.renderOnce(scene, camera, options), r.out());
        progress.done();
        return String.format("wrote %s (%dx%d, class %s, view %s, %d regions, %s %s)", r.out(), r.width(),
                r.height(), map.className(), r.view().name().toLowerCase(java.util.Locale.ROOT),
                meshes.meshes().size(), r.colorMap().id(), scene.mapping().label());
    }
}
