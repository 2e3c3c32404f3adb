package org.backendlab.ui.run;

import javafx.geometry.Bounds;

/**
 * Where the diagram's nodes are: their boxes in diagram coordinates, and the zoom and pan that map diagram
 * coordinates onto the layer that draws dots over them.
 */
public interface DiagramGeometry {

    /** The node's box in diagram coordinates, or null when the node is not shown. */
    Bounds boundsOf(String nodeId);

    default double zoom() {
        return 1;
    }

    default double panX() {
        return 0;
    }

    default double panY() {
        return 0;
    }
}
