package org.backendlab.ui.dashboard;

import java.util.function.DoubleFunction;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.backendlab.ui.text.Numbers;
import org.backendlab.ui.text.Messages;

/**
 * One monitored node on the dashboard, as a compact card: its name and instances now on one line, six small
 * gauges under it (a cache shows its hit ratio where other nodes show threads busy). Cards wrap, two to a
 * line when the pane is wide enough, so four monitored nodes fit without scrolling (QA 20).
 */
final class NodeGaugesRow extends VBox {

    private static final PseudoClass ALERT = PseudoClass.getPseudoClass("alert");
    private static final PseudoClass DOWN = PseudoClass.getPseudoClass("down");

    private final HBox dials;

    NodeGaugesRow(NodeGaugesViewModel vm, Messages text, double p95Max) {
        setId("gauges-" + vm.id());
        getStyleClass().add("run-gauge-row");
        Label name = new Label();
        name.getStyleClass().add("run-gauge-node");
        name.textProperty().bind(vm.labelProperty());
        Label instances = new Label();
        instances.getStyleClass().add("run-gauge-instances");
        instances.setMinWidth(0);
        instances.textProperty().bind(Bindings.createStringBinding(
                () -> vm.instancesProperty().get() == null ? "" : text.get(vm.instancesProperty().get()),
                vm.instancesProperty()));
        name.setMinWidth(Label.USE_PREF_SIZE);
        HBox names = new HBox(6, name, instances);
        names.setAlignment(Pos.BASELINE_LEFT);
        names.getStyleClass().add("run-gauge-names");
        names.setPrefWidth(0); // the card is as wide as its dials; a long name line ends in "..."
        Tooltip nameTip = new Tooltip();
        nameTip.textProperty().bind(Bindings.createStringBinding(
                () -> (vm.labelProperty().get() + "  " + instances.getText()).strip(),
                vm.labelProperty(), instances.textProperty()));
        name.setTooltip(nameTip);
        instances.setTooltip(nameTip);
        dials = new HBox();
        dials.getStyleClass().add("run-gauge-dials");
        getChildren().addAll(names, dials);

        dials.getChildren().add(gauge(vm.id() + "-cpu", text.get("gauge.cpu"), vm.cpuProperty(), 1, 0.8, 0.9,
                v -> text.get("gauge.percent", Numbers.percent(v)), text));
        if (vm.cacheProperty().get()) {
            // a cache's threads say little; how often it answers from memory is what the learner watches
            dials.getChildren().add(gauge(vm.id() + "-hits", text.get("gauge.hits"), vm.hitRatioProperty(), 1, 2, 2,
                    v -> Double.isNaN(v) ? text.get("gauge.none") : text.get("gauge.percent", Numbers.percent(v)), text));
        } else {
            dials.getChildren().add(gauge(vm.id() + "-threads", text.get("gauge.threads"), vm.threadsBusyProperty(), 1, 0.8, 0.95,
                    v -> text.get("gauge.percent", Numbers.percent(v)), text));
        }
        Gauge queue = gauge(vm.id() + "-queue", text.get("gauge.queue"), vm.queueLengthProperty(), 1, 0.5, 0.9,
                v -> text.get("gauge.count", Numbers.compact(v)), text);
        queue.maxProperty().bind(vm.queueCapacityProperty());
        dials.getChildren().add(queue);
        Gauge rps = gauge(vm.id() + "-rps", text.get("gauge.rps"), vm.requestsPerSecondProperty(), 100, 2, 2,
                v -> Numbers.compact(v), text);
        rps.maxProperty().bind(Bindings.createDoubleBinding(
                () -> niceCeiling(vm.requestsPerSecondProperty().get() * 1.25), vm.requestsPerSecondProperty()));
        dials.getChildren().add(rps);
        dials.getChildren().add(gauge(vm.id() + "-p95", text.get("gauge.p95"), vm.p95Property(), p95Max, 0.5, 0.99,
                v -> text.get("gauge.ms", v >= 10_000 ? Numbers.compact(v) : Numbers.ms(v)), text));
        dials.getChildren().add(gauge(vm.id() + "-errors", text.get("gauge.errors"), vm.errorRateProperty(), 1, 0.01, 0.05,
                v -> text.get("gauge.percent", Numbers.percent(v)), text));

        // the gauges' view-model outlives this row (rows are rebuilt with the window): released in dispose
        subscriptions = vm.alertingProperty().subscribe(b -> pseudoClassStateChanged(ALERT, b))
                .and(vm.downProperty().subscribe(b -> pseudoClassStateChanged(DOWN, b)));
    }

    private final javafx.util.Subscription subscriptions;

    void dispose() {
        subscriptions.unsubscribe();
    }

    /** Gives every dial of this card the same width (px); the card's width follows. */
    void setDialSize(double px) {
        String style = "-fx-pref-width: " + px + "px; -fx-min-width: " + px + "px;";
        for (javafx.scene.Node n : dials.getChildren()) {
            n.setStyle(style);
        }
    }

    /** The width of this card beyond its dials: padding, borders and the gaps between dials. */
    double chromeWidth() {
        return snappedLeftInset() + snappedRightInset() + dials.snappedLeftInset() + dials.snappedRightInset()
                + dials.getSpacing() * Math.max(0, dials.getChildren().size() - 1);
    }

    int dialCount() {
        return dials.getChildren().size();
    }

    private static Gauge gauge(String id, String title, ReadOnlyDoubleProperty value, double max, double warn,
                               double alarm, DoubleFunction<String> format, Messages text) {
        Gauge g = new Gauge();
        g.setId(id);
        g.titleProperty().set(title);
        g.maxProperty().set(max);
        g.warningAtProperty().set(warn);
        g.alarmAtProperty().set(alarm);
        g.valueProperty().bind(Bindings.createDoubleBinding(
                () -> Double.isNaN(value.get()) ? 0 : value.get(), value));
        g.valueTextProperty().bind(Bindings.createStringBinding(() -> format.apply(value.get()), value));
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(Bindings.createStringBinding(
                () -> text.get("gauge.tip", title, g.valueTextProperty().get()), g.valueTextProperty()));
        g.setTooltip(tip);
        return g;
    }

    /** 10, 20, 50, 100, 200, 500, ... at or above the value (at least 10). */
    static double niceCeiling(double value) {
        double nice = 10;
        while (nice < value) {
            double magnitude = Math.pow(10, Math.floor(Math.log10(nice)));
            double lead = nice / magnitude;
            nice = (lead < 2 ? 2 : lead < 5 ? 5 : 10) * magnitude;
        }
        return nice;
    }
}
