package org.backendlab.ui.present;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import org.backendlab.model.Node;
import org.backendlab.ui.run.RunViewModel;
import org.backendlab.ui.text.Messages;
import org.backendlab.ui.text.Numbers;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The teacher's own window in presentation mode: the lesson step with its teacher notes, the next step
 * and the live checklist, and the run controls (play, send one, speed, traffic, take a node down,
 * restart). Everything it does goes to the same run the projected window shows.
 */
public final class PresenterView extends BorderPane {

    public static final String ID = "presenter-view";

    private final RunViewModel run;
    private final Messages messages;
    private final Messages text;
    private final FlowPane downButtons = new FlowPane();
    private final VBox checklist = new VBox();
    private Subscription subscriptions = Subscription.EMPTY;
    /** Labels and buttons whose text or visibility is bound to long-lived properties, unbound on dispose. */
    private final List<javafx.scene.control.Labeled> bound = new java.util.ArrayList<>();

    public PresenterView(RunViewModel run, Messages messages, Messages text, ObservableValue<LessonSteps> steps,
                         Runnable leave) {
        this.run = run;
        this.messages = messages;
        this.text = text;
        setId(ID);
        getStyleClass().add("presenter-view");

        Label title = new Label(messages.text("presenter.title"));
        title.getStyleClass().add("presenter-title");
        Button leaveButton = button("presenter-leave", "mdi2f-fullscreen-exit", messages.text("presenter.leave"),
                messages.text("presenter.leave.tip"));
        leaveButton.setOnAction(e -> leave.run());
        javafx.scene.layout.Region gap = new javafx.scene.layout.Region();
        HBox.setHgrow(gap, javafx.scene.layout.Priority.ALWAYS);
        HBox head = new HBox(8, title, gap, leaveButton);
        head.setAlignment(Pos.CENTER_LEFT);
        head.getStyleClass().add("presenter-head");
        setTop(head);

        VBox body = new VBox(lesson(steps), controls());
        body.getStyleClass().add("presenter-body");
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        setCenter(scroll);

        Label status = new Label();
        status.setId("presenter-status");
        status.getStyleClass().add("presenter-status");
        status.setMaxWidth(Double.MAX_VALUE);
        bound.add(status);
        status.textProperty().bind(Bindings.createStringBinding(
                () -> messages.text(run.editor().statusProperty().get()), run.editor().statusProperty()));
        setBottom(status);
        subscriptions = subscriptions.and(run.editor().revisionProperty().subscribe(r -> fillDownButtons()))
                .and(steps.flatMap(LessonSteps::checklist).subscribe(this::fillChecklist));
    }

    private VBox lesson(ObservableValue<LessonSteps> steps) {
        Label none = new Label(messages.text("presenter.noLesson"));
        none.setId("presenter-no-lesson");
        none.setWrapText(true);
        none.getStyleClass().add("presenter-muted");
        Label step = bound("presenter-step", "presenter-step", steps.flatMap(LessonSteps::stepTitle));
        Label stepText = bound("presenter-step-text", "presenter-text", steps.flatMap(LessonSteps::stepText));
        Label notes = bound("presenter-notes", "presenter-notes", steps.flatMap(LessonSteps::teacherNote));
        notes.setTooltip(new Tooltip(messages.text("presenter.notes.tip")));
        Label next = bound("presenter-next", "presenter-muted", steps.flatMap(LessonSteps::nextStepTitle)
                .map(t -> t.isEmpty() ? "" : messages.text("presenter.next", t)));
        none.visibleProperty().bind(step.textProperty().isEmpty());
        none.managedProperty().bind(none.visibleProperty());
        checklist.setId("presenter-checklist");
        checklist.getStyleClass().add("presenter-checklist");
        Button back = button("presenter-step-back", "mdi2c-chevron-left", messages.text("presenter.stepBack"),
                messages.text("presenter.stepBack.tip"));
        back.setOnAction(e -> steps.getValue().previous());
        Button forward = button("presenter-step-next", "mdi2c-chevron-right", messages.text("presenter.stepNext"),
                messages.text("presenter.stepNext.tip"));
        forward.setOnAction(e -> steps.getValue().next());
        HBox moves = new HBox(6, back, forward);
        moves.disableProperty().bind(step.textProperty().isEmpty());
        VBox box = new VBox(6, section("presenter.lesson"), none, step, stepText, notes, checklist, next, moves);
        box.getStyleClass().add("presenter-section");
        return box;
    }

