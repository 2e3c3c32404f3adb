package org.backendlab.ui.inspector;

import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.backendlab.model.Node;

/** The node's name (renamed as one undoable edit on Enter or when the field loses focus) and its id. */
final class NameSection extends VBox {

    private final InspectorContext ctx;

    NameSection(InspectorContext ctx, Fields fields, Node node) {
        this.ctx = ctx;
        getStyleClass().add("inspector-group");
        TextField label = new TextField();
        label.setId("inspector-label");
        label.setTooltip(fields.tooltip("inspector-label"));
        label.setOnAction(e -> commit(label));
        label.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                commit(label);
            }
        });
        ctx.onRefresh(n -> {
            if (!label.isFocused() || !label.getText().equals(n.label())) {
                label.setText(n.label());
            }
        });
        Label id = new Label(node.id());
        id.setId("inspector-id");
        id.getStyleClass().add("inspector-value");
        GridPane grid = Fields.grid();
        fields.row(grid, label);
        fields.row(grid, "inspector.id", id);
        getChildren().add(grid);
    }

    private void commit(TextField field) {
        if (ctx.isUpdating()) {
            return;
        }
        ctx.shown().ifPresent(n -> {
            if (!field.getText().strip().equals(n.label()) && !ctx.vm().rename(n.id(), field.getText())) {
                field.setText(n.label());
            }
        });
    }
}
