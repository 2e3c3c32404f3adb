package org.backendlab.ui.lesson;

import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.backendlab.ui.text.Messages;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The list of lessons with each one's progress in an icon and in words (done, in progress, not started,
 * or the one-line message of a lesson that cannot be opened), and the button that opens the chosen one.
 */
final class LessonList extends VBox {

    private final ListView<LessonViewModel.Item> list = new ListView<>();
    private final Messages messages;

    LessonList(Messages messages, Consumer<String> open) {
        this.messages = messages;
        setId("lesson-list-box");
        getStyleClass().add("lesson-list-box");
        list.setId("lesson-list");
        list.getStyleClass().add("lesson-list");
        list.setTooltip(new Tooltip(messages.text("lesson.list.tooltip")));
        list.setCellFactory(v -> new ItemCell());
        list.setPrefHeight(210);
        list.setMinHeight(120);
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && chosen() != null) {
                open.accept(chosen());
                e.consume();
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && chosen() != null) {
                open.accept(chosen());
            }
        });
        Button openButton = new Button(messages.text("lesson.open"), new FontIcon("mdi2b-book-open-page-variant-outline"));
        openButton.setId("lesson-open");
        openButton.setTooltip(new Tooltip(messages.text("lesson.open.tooltip")));
        openButton.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        openButton.setOnAction(e -> open.accept(chosen()));
        getChildren().setAll(list, openButton);
    }

    private String chosen() {
        var item = list.getSelectionModel().getSelectedItem();
        return item == null ? null : item.id();
    }

    /** Shows the items, keeping the chosen one (or choosing {@code current}). */
    void show(List<LessonViewModel.Item> items, String current) {
        String keep = chosen() != null ? chosen() : current;
        list.getItems().setAll(items);
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).id().equals(keep)) {
                list.getSelectionModel().select(i);
            }
        }
    }

    void choose(String id) {
        list.getItems().stream().filter(i -> i.id().equals(id)).findFirst()
                .ifPresent(i -> list.getSelectionModel().select(i));
    }

    /** One lesson: an icon and its title, then its progress (or why it cannot be opened) in words. */
    private final class ItemCell extends ListCell<LessonViewModel.Item> {

        ItemCell() {
            // lets the text wrap to the list's width instead of widening the list
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(LessonViewModel.Item item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll("lesson-broken", "lesson-done", "lesson-in-progress", "lesson-not-started");
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            String icon = switch (item.status()) {
                case DONE -> "mdi2c-check-circle";
                case IN_PROGRESS -> "mdi2p-progress-clock";
                case NOT_STARTED -> "mdi2c-circle-outline";
                case BROKEN -> "mdi2a-alert-circle-outline";
            };
            Label title = wrapped(item.title(), "lesson-item-title");
            HBox head = new HBox(6, new FontIcon(icon), title);
            head.setAlignment(Pos.TOP_LEFT);
            HBox.setHgrow(title, Priority.ALWAYS);
            String words = switch (item.status()) {
                case DONE -> messages.text("lesson.status.DONE", item.minutes());
                case IN_PROGRESS -> messages.text("lesson.status.IN_PROGRESS", item.passed(), item.steps());
                case NOT_STARTED -> messages.text("lesson.status.NOT_STARTED", item.steps(), item.minutes());
                case BROKEN -> messages.text("lesson.status.BROKEN", item.error());
            };
            Label status = wrapped(words, "lesson-item-status");
            VBox box = new VBox(2, head, status);
            box.setId("lesson-item-" + item.id());
            getStyleClass().add(switch (item.status()) {
                case DONE -> "lesson-done";
                case IN_PROGRESS -> "lesson-in-progress";
                case NOT_STARTED -> "lesson-not-started";
                case BROKEN -> "lesson-broken";
            });
            setText(null);
            setGraphic(box);
            setTooltip(new Tooltip(item.status() == LessonViewModel.Status.BROKEN ? item.error() : item.summary()));
        }
    }

    static Label wrapped(String text, String style) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.setMaxWidth(Double.MAX_VALUE);
        label.getStyleClass().add(style);
        return label;
    }
}
