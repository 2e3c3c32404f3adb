package org.backendlab.ui.editor;

import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import org.backendlab.model.Node;
import org.backendlab.ui.widgets.KindIcons;
import org.backendlab.ui.text.Messages;

/**
 * One diagram node on the canvas: icon, label and kind, plus a connector handle to drag wires from.
 * Its id is the node's id, so {@code #api-1} finds it. It only renders; the canvas handles gestures.
 */
public final class NodeBox extends StackPane {

    public static final String STYLE = "diagram-node";

    private final Label name = new Label();
    private final Label kindLabel = new Label();
    private final Circle connector = new Circle(6);
    private final Tooltip tooltip = new Tooltip();
    private final Messages messages;
    private Node node;
    private int wireCount;

    NodeBox(Node node, Messages messages) {
        this.node = node;
        this.messages = messages;
        setId(node.id());
        setAccessibleRole(AccessibleRole.TEXT);
        getStyleClass().addAll(STYLE, KindIcons.styleClass(node.kind()));
        name.getStyleClass().add("node-name");
        kindLabel.getStyleClass().add("node-kind");
        // hidden (here or by a projected view's CSS) also means it takes no room
        kindLabel.managedProperty().bind(kindLabel.visibleProperty());
        kindLabel.setText(messages.kindName(node.kind()));
        VBox text = new VBox(name, kindLabel);
        text.setAlignment(Pos.CENTER_LEFT);
        text.getStyleClass().add("node-text");
        var icon = KindIcons.of(node.kind());
        StackPane badge = new StackPane(icon);
        badge.getStyleClass().add("node-icon");
        HBox row = new HBox(badge, text);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("node-row");
        connector.getStyleClass().add("connector");
        connector.setManaged(false);
        getChildren().addAll(row, connector);
        setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        widthProperty().addListener((o, a, b) -> place());
        heightProperty().addListener((o, a, b) -> place());
        tooltip.setText(messages.text("canvas.node.tooltip"));
        Tooltip.install(this, tooltip);
        update(node);
    }

    public Node node() {
        return node;
    }

    Circle connector() {
        return connector;
    }

    void update(Node changed) {
        this.node = changed;
        name.setText(changed.label());
        // The kind line only adds something when the name does not already say it.
        boolean sayKind = !changed.label().strip().equalsIgnoreCase(kindLabel.getText());
        kindLabel.setVisible(sayKind);
        describe();
        place();
    }

    /** How many wires touch the node, for the text a screen reader says ("API server 1, API server, 3 wires"). */
    void setWireCount(int count) {
        if (count != wireCount) {
            wireCount = count;
            describe();
        }
    }

    private void describe() {
        setAccessibleText(messages.text("canvas.node.accessible", node.label(), kindLabel.getText(), wireCount));
    }

    void setSelected(boolean selected) {
        pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("selected"), selected);
    }

    /** Shows the node centred at a diagram point (while dragging, before the move is committed). */
    void showAt(double x, double y) {
        setLayoutX(Math.round(x - getWidth() / 2));
        setLayoutY(Math.round(y - getHeight() / 2));
    }

    private void place() {
        showAt(node.x(), node.y());
        connector.setCenterX(getWidth());
        connector.setCenterY(getHeight() / 2);
    }
}
