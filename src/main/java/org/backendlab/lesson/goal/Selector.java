package org.backendlab.lesson.goal;

import java.util.List;
import org.backendlab.model.Diagram;
import org.backendlab.model.Node;
import org.backendlab.model.NodeKind;

/** Names nodes in a goal: a node kind ({@code "DATABASE"}, every node of it) or one node id ({@code "db-1"}). */
public record Selector(String value) {

    public boolean isKind() {
        return kind() != null;
    }

    /** The kind named, or null when this names a node id. */
    public NodeKind kind() {
        for (NodeKind k : NodeKind.values()) {
            if (k.name().equals(value)) {
                return k;
            }
        }
        return null;
    }

    public boolean matches(Node node) {
        return isKind() ? node.kind() == kind() : node.id().equals(value);
    }

    public boolean matches(String nodeId, Diagram diagram) {
        return diagram.node(nodeId).map(this::matches).orElse(false);
    }

    /** The nodes selected in a diagram, in diagram order. */
    public List<Node> nodes(Diagram diagram) {
        return diagram.nodes().stream().filter(this::matches).toList();
    }
}
