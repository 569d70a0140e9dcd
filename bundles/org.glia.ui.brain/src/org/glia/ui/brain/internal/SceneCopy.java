package org.glia.ui.brain.internal;

import org.glia.render.BrainScene;

/**
 * An independent copy of what a scene shows (same immutable meshes, copied values and looks), so another
 * thread can render it (a PNG export) while the view keeps changing its own.
 */
public final class SceneCopy {

    private SceneCopy() {
    }

    /** The copy; per-region opacities are not copied (the view leaves them at 1). */
    public static BrainScene of(BrainScene s) {
        BrainScene c = new BrainScene(s.meshes(), s.labels());
        for (int index : s.regionIndices()) {
            c.setValue(index, s.value(index));
        }
        c.setColorMap(s.colorMap());
        c.setMapping(s.mapping());
        c.setThreshold(s.threshold(), s.thresholdMode());
        c.setOpacity(s.opacity());
        c.setBackground(s.background());
        c.setHighlighted(s.highlighted());
        return c;
    }
}
