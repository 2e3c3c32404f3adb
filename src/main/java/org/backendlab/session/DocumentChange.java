package org.backendlab.session;

import java.util.List;
import org.backendlab.model.Link;
import org.backendlab.model.Node;

/**
 * What one edit, undo or redo did to the document, as the diagram reported it: the nodes and links added,
 * removed or changed, in order. Lessons read it to see what the learner built.
 */
public record DocumentChange(Source source, List<Part> parts) {

    /** How the change came about. */
    public enum Source { EDIT, UNDO, REDO }

    /** One reported change of the diagram. */
    public sealed interface Part permits NodeAdded, NodeRemoved, NodeChanged, LinkAdded, LinkRemoved {
    }

    public record NodeAdded(Node node) implements Part {
    }

    public record NodeRemoved(Node node) implements Part {
    }

    public record NodeChanged(Node before, Node after) implements Part {
    }

    public record LinkAdded(Link link) implements Part {
    }

    public record LinkRemoved(Link link) implements Part {
    }

    public DocumentChange {
        parts = List.copyOf(parts);
    }
}
