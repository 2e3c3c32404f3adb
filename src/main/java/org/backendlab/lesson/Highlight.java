package org.backendlab.lesson;

/** What a step points at: a node of the diagram (by id) or a named part of the window; exactly one is set. */
public record Highlight(String node, WindowPart part) {

    public static Highlight parse(String name) {
        return WindowPart.named(name).map(p -> new Highlight(null, p)).orElseGet(() -> new Highlight(name, null));
    }

    public boolean isNode() {
        return node != null;
    }
}
