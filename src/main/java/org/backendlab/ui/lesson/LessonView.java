package org.backendlab.ui.lesson;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import org.backendlab.ui.editor.DiagramView;
import org.backendlab.ui.editor.EditorViewModel;
import org.backendlab.ui.run.RunViewModel;
import org.backendlab.ui.text.Messages;
import org.controlsfx.control.PopOver;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Lesson tab: the lesson list (folded away while a lesson is open), the current step and its
 * buttons (back, next, hint, show me, restart, skip, reset progress). Highlights pulse on the canvas and
 * the window; a hint opens in a pop-over that points at the first highlighted part.
 */
public final class LessonView extends ScrollPane {

    static final String STYLESHEET = LessonView.class.getResource("/css/lesson.css").toExternalForm();

    private final LessonViewModel vm;
    private final Messages messages;
    private final Highlighter highlighter;
    private final StepPane step;
    private final List<Subscription> subscriptions = new ArrayList<>();
    private final Button hint;
    private PopOver popOver;

    public LessonView(LessonViewModel vm, RunViewModel run, DiagramView canvas, Messages messages) {
        this.vm = vm;
        this.messages = messages;
        this.highlighter = new Highlighter(canvas);
        setId("lesson-panel");
        getStyleClass().add("lesson-panel");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);

        LessonList list = new LessonList(messages, vm::open);
        TitledPane lessons = new TitledPane(messages.text("lesson.list.title"), list);
        lessons.setId("lesson-list-pane");
        lessons.setAnimated(false);
        lessons.setTooltip(new Tooltip(messages.text("lesson.list.tooltip")));
        Label error = LessonList.wrapped("", "lesson-error");
        error.setId("lesson-error");
        error.setGraphic(new FontIcon("mdi2a-alert-circle-outline"));
        Label none = LessonList.wrapped(messages.text("lesson.none"), "lesson-none");
        none.setId("lesson-none");

        step = new StepPane(vm, messages);
        Button back = button("lesson-back", "mdi2a-arrow-left", "lesson.back");
        Button next = button("lesson-next", "mdi2a-arrow-right", "lesson.next");
        hint = button("lesson-hint", "mdi2l-lightbulb-on-outline", "lesson.hint");
        Button showMe = button("lesson-show-me", "mdi2p-play-circle-outline", "lesson.showMe");
        Button restart = button("lesson-restart", "mdi2r-restart", "lesson.restart");
        Button skip = button("lesson-skip", "mdi2s-skip-next-outline", "lesson.skip");
        Button reset = button("lesson-reset", "mdi2d-delete-sweep-outline", "lesson.reset");
        back.setOnAction(e -> vm.back());
        next.setOnAction(e -> vm.next());
        hint.setOnAction(e -> showHint());
        showMe.setOnAction(e -> {
            if (vm.showingMeProperty().get()) {
                vm.stopShowMe();
            } else {
                vm.showMe();
            }
        });
        restart.setOnAction(e -> vm.restartStep());
        skip.setOnAction(e -> vm.skip());
        reset.setOnAction(e -> vm.resetProgress());
        next.getStyleClass().add("accent");
        FlowPane buttons = new FlowPane(6, 6, back, next, hint, showMe, restart, skip, reset);
        buttons.setId("lesson-buttons");
        buttons.getStyleClass().add("lesson-buttons");
        step.putButtons(buttons);

        on(vm.passedProperty(), p -> next.setDisable(!p || vm.finishedProperty().get()));
        on(vm.finishedProperty(), f -> next.setDisable(f || !vm.passedProperty().get()));
        on(vm.stepNumberProperty(), n -> {
            back.setDisable(n.intValue() <= 1);
            skip.setDisable(n.intValue() >= vm.stepCountProperty().get());
            hidePopOver();
        });
        on(vm.hintsLeftProperty(), left -> hint.setDisable(!left));
        on(vm.showingMeProperty(), playing -> {
            showMe.setText(messages.text(playing ? "lesson.showMe.stop" : "lesson.showMe"));
            showMe.getTooltip().setText(messages.text(playing ? "lesson.showMe.stop.tooltip" : "lesson.showMe.tooltip"));
        });

        VBox body = new VBox(10, lessons, error, none, step);
        body.getStyleClass().add("lesson-body");
        setContent(body);
        on(vm.itemsProperty(), items -> list.show(items, vm.lessonIdProperty().get()));
        on(vm.errorProperty(), e -> {
            error.setText(e);
            show(error, !e.isEmpty());
        });
        on(vm.lessonIdProperty(), id -> {
            boolean open = id != null;
            show(step, open);
            show(none, !open);
            lessons.setExpanded(!open);
            if (open) {
                list.choose(id);
            }
            highlight();
        });

        on(vm.highlightsProperty(), h -> highlight());
        on(vm.stepNumberProperty(), n -> highlight());
        EditorViewModel editor = run.editor();
        on(editor.diagramProperty(), d -> highlight());
        on(editor.revisionProperty(), r -> highlight());
        sceneProperty().addListener((o, a, b) -> {
            if (b != null && !b.getStylesheets().contains(STYLESHEET)) {
                b.getStylesheets().add(STYLESHEET);
            }
            highlight();
        });
        subscriptions.add(run.onFrame((wall, simulated) -> highlighter.frame(wall)));
    }

    private void highlight() {
        highlighter.show(getScene(), vm.lessonIdProperty().get() == null ? List.of() : vm.highlightsProperty().get());
    }

    /** Reveals the next hint in the panel and in a pop-over pointing at what the step highlights. */
    private void showHint() {
        vm.hint().ifPresent(text -> {
            hidePopOver();
            if (getScene() == null || getScene().getWindow() == null || !getScene().getWindow().isShowing()) {
                return;
            }
            Label words = LessonList.wrapped(text, "lesson-hint-popover-text");
            words.setMaxWidth(320);
            VBox box = new VBox(words);
            box.setId("lesson-hint-popover");
            box.getStyleClass().add("lesson-hint-popover");
            popOver = new PopOver(box);
            popOver.setDetachable(false);
            popOver.setAutoHide(true);
            Node target = highlighter.firstShown();
            popOver.show(target != null ? target : hint);
        });
    }

    private void hidePopOver() {
        if (popOver != null) {
            popOver.hide(javafx.util.Duration.ZERO);
            popOver = null;
        }
    }

    private Button button(String id, String icon, String key) {
        Button b = new Button(messages.text(key), new FontIcon(icon));
        b.setId(id);
        b.getStyleClass().add("lesson-button");
        b.setTooltip(new Tooltip(messages.text(key + ".tooltip")));
        return b;
    }

    private static void show(Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }

    private <T> void on(javafx.beans.value.ObservableValue<T> value, java.util.function.Consumer<T> action) {
        subscriptions.add(value.subscribe(action));
    }

    /** Stops listening to the view-models (the window is rebuilt or closed) and removes the highlights. */
    public void dispose() {
        hidePopOver();
        subscriptions.forEach(Subscription::unsubscribe);
        subscriptions.clear();
        highlighter.clear();
        step.dispose();
    }
}
