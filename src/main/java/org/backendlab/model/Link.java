package org.backendlab.model;

/** A wire from one node to another; {@code latencyMs} is the one-way network delay on it. */
public record Link(String from, String to, LinkKind kind, double latencyMs) {

    public static final double DEFAULT_LATENCY_MS = 1.0;

    public static Link calls(String from, String to) {
        return new Link(from, to, LinkKind.CALLS, DEFAULT_LATENCY_MS);
    }

    public static Link monitors(String from, String to) {
        return new Link(from, to, LinkKind.MONITORS, 0);
    }

    /** Stable id for views and tests, e.g. {@code api-1->db-1}. */
    public String id() {
        return kind == LinkKind.CALLS ? from + "->" + to : from + "~>" + to;
    }

    public boolean sameEnds(Link other) {
        return from.equals(other.from) && to.equals(other.to) && kind == other.kind;
    }
}
