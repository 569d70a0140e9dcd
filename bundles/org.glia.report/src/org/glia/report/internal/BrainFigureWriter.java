package org.glia.report.internal;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.glia.cohort.Cohort;

/**
 * Adds brain renderings to the report when they can be made: the renderer bundle is installed (it is an
 * optional dependency), headless OpenGL works and the cohort has an atlas volume. Otherwise the report says
 * why there are none; analyze never fails for want of pictures.
 */
public final class BrainFigureWriter {

    private BrainFigureWriter() {
    }

    /** Renders the class maps, or explains why not. */
    public static BrainFigures write(Cohort cohort, ClassImportance ci, List<String> classes, String method,
            String legend, Path out, IProgressMonitor monitor) {
        if (cohort.atlas() == null) {
            return BrainFigures.none("No brain renderings: the cohort has no atlas volume (atlas.nii.gz).");
        }
        try {
            return BrainPictures.render(cohort, ci, classes, method, legend, out, monitor);
        } catch (OperationCanceledException e) {
            throw e;
        } catch (LinkageError e) {
            return BrainFigures.none("No brain renderings: the 3D renderer (org.glia.render) or its OpenGL library "
                    + "is not installed (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ").");
        } catch (Exception e) {
            return BrainFigures.none("No brain renderings: " + e.getMessage());
        }
    }

    /** A class name usable in a file name: letters, digits, '-' and '_' kept, anything else '_'. */
    static String safe(String name) {
        StringBuilder b = new StringBuilder();
        for (char ch : name.toCharArray()) {
            b.append(Character.isLetterOrDigit(ch) && ch < 128 || ch == '-' || ch == '_' ? ch : '_');
        }
        return b.toString();
    }
}
