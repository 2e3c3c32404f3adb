package org.backendlab.ui.editor;

import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import org.backendlab.model.NodeKind;
import org.backendlab.ui.widgets.KindIcons;
import org.backendlab.ui.text.Messages;

/** The faint preview of a node being dragged from the palette onto the canvas. */
final class PaletteGhost extends Label {

    private final Messages messages;

    PaletteGhost(Messages messages) {
        this.messages = messages;
        getStyleClass().add("palette-ghost");
        setMouseTransparent(true);
        setManaged(false);
        setVisible(false);
    }

    void show(NodeKind kind, Point2D at) {
        setText(messages.kindName(kind));
        setGraphic(KindIcons.of(kind));
        autosize();
        relocate(at.getX() - getWidth() / 2, at.getY() - getHeight() / 2);
        setVisible(true);
    }
}
