package org.backendlab.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

/** Every piece of text a person can see in a scene graph, with the height it is drawn at on screen. */
final class TextSizes {

    /** One visible text: what it says and its font size in screen pixels (zoom included). */
    record Seen(String text, double px, String where) {
    }

    private TextSizes() {
    }

    static List<Seen> visible(Parent root) {
        List<Seen> found = new ArrayList<>();
        walk(root, found);
        return found;
    }

    private static void walk(Node node, List<Seen> found) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return;
        }
        double scale = Math.hypot(node.getLocalToSceneTransform().getMxx(), node.getLocalToSceneTransform().getMyx());
        if (node instanceof Text t && t.getText() != null && !t.getText().isBlank()) {
            found.add(new Seen(t.getText(), t.getFont().getSize() * scale, describe(node)));
        } else if (node instanceof Labeled l && l.getText() != null && !l.getText().isBlank()) {
            found.add(new Seen(l.getText(), l.getFont().getSize() * scale, describe(node)));
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                walk(child, found);
            }
        }
    }

    private static String describe(Node node) {
        StringBuilder path = new StringBuilder();
        for (Node n = node; n != null; n = n.getParent()) {
            if (n.getId() != null) {
                path.insert(0, "#" + n.getId() + " ");
            }
        }
        return path.toString().strip() + " " + node.getClass().getSimpleName();
    }
}
