package org.backendlab.ui.editor;

import javafx.geometry.Point2D;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.VBox;
import org.backendlab.model.NodeKind;
import org.backendlab.ui.widgets.KindIcons;
import org.backendlab.ui.text.Messages;

/**
 * The palette of node kinds. Click a kind (or focus it and press Enter or Space) to add it in the middle
 * of the canvas, or drag it onto the canvas to place it. Buttons have ids like {@code palette-db}.
 */
public final class PaletteView extends VBox {

    private static final double DRAG_THRESHOLD = 6;

    private final DiagramView canvas;

    public PaletteView(DiagramView canvas, Messages messages) {
        this.canvas = canvas;
        setId("palette");
        getStyleClass().add("palette");
        Label title = new Label(messages.text("palette.title"));
        title.getStyleClass().add("palette-title");
        getChildren().add(title);
        for (NodeKind kind : NodeKind.values()) {
            getChildren().add(button(kind, messages));
        }
        Label hint = new Label(messages.text("palette.hint"));
        hint.getStyleClass().add("palette-hint");
        hint.setWrapText(true);
        getChildren().add(hint);
    }

    public static String buttonId(NodeKind kind) {
        return "palette-" + kind.idPrefix();
    }

    private Button button(NodeKind kind, Messages messages) {
        Button button = new Button(messages.kindName(kind), KindIcons.of(kind));
        button.setId(buttonId(kind));
        button.getStyleClass().addAll("palette-item", KindIcons.styleClass(kind));
        button.setContentDisplay(ContentDisplay.LEFT);
        button.setMaxWidth(Double.MAX_VALUE);
        button.setMnemonicParsing(false);
        button.setTooltip(new Tooltip(messages.text("palette.item.tooltip", messages.kindName(kind))));
        button.setOnAction(e -> canvas.addAtCentre(kind));
        button.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                button.fire();
                e.consume();
            }
        });
        final Point2D[] press = new Point2D[1];
        final boolean[] dragging = new boolean[1];
        button.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            press[0] = new Point2D(e.getScreenX(), e.getScreenY());
            dragging[0] = false;
        });
        button.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            if (press[0] != null && press[0].distance(e.getScreenX(), e.getScreenY()) > DRAG_THRESHOLD) {
                dragging[0] = true;
            }
            if (dragging[0]) {
                canvas.previewDrop(kind, e.getSceneX(), e.getSceneY());
            }
        });
        button.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            if (dragging[0]) {
                // Released away from the button, so the button does not fire: the drop is the only action.
                canvas.drop(kind, e.getSceneX(), e.getSceneY());
            }
            dragging[0] = false;
            press[0] = null;
        });
        return button;
    }
}
