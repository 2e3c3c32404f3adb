package org.backendlab.ui.inspector;

import javafx.scene.control.Label;
import org.kordamp.ikonli.javafx.FontIcon;

/** A sentence under a group of fields saying why an input was not taken; takes no room while empty. */
final class InlineMessage extends Label {

    InlineMessage(String id) {
        setId(id);
        getStyleClass().add("inspector-message");
        setWrapText(true);
        FontIcon icon = new FontIcon("mdi2a-alert-circle-outline");
        icon.getStyleClass().add("inspector-message-icon");
        setGraphic(icon);
        visibleProperty().bind(textProperty().isNotEmpty());
        managedProperty().bind(visibleProperty());
        setText("");
    }

    void say(String sentence) {
        setText(sentence == null ? "" : sentence);
    }

    void clear() {
        setText("");
    }
}
