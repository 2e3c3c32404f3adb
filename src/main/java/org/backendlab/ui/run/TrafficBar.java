package org.backendlab.ui.run;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
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
import org.backendlab.ui.text.Messages;

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

    TrafficBar(RunViewModel vm, Messages text) {
        this.vm = vm;
        setId(ID);
        getStyleClass().add("run-traffic");

        Label title = new Label(text.get("traffic.label"));
        title.getStyleClass().add("run-panel-title");

        slider.setId("traffic-slider");
        slider.setTooltip(new Tooltip(text.get("traffic.slider.tip")));
        slider.setPrefWidth(260);
        slider.setBlockIncrement(RateScale.NOTCH);
        slider.setValue(RateScale.positionOf(vm.rateProperty().get()));
        rateListener = (o, a, b) -> {
            if (!updating) {
                updating = true;
                slider.setValue(RateScale.positionOf(b.doubleValue()));
                updating = false;
            }
        };
        vm.rateProperty().addListener(rateListener);
        // While dragging the run follows a live rate; letting go (or a key) writes it as one undoable edit.
        slider.valueProperty().addListener((o, a, b) -> {
            if (updating) {
                return;
            }
            updating = true;
            double chosen = RateScale.rateAt(b.doubleValue());
            if (slider.isValueChanging()) {
                vm.previewRate(chosen);
            } else {
                vm.setRate(chosen);
            }
            updating = false;
        });
        slider.valueChangingProperty().addListener((o, was, now) -> {
            if (!now) {
                vm.commitRate();
            }
        });

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
        // before the engine has run there is nothing measured yet: say so, not "0 req/s" next to the setting
        measured.textProperty().bind(Bindings.createStringBinding(
                () -> hasRun(vm) ? text.get("traffic.measured", Numbers.whole(vm.measuredRateProperty().get()))
                        : text.get("traffic.measured.none"),
                vm.measuredRateProperty(), vm.metricsProperty()));

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

    private static FlowPane legend(Messages text) {
        FlowPane legend = new FlowPane(10, 2);
        legend.setId("run-legend");
        legend.getStyleClass().add("run-legend");
        Label title = new Label(text.get("legend.title") + ":");
        title.setTooltip(new Tooltip(text.get("legend.tip")));
        legend.getChildren().add(title);
        for (RequestKind kind : RequestKind.values()) {
            legend.getChildren().add(item(text.of("legend", kind), null, kind, DotPath.Mark.NONE, null));
        }
        legend.getChildren().add(item(text.get("legend.hit"), "legend-hit", RequestKind.API_READ, DotPath.Mark.HIT, null));
        legend.getChildren().add(item(text.get("legend.miss"), "legend-miss", RequestKind.API_READ, DotPath.Mark.MISS, null));
        legend.getChildren().add(item(text.get("legend.refused"), "legend-refused", RequestKind.API_READ,
                DotPath.Mark.NONE, DotPath.End.REFUSED));
        legend.getChildren().add(item(text.get("legend.dropped"), "legend-dropped", RequestKind.API_READ,
                DotPath.Mark.NONE, DotPath.End.DROPPED));
        legend.getChildren().add(item(text.get("legend.timeout"), "legend-timeout", RequestKind.API_READ,
                DotPath.Mark.NONE, DotPath.End.TIMED_OUT));
        legend.setPrefWrapLength(330);
        return legend;
    }

    /**
     * One legend entry: the mark drawn exactly as the dots on the canvas are (no font glyph, which the
     * bundled font may lack), then its words.
     */
    private static Label item(String words, String styleClass, RequestKind kind, DotPath.Mark mark, DotPath.End end) {
        Canvas icon = new Canvas(14, 14);
        DotShapes.draw(icon.getGraphicsContext2D(), 7, 7, 5.5, kind, mark, end, false);
        Label l = new Label(words, icon);
        l.setGraphicTextGap(3);
        if (styleClass != null) {
            l.getStyleClass().add(styleClass);
        }
        return l;
    }

    /** True once simulated time has moved (a fresh or restarted run has measured nothing yet). */
    static boolean hasRun(RunViewModel vm) {
        return vm.metricsProperty().get() != null && vm.metricsProperty().get().time() > 0;
    }

    void dispose() {
        vm.rateProperty().removeListener(rateListener);
    }
}
