package org.backendlab.model;

/** Told about every change of a diagram, after it happened. */
public interface DiagramListener {

    default void nodeAdded(Node node) {
    }

    default void nodeRemoved(Node node) {
    }

    default void nodeChanged(Node before, Node after) {
    }

    default void linkAdded(Link link) {
    }

    default void linkRemoved(Link link) {
    }
}
