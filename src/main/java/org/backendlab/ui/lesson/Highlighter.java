package org.backendlab.ui.lesson;

import java.util.ArrayList;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Scene;
import org.backendlab.lesson.Highlight;
import org.backendlab.ui.editor.DiagramView;

/**
 * Marks what a lesson step points at (node boxes on the canvas, controls of the window) with the
 * {@code lesson-highlight} style class, and makes the marks pulse by flipping the {@code pulse}
 * pseudo-class on the app's frame clock.
 */
final class Highlighter {

    static final String STYLE = "lesson-highlight";
    static final PseudoClass PULSE = PseudoClass.getPseudoClass("pulse");
    /** Wall seconds per half pulse. */
    static final double HALF_PULSE = 0.6;

    private final DiagramView canvas;
    private final List<Node> marked = new ArrayList<>();
    private double phase;
    private boolean on;

    Highlighter(DiagramView canvas) {
        this.canvas = canvas;
    }

    /** Marks the step's highlights in a scene, dropping the previous marks. */
    void show(Scene scene, List<Highlight> highlights) {
        clear();
        for (Highlight h : highlights) {
            Node target = h.isNode() ? canvas.box(h.node()).orElse(null)
                    : WindowParts.find(scene, h.part()).orElse(null);
            if (target != null) {
                target.getStyleClass().add(STYLE);
                target.pseudoClassStateChanged(PULSE, on);
                marked.add(target);
            }
        }
    }

    /** The first marked control that is on screen now (a hint points at it). */
    Node firstShown() {
        return marked.stream().filter(n -> n.getScene() != null && n.isVisible()).findFirst().orElse(null);
    }

    List<Node> marked() {
        return List.copyOf(marked);
    }

    void frame(double wallSeconds) {
        if (marked.isEmpty()) {
            return;
        }
        phase += wallSeconds;
        if (phase >= HALF_PULSE) {
            phase = 0;
            on = !on;
            marked.forEach(n -> n.pseudoClassStateChanged(PULSE, on));
        }
    }

    void clear() {
        for (Node n : marked) {
            n.getStyleClass().remove(STYLE);
            n.pseudoClassStateChanged(PULSE, false);
        }
        marked.clear();
    }
}
