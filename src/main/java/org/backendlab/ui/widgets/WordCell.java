package org.backendlab.ui.widgets;

import java.util.function.Function;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;

/** A list cell that shows its item in the learner's words rather than as an enum name. */
public final class WordCell<T> extends ListCell<T> {

    private final Function<T, String> words;

    public WordCell(Function<T, String> words) {
        this.words = words;
    }

    /** Makes a choice box show every item, in its list and on its button, through {@code words}. */
    public static <T> void showInWords(ComboBox<T> box, Function<T, String> words) {
        box.setCellFactory(l -> new WordCell<>(words));
        box.setButtonCell(new WordCell<>(words));
    }

    @Override
    protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty || item == null ? null : words.apply(item));
    }
}
