package org.backendlab.model;

/** One side of a firewall rule: a single node (by id), every node of a kind, or anything (both null). */
public record Endpoint(NodeKind kind, String nodeId) {

    public static Endpoint any() {
        return new Endpoint(null, null);
    }

    public static Endpoint ofKind(NodeKind kind) {
        return new Endpoint(kind, null);
    }

    public static Endpoint ofNode(String id) {
        return new Endpoint(null, id);
    }

    public boolean isAny() {
        return kind == null && nodeId == null;
    }

    public boolean matches(String id, NodeKind nodeKind) {
        if (nodeId != null) {
            return nodeId.equals(id);
        }
        return kind == null || kind == nodeKind;
    }
}
