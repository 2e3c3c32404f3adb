package org.backendlab.ui.editor;

import javafx.geometry.Bounds;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Pane;

/**
 * The text field that edits a node's name in place on the canvas: Enter or leaving the field renames
 * (one undoable edit), Escape cancels.
 */
final class InlineRename {

    private final Pane overlay;
    private final EditorViewModel vm;
    private final Runnable refocus;
    private TextField field;

    InlineRename(Pane overlay, EditorViewModel vm, Runnable refocus) {
        this.overlay = overlay;
        this.vm = vm;
        this.refocus = refocus;
    }

    /** Opens the field over a node, given the node's bounds in overlay coordinates. */
    void start(String nodeId, String label, Bounds over) {
        cancel();
        TextField fresh = new TextField(label);
        fresh.setId("rename-field");
        fresh.getStyleClass().add("rename-field");
        fresh.relocate(over.getMinX(), over.getMinY() + over.getHeight() / 2 - 16);
        fresh.setPrefWidth(Math.max(160, over.getWidth()));
        fresh.setOnAction(e -> commit(nodeId, fresh));
        fresh.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                cancel();
                refocus.run();
            }
        });
        fresh.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                commit(nodeId, fresh);
            }
        });
        field = fresh;
        overlay.getChildren().add(fresh);
        fresh.requestFocus();
        fresh.selectAll();
        vm.say("status.renaming");
    }

    void cancel() {
        if (field != null) {
            TextField open = field;
            field = null;
            overlay.getChildren().remove(open);
        }
    }

    /** True when a scene-graph node is the rename field or inside it. */
    boolean owns(javafx.scene.Node node) {
        for (javafx.scene.Node n = node; n != null && field != null; n = n.getParent()) {
            if (n == field) {
                return true;
            }
        }
        return false;
    }

    private void commit(String nodeId, TextField which) {
        if (field != which) {
            return;
        }
        field = null;
        overlay.getChildren().remove(which);
        vm.rename(nodeId, which.getText());
        refocus.run();
    }
}