    private VBox controls() {
        Button play = button("presenter-play", "mdi2p-play-pause", "", messages.text("presenter.play.tip"));
        bound.add(play);
        play.textProperty().bind(Bindings.createStringBinding(
                () -> text.get(run.clock().isPlaying() ? "time.pause" : "time.play"), run.clock().playingProperty()));
        play.setOnAction(e -> run.togglePlaying());
        Button send = button("presenter-send", "mdi2s-send", text.get("send.button"), messages.text("presenter.send.tip"));
        send.setOnAction(e -> run.sendOne());
        Button restart = button("presenter-restart", "mdi2r-restart", text.get("time.reset"), text.get("time.reset.tip"));
        restart.setOnAction(e -> run.restart());
        HBox row1 = new HBox(6, play, send, restart);

        Button slower = button("presenter-slower", "mdi2r-rewind", messages.text("presenter.slower"),
                messages.text("presenter.slower.tip"));
        slower.setOnAction(e -> run.slower());
        Button faster = button("presenter-faster", "mdi2f-fast-forward", messages.text("presenter.faster"),
                messages.text("presenter.faster.tip"));
        faster.setOnAction(e -> run.faster());
        Label speed = new Label();
        speed.setId("presenter-speed");
        bound.add(speed);
        speed.textProperty().bind(Bindings.createStringBinding(
                () -> text.of("time.speed", run.clock().speedProperty().get()), run.clock().speedProperty()));
        HBox row2 = new HBox(6, slower, faster, speed);
        row2.setAlignment(Pos.CENTER_LEFT);

        Button less = button("presenter-traffic-down", "mdi2m-minus", messages.text("presenter.trafficDown"),
                messages.text("presenter.trafficDown.tip"));
        less.setOnAction(e -> run.nudgeRate(-1));
        Button more = button("presenter-traffic-up", "mdi2p-plus", messages.text("presenter.trafficUp"),
                messages.text("presenter.trafficUp.tip"));
        more.setOnAction(e -> run.nudgeRate(+1));
        Label rate = new Label();
        rate.setId("presenter-rate");
        bound.add(rate);
        rate.textProperty().bind(Bindings.createStringBinding(
                () -> messages.text("present.figure.rate", Numbers.whole(run.rateProperty().get())), run.rateProperty()));
        HBox row3 = new HBox(6, less, more, rate);
        row3.setAlignment(Pos.CENTER_LEFT);

        Label keys = new Label(messages.text("presenter.keys"));
        keys.setWrapText(true);
        keys.getStyleClass().add("presenter-muted");
        downButtons.setId("presenter-down");
        downButtons.getStyleClass().add("presenter-down");
        VBox box = new VBox(6, section("presenter.run"), row1, row2, row3, section("presenter.down"), downButtons, keys);
        box.getStyleClass().add("presenter-section");
        return box;
    }

    /** One toggle per node that can fail, pressed while it is down. */
    private void fillDownButtons() {
        downButtons.getChildren().clear();
        for (Node node : run.diagram().nodes()) {
            if (!(node.kind().hasCapacity() || node.kind().passesThrough())) {
                continue;
            }
            ToggleButton b = new ToggleButton(node.label());
            b.setId("presenter-down-" + node.id());
            b.setMnemonicParsing(false);
            b.setSelected(run.isDown(node.id()));
            b.setGraphic(new FontIcon(b.isSelected() ? "mdi2p-power-plug-off" : "mdi2p-power"));
            b.setTooltip(new Tooltip(text.get(b.isSelected() ? "live.up.tip" : "live.down.tip")));
            b.setOnAction(e -> {
                run.setDown(node.id(), b.isSelected());
                b.setGraphic(new FontIcon(b.isSelected() ? "mdi2p-power-plug-off" : "mdi2p-power"));
                b.getTooltip().setText(text.get(b.isSelected() ? "live.up.tip" : "live.down.tip"));
            });
            downButtons.getChildren().add(b);
        }
    }

    /** Met and unmet lines differ by their mark, not only by colour. */
    private void fillChecklist(List<LessonSteps.Check> checks) {
        checklist.getChildren().clear();
        for (LessonSteps.Check c : checks == null ? List.<LessonSteps.Check>of() : checks) {
            Label line = new Label((c.met() ? "\u2714 " : "\u25cb ") + c.text());
            line.setWrapText(true);
            line.getStyleClass().add(c.met() ? "presenter-check-met" : "presenter-check-open");
            checklist.getChildren().add(line);
        }
    }

    private Label section(String key) {
        Label l = new Label(messages.text(key));
        l.getStyleClass().add("presenter-section-title");
        return l;
    }

    private Label bound(String id, String style, ObservableValue<String> value) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add(style);
        l.setWrapText(true);
        l.textProperty().bind(value);
        bound.add(l);
        l.visibleProperty().bind(l.textProperty().isNotEmpty());
        l.managedProperty().bind(l.visibleProperty());
        return l;
    }

    private static Button button(String id, String icon, String label, String tip) {
        Button b = new Button(label, new FontIcon(icon));
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        return b;
    }

    /** Releases the run and lesson it follows. */
    public void dispose() {
        subscriptions.unsubscribe();
        for (javafx.scene.control.Labeled l : bound) {
            l.textProperty().unbind();
            l.visibleProperty().unbind();
        }
    }
}
