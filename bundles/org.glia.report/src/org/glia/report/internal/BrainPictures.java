package org.glia.report.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.glia.cohort.Cohort;
import org.glia.core.color.ColorMaps;
import org.glia.render.BrainImages;
import org.glia.render.BrainScene;
import org.glia.render.BrainScenes;
import org.glia.render.Camera;
import org.glia.render.ImageOptions;
import org.glia.render.StandardView;

/**
 * Renders every class map on the cohort's atlas from the left, the right and the top through
 * {@code org.glia.render}. Only {@link BrainFigureWriter} calls it, so that Glia without the renderer (an
 * optional dependency) never loads this class.
 */
final class BrainPictures {

    /** The views drawn for every class, in order. */
    static final List<StandardView> VIEWS = List.of(StandardView.LEFT, StandardView.RIGHT, StandardView.TOP);
    private static final int WIDTH = 800;
    private static final int HEIGHT = 600;
    private static final int LABELS = 8;

    private BrainPictures() {
    }

    /** Writes {@code brain-CLASS-VIEW.png} files into {@code out}; throws the renderer's exceptions. */
    static BrainFigures render(Cohort cohort, ClassImportance ci, List<String> classes, String method, String legend,
            Path out, IProgressMonitor monitor) throws Exception {
        SubMonitor progress = SubMonitor.convert(monitor, "Brain renderings", 1 + classes.size() * VIEWS.size());
        BrainScene scene = BrainScenes.load(cohort.atlas(), cohort.labels(), false, progress.split(1));
        scene.setColorMap(ColorMaps.defaultMap());
        Camera camera = new Camera(scene.meshes().boundsMin(), scene.meshes().boundsMax());
        List<List<String>> files = new ArrayList<>();
        try (BrainImages images = new BrainImages()) {
            for (int c = 0; c < classes.size(); c++) {
                scene.setValues(ci.normalised()[c]);
                scene.fitMapping();
                List<String> names = new ArrayList<>();
                for (StandardView v : VIEWS) {
                    camera.view(v);
                    String name = "brain-" + BrainFigureWriter.safe(classes.get(c)) + "-" + view(v) + ".png";
                    ImageOptions options = ImageOptions.of(WIDTH, HEIGHT).withTitle(classes.get(c) + ": importance ("
                            + method + "), " + view(v)).withValueName("importance").withLegend(legend)
                            .withTopK(LABELS);
                    BrainImages.writePng(images.render(scene, camera, options), out.resolve(name));
                    names.add(name);
                    progress.worked(1);
                }
                files.add(names);
            }
        }
        return new BrainFigures(files, VIEWS.stream().map(BrainPictures::view).toList(), null);
    }

    private static String view(StandardView v) {
        return v.name().toLowerCase(Locale.ROOT);
    }
}
