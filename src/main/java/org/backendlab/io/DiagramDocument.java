package org.backendlab.io;

import java.util.List;
import org.backendlab.model.Link;
import org.backendlab.model.Node;

/** The JSON shape of a diagram file: format tag, version, nodes and links. */
record DiagramDocument(String format, int version, List<Node> nodes, List<Link> links) {
}
