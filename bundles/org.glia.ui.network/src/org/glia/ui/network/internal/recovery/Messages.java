package org.glia.ui.network.internal.recovery;

import org.eclipse.osgi.util.NLS;

/** The user-visible strings of autosave and crash recovery, from messages.properties in this package. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.glia.ui.network.internal.recovery.messages";

    public static String recoverCommand;
    public static String askTitle;
    public static String ask;
    public static String askLastChange;
    public static String recoverButton;
    public static String discardButton;
    public static String corruptTitle;
    public static String corrupt;
    public static String writeJob;
    public static String readJob;
    public static String writeFailed;
    public static String recovered;
    public static String unsavedDocuments;
    public static String unsavedItem;
    public static String openButton;
    public static String notNowButton;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
