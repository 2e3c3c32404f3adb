package org.backendlab.ui.inspector;

import org.backendlab.model.Node;

/**
 * Run-time controls and state of the shown node (take it down or bring it back, instances the autoscaler
 * started), which the run layer puts into the inspector apart from the saved settings. Nothing here is a
 * document edit: it is not undone and not saved.
 */
public interface RuntimeSection {

    /** The controls for a node that has just been shown, or null when it has none. */
    javafx.scene.Node build(Node node);

    /** The shown node's settings changed (an edit, an undo or a redo). */
    default void refresh(Node node) {
    }
}
