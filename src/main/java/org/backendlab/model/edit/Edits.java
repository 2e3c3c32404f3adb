package org.backendlab.model.edit;

import java.util.ArrayList;
import java.util.List;
import org.backendlab.model.Diagram;
import org.backendlab.model.Link;
import org.backendlab.model.Node;

/** The undoable edits the editor makes. */
public final class Edits {

    private Edits() {
    }

    public static Edit addNode(Node node) {
        return new Edit() {
            public void apply(Diagram d) {
                d.addNode(node);
            }

            public void revert(Diagram d) {
                d.removeNode(node.id());
            }
        };
    }

    /** Removes nodes and links together; reverting puts every node and link back. */
    public static Edit remove(List<String> nodeIds, List<Link> links) {
        return new Edit() {
            private final List<Node> removedNodes = new ArrayList<>();
            private final List<Link> removedLinks = new ArrayList<>();

            public void apply(Diagram d) {
                removedNodes.clear();
                removedLinks.clear();
                for (Link link : links) {
                    if (d.links().stream().anyMatch(link::sameEnds)) {
                        d.removeLink(link);
                        removedLinks.add(link);
                    }
                }
                for (String id : nodeIds) {
                    removedNodes.add(d.require(id));
                    removedLinks.addAll(d.removeNode(id));
                }
            }

            public void revert(Diagram d) {
                removedNodes.forEach(d::addNode);
                removedLinks.forEach(d::addLink);
            }
        };
    }

    /** Replaces nodes by changed copies (move, rename, settings). */
    public static Edit change(List<Node> before, List<Node> after) {
        List<Node> was = List.copyOf(before);
        List<Node> now = List.copyOf(after);
        return new Edit() {
            public void apply(Diagram d) {
                now.forEach(d::replaceNode);
            }

            public void revert(Diagram d) {
                was.forEach(d::replaceNode);
            }
        };
    }

    public static Edit change(Node before, Node after) {
        return change(List.of(before), List.of(after));
    }

    public static Edit addLink(Link link) {
        return new Edit() {
            public void apply(Diagram d) {
                d.addLink(link);
            }

            public void revert(Diagram d) {
                d.removeLink(link);
            }
        };
    }

    /** Several edits done and undone as one. */
    public static Edit all(List<Edit> edits) {
        List<Edit> steps = List.copyOf(edits);
        return new Edit() {
            public void apply(Diagram d) {
                steps.forEach(e -> e.apply(d));
            }

            public void revert(Diagram d) {
                for (int i = steps.size() - 1; i >= 0; i--) {
                    steps.get(i).revert(d);
                }
            }
        };
    }
}
