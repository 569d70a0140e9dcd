package org.glia.ui.internal.preferences;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.glia.ui.GliaPreferences;
import org.glia.ui.GliaUi;

/**
 * Puts the defaults of {@link GliaPreferences} into the default scope, so that Restore Defaults and the
 * preference store agree with what {@link GliaPreferences#get} answers for a missing value.
 */
public final class GliaPreferenceInitializer extends AbstractPreferenceInitializer {

    @Override
    public void initializeDefaultPreferences() {
        IEclipsePreferences defaults = DefaultScope.INSTANCE.getNode(GliaUi.PLUGIN_ID);
        for (String key : PreferenceRules.keys()) {
            defaults.put(key, GliaPreferences.defaultOf(key));
        }
    }

    /** The store the preference page edits: the instance scope GliaPreferences reads, with the defaults set. */
    public static ScopedPreferenceStore store() {
        new GliaPreferenceInitializer().initializeDefaultPreferences();
        return new ScopedPreferenceStore(InstanceScope.INSTANCE, GliaUi.PLUGIN_ID);
    }
}
