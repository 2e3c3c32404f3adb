package org.backendlab.ui.run;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.backendlab.model.RequestKind;
import org.backendlab.model.TrafficPattern;
import org.backendlab.ui.text.Numbers;
import org.backendlab.ui.text.RunText;

/**
 * Traffic controls: the total rate on a log slider (live while dragging, an undoable edit when let go),
 * the measured rate, the pattern, the read/write mix, and the legend of the dots' shapes and marks.
 */
final class TrafficBar extends VBox {

    static final String ID = "run-traffic";

    private final RunViewModel vm;
    private final Slider slider = new Slider(0, 1, 0);
    private final ChangeListener<Number> rateListener;
    private boolean updating;

    TrafficBar(RunViewModel vm, RunText text) {
        this.vm = vm;
        setId(ID);
        getStyleClass().add("run-traffic");

        Label title = new Label(text.get("traffic.label"));
        title.getStyleClass().add("run-panel-title");

        slider.setId("traffic-slider");
        slider.setTooltip(new Tooltip(text.get("traffic.slider.tip")));
        slider.setBlockIncrement(0.02);
        slider.setPrefWidth(260);
        slider.setValue(RateScale.positionOf(vm.rateProperty().get()));
        rateListener = (o, a, b) -> {
            if (!updating) {
                updating = true;
                slider.setValue(RateScale.positionOf(b.doubleValue()));
                updating = false;
            }
        };
        vm.rateProperty().addListener(rateListener);
        slider.valueProperty().addListener((o, a, b) -> {
            if (updating) {
                return;
            }
            updating = true;
            vm.rateProperty().set(RateScale.rateAt(b.doubleValue()));
            updating = false;
            if (!slider.isValueChanging()) {
                vm.commitRate();
            }
        });
        slider.valueChangingProperty().addListener((o, was, now) -> vm.setDraggingRate(now));

        Label rate = new Label();
        rate.setId("traffic-rate");
        rate.getStyleClass().add("run-rate");
        rate.textProperty().bind(Bindings.createStringBinding(
                () -> text.get("traffic.rate", Numbers.whole(vm.rateProperty().get())), vm.rateProperty()));
        rate.setMinWidth(USE_PREF_SIZE);
        Label measured = new Label();
        measured.setId("traffic-measured");
        measured.getStyleClass().add("run-measured");
        measured.setTooltip(new Tooltip(text.get("traffic.measured.tip")));
        measured.textProperty().bind(Bindings.createStringBinding(
                () -> text.get("traffic.measured", Numbers.whole(vm.measuredRateProperty().get())),
                vm.measuredRateProperty()));

        HBox rateRow = new HBox(8, slider, rate);
        rateRow.setAlignment(Pos.CENTER_LEFT);

        ComboBox<TrafficPattern> pattern = TimeControls.combo("traffic-pattern", TrafficPattern.values(),
                p -> text.of("traffic.pattern", p), text.get("traffic.pattern.tip"));
        pattern.setValue(vm.pattern());
        pattern.setMinWidth(USE_PREF_SIZE);
        pattern.valueProperty().addListener((o, a, b) -> {
            if (b != null && b != vm.pattern()) {
                vm.setPattern(b);
            }
        });

        Slider mix = new Slider(0, 1, vm.readShare());
        mix.setId("traffic-mix");
        mix.setTooltip(new Tooltip(text.get("traffic.mix.tip")));
        mix.setPrefWidth(120);
        mix.setMinWidth(50);
        Label mixLabel = new Label();
        mixLabel.textProperty().bind(Bindings.createStringBinding(
                () -> text.get("traffic.mix", Math.round(mix.getValue() * 100)), mix.valueProperty()));
        mixLabel.setMinWidth(USE_PREF_SIZE);
        mix.valueChangingProperty().addListener((o, was, now) -> {
            if (!now) {
                vm.setReadShare(Math.round(mix.getValue() * 20) / 20.0);
            }
        });
        HBox patternRow = new HBox(8, pattern, mix, mixLabel);
        patternRow.setAlignment(Pos.CENTER_LEFT);

        getChildren().addAll(title, rateRow, measured, patternRow, legend(text));
    }

    private static FlowPane legend(RunText text) {
        FlowPane legend = new FlowPane(10, 2);
        legend.setId("run-legend");
        legend.getStyleClass().add("run-legend");
        Label title = new Label(text.get("legend.title") + ":");
        title.setTooltip(new Tooltip(text.get("legend.tip")));
        legend.getChildren().add(title);
        for (RequestKind kind : RequestKind.values()) {
            legend.getChildren().add(new Label(text.of("legend", kind)));
        }
        for (String key : new String[] {"legend.hit", "legend.miss", "legend.refused", "legend.dropped", "legend.timeout"}) {
            Label l = new Label(text.get(key));
            l.getStyleClass().add(key.replace('.', '-'));
            legend.getChildren().add(l);
        }
        legend.setPrefWrapLength(330);
        return legend;
    }

    void dispose() {
        vm.rateProperty().removeListener(rateListener);
    }
}
