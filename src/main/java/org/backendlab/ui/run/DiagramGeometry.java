package org.backendlab.ui.run;

import javafx.geometry.Bounds;

/** Where the diagram's nodes are drawn, in the coordinates of the layer that draws dots over them. */
public interface DiagramGeometry {

    /** The node's box, or null when the node is not on screen. */
    Bounds boundsOf(String nodeId);
}
