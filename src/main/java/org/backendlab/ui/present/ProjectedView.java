package org.backendlab.ui.present;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import org.backendlab.ui.dashboard.DashboardViewModel;
import org.backendlab.ui.editor.DiagramView;
import org.backendlab.ui.run.RunOverlay;
import org.backendlab.ui.run.RunView;
import org.backendlab.ui.run.RunViewModel;
import org.backendlab.ui.text.Messages;
import org.backendlab.ui.text.Numbers;

/**
 * What the class sees in presentation mode: the lesson step, the read-only diagram with the run drawn
 * over it and its caption, and a few big figures with the "why" sentence. Fewer things, each big; no
 * editing tools. Follows the same run as the main window and keeps the whole diagram fitted.
 */
public final class ProjectedView extends BorderPane {

    public static final String ID = "projected-view";

    private final DiagramView diagram;
    private final RunOverlay overlay;
    private final StackPane host = new StackPane();
    private Subscription subscriptions = Subscription.EMPTY;
    /** Labels bound to long-lived properties, unbound on dispose. */
    private final java.util.List<Label> labels = new java.util.ArrayList<>();

    public ProjectedView(RunViewModel run, Messages messages, Messages text, ObservableValue<LessonSteps> steps) {
        setId(ID);
        getStyleClass().add("projected-view");
        diagram = DiagramView.readOnly(run.editor(), messages);
        diagram.setId("projected-canvas");
        diagram.setFit(3, 16);
        host.getStyleClass().add("projected-canvas-host");
        host.getChildren().add(diagram);
        host.setMinSize(0, 0);
        overlay = new RunOverlay(run, diagram, text, RunView.WINDOW_DOTS, true);
        setTop(top(run, text, steps));
        setCenter(host);
        setBottom(figures(run.dashboard(), messages, text));
        subscriptions = subscriptions.and(host.widthProperty().subscribe(w -> fit()))
                .and(host.heightProperty().subscribe(h -> fit()))
                .and(run.editor().diagramProperty().subscribe(d -> fit()));
    }

    private HBox top(RunViewModel run, Messages text, ObservableValue<LessonSteps> steps) {
        Label step = label("projected-step", "projected-step");
        step.textProperty().bind(steps.flatMap(LessonSteps::stepTitle));
        step.setWrapText(true);
        step.visibleProperty().bind(step.textProperty().isNotEmpty());
        step.managedProperty().bind(step.visibleProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Label state = label("projected-state", "projected-state");
        state.textProperty().bind(Bindings.createStringBinding(
                () -> (run.clock().isPlaying() ? "\u25b6 " : "\u275a\u275a ") + text.of("time.speed", run.clock().speedProperty().get()),
                run.clock().playingProperty(), run.clock().speedProperty()));
        Label clock = label("projected-clock", "projected-clock");
        clock.textProperty().bind(Bindings.createStringBinding(
                () -> text.get("time.clock", Numbers.seconds(run.clock().time())), run.clock().timeProperty()));
        clock.setMinWidth(Region.USE_PREF_SIZE);
        state.setMinWidth(Region.USE_PREF_SIZE);
        HBox top = new HBox(step, gap, state, clock);
        top.setAlignment(Pos.CENTER_LEFT);
        top.getStyleClass().add("projected-top");
        return top;
    }

    private VBox figures(DashboardViewModel d, Messages messages, Messages text) {
        Label rate = label("projected-rate", "projected-figure");
        rate.textProperty().bind(Bindings.createStringBinding(
                () -> messages.text("present.figure.rate", Numbers.whole(d.requestsPerSecondProperty().get())),
                d.requestsPerSecondProperty()));
        Label p95 = label("projected-p95", "projected-figure");
        p95.textProperty().bind(Bindings.createStringBinding(
                () -> messages.text("present.figure.p95", Numbers.ms(d.p95Property().get())), d.p95Property()));
        Label errors = label("projected-errors", "projected-figure");
        errors.textProperty().bind(Bindings.createStringBinding(
                () -> messages.text("present.figure.errors", Numbers.percent(d.errorRateProperty().get())),
                d.errorRateProperty()));
        Label cost = label("projected-cost", "projected-figure");
        cost.textProperty().bind(Bindings.createStringBinding(
                () -> messages.text("present.figure.cost", Numbers.dollars(d.costPerHourProperty().get())),
                d.costPerHourProperty()));
        HBox row = new HBox(rate, p95, errors, cost);
        row.getStyleClass().add("projected-figures");
        row.setAlignment(Pos.CENTER_LEFT);
        Label why = label("projected-why", "projected-why");
        why.setWrapText(true);
        why.textProperty().bind(Bindings.createStringBinding(() -> {
            var cause = d.why().causeProperty().get();
            return cause == null ? "" : text.get(cause);
        }, d.why().causeProperty()));
        why.setMinHeight(Region.USE_PREF_SIZE);
        VBox bottom = new VBox(row, why);
        bottom.getStyleClass().add("projected-bottom");
        return bottom;
    }

    private Label label(String id, String style) {
        Label l = new Label();
        labels.add(l);
        l.setId(id);
        l.getStyleClass().add(style);
        return l;
    }

    /** Fits the whole diagram into what the screen leaves for it. */
    public void fit() {
        if (host.getWidth() > 0 && host.getHeight() > 0) {
            diagram.fitToView();
            overlay.redrawSoon();
        }
    }

    public DiagramView diagram() {
        return diagram;
    }

    public RunOverlay overlay() {
        return overlay;
    }

    /** Releases the run, the document and the lesson it follows; the view is no longer shown. */
    public void dispose() {
        subscriptions.unsubscribe();
        overlay.dispose();
        diagram.dispose();
        for (Label l : labels) {
            l.textProperty().unbind();
            l.visibleProperty().unbind();
        }
    }
}
