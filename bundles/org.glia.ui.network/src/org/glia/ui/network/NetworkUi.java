package org.glia.ui.network;

/** Identifiers of the network editor, its commands, context and menus, for plugin.xml, other bundles and tests. */
public final class NetworkUi {

    /** The bundle's symbolic name. */
    public static final String PLUGIN_ID = "org.glia.ui.network";
    /** The network editor for {@code .glia} documents; also the id of its context menu. */
    public static final String EDITOR_ID = "org.glia.ui.network.editor";
    /** The key binding context active while the network editor is. */
    public static final String CONTEXT_ID = "org.glia.ui.network.context";

    /** Command: delete the picked hidden node (Delete). */
    public static final String CMD_DELETE_NODE = "org.glia.ui.network.deleteNode";
    /** Command: add nodes to the picked node's layer (Ctrl+Shift+N); parameter {@link #PARAM_VALUE}: how many. */
    public static final String CMD_ADD_NODES = "org.glia.ui.network.addNodes";
    /** Command: insert a hidden layer after the picked node's layer (Ctrl+Shift+L); parameter: its size. */
    public static final String CMD_INSERT_LAYER = "org.glia.ui.network.insertLayer";
    /** Command: remove the picked node's hidden layer. */
    public static final String CMD_REMOVE_LAYER = "org.glia.ui.network.removeLayer";
    /** Command: set the picked edge's weight; parameter: the weight. */
    public static final String CMD_SET_WEIGHT = "org.glia.ui.network.setWeight";
    /** Command: scale the picked node's outgoing weights; parameter: the factor. */
    public static final String CMD_SCALE_OUTGOING = "org.glia.ui.network.scaleOutgoing";
    /** Command: set how many edges are drawn one by one; parameter: the budget. */
    public static final String CMD_EDGE_BUDGET = "org.glia.ui.network.edgeBudget";
    /** Command: fit the whole network into the editor. */
    public static final String CMD_FIT = "org.glia.ui.network.fit";
    /** Command: open a {@code .glia} document in the network editor (Ctrl+O). */
    public static final String CMD_OPEN_MODEL = "org.glia.ui.network.openModel";
    /** The optional parameter of the commands that ask for a number: given, no dialog is shown. */
    public static final String PARAM_VALUE = "org.glia.ui.network.value";

    private NetworkUi() {
    }
}
