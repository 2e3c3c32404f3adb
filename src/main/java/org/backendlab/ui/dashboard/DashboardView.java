package org.backendlab.ui.dashboard;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.backendlab.ui.text.Phrase;
import javafx.util.Subscription;
import org.backendlab.ui.widgets.CanvasTheme;
import org.backendlab.ui.text.Numbers;
import org.backendlab.ui.text.Messages;

/**
 * The monitoring dashboard: totals and cost, one compact card of gauges per monitored node (cards wrap) (or the hint that what is
 * not monitored cannot be seen), time charts, the "why" explanation and the alerts. Only binds and draws.
 */
public final class DashboardView extends HBox {

    public static final String ID = "run-dashboard";


    private final DashboardViewModel vm;
    private final Messages text;
    private final FlowPane rows = new FlowPane();
    private final Label hint = new Label();
    private final ChartsView charts;
    private final ListChangeListener<NodeGaugesViewModel> rowsListener = c -> rebuildRows();
    private final Subscription subscriptions;

    public DashboardView(DashboardViewModel vm, Messages text) {
        this.vm = vm;
        this.text = text;
        setId(ID);
        getStyleClass().add("run-dashboard");

        Label title = new Label(text.get("dashboard.title"));
        title.getStyleClass().add("run-panel-title");
        Label totals = new Label();
        totals.setId("dashboard-totals");
        totals.setTooltip(new Tooltip(text.get("dashboard.totals.tip")));
        totals.textProperty().bind(Bindings.createStringBinding(() -> text.get("dashboard.totals",
                        Numbers.whole(vm.requestsPerSecondProperty().get()), Numbers.ms(vm.p95Property().get()),
                        Numbers.percent(vm.errorRateProperty().get())),
                vm.requestsPerSecondProperty(), vm.p95Property(), vm.errorRateProperty()));
        Label cost = new Label();
        cost.setId("dashboard-cost");
        cost.getStyleClass().add("run-cost");
        cost.setTooltip(new Tooltip(text.get("dashboard.cost.tip")));
        cost.textProperty().bind(Bindings.createStringBinding(
                () -> text.get("dashboard.cost", Numbers.dollars(vm.costPerHourProperty().get())), vm.costPerHourProperty()));
        HBox header = new HBox(12, title, totals, cost);
        header.setAlignment(Pos.BASELINE_LEFT);

        hint.setId("dashboard-hint");
        hint.setText(text.get("dashboard.none"));
        hint.setWrapText(true);
        hint.getStyleClass().add("run-hint");
        hint.visibleProperty().bind(vm.monitoredProperty().not());
        hint.managedProperty().bind(hint.visibleProperty());
        rows.getStyleClass().add("run-gauge-rows");
        rows.widthProperty().addListener((o, a, b) -> fitDials());
        ScrollPane scroll = new ScrollPane(rows);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("run-gauge-scroll");
        scroll.visibleProperty().bind(vm.monitoredProperty());
        scroll.managedProperty().bind(scroll.visibleProperty());
        VBox.setVgrow(scroll, Priority.ALWAYS);
        VBox gauges = new VBox(4, header, hint, scroll);
        gauges.getStyleClass().add("run-gauges");
        gauges.setMinWidth(380);
        gauges.setPrefWidth(600);

        charts = new ChartsView(vm, text);
        Label chartsEmpty = new Label(text.get("chart.empty"));
        chartsEmpty.setId("charts-empty");
        chartsEmpty.getStyleClass().add("run-hint");
        chartsEmpty.setWrapText(true);
        chartsEmpty.setMouseTransparent(true);
        chartsEmpty.visibleProperty().bind(charts.emptyProperty());
        StackPane chartsBox = new StackPane(charts, chartsEmpty);
        chartsBox.setPrefWidth(380);
        chartsBox.setMinWidth(200);
        HBox.setHgrow(chartsBox, Priority.ALWAYS);

        getChildren().addAll(gauges, chartsBox, whyAndAlerts());
        vm.nodes().addListener(rowsListener);
        rebuildRows();
        subscriptions = vm.onFrame(charts::frame)
                .and(vm.resetsProperty().subscribe(n -> charts.clear()));
    }

    private VBox whyAndAlerts() {
        Label whyTitle = new Label(text.get("why.title"));
        whyTitle.getStyleClass().add("run-panel-title");
        whyTitle.setTooltip(new Tooltip(text.get("why.tip")));
        WhyViewModel why = vm.why();
        Label cause = new Label();
        cause.setId("why-cause");
        cause.setWrapText(true);
        cause.getStyleClass().add("run-why");
        cause.textProperty().bind(Bindings.createStringBinding(() -> say(why.causeProperty().get()), why.causeProperty()));
        Label next = new Label();
        next.setId("why-next");
        next.setWrapText(true);
        next.getStyleClass().add("run-why-next");
        next.textProperty().bind(Bindings.createStringBinding(() -> say(why.nextProperty().get()), why.nextProperty()));
        Label failures = new Label();
        failures.setId("why-failures");
        failures.setWrapText(true);
        failures.getStyleClass().add("run-why-failures");
        failures.textProperty().bind(Bindings.createStringBinding(
                () -> String.join("\n", why.failures().stream().map(this::say).toList()), why.failures()));

        Label alertsTitle = new Label(text.get("alerts.title"));
        alertsTitle.getStyleClass().add("run-panel-title");
        alertsTitle.setTooltip(new Tooltip(text.get("alerts.tip")));
        ListView<AlertsViewModel.AlertLine> alerts = new ListView<>(vm.alerts().log());
        alerts.setId("alerts-log");
        alerts.getStyleClass().add("run-alerts");
        alerts.setTooltip(new Tooltip(text.get("alerts.tip")));
        alerts.setPlaceholder(new Label(text.get("alerts.none")));
        alerts.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(AlertsViewModel.AlertLine line, boolean empty) {
                super.updateItem(line, empty);
                setText(empty || line == null ? null
                        : text.get("alert.log", Numbers.seconds(line.time()), text.get(line.phrase())));
                // long alerts wrap inside the list instead of needing a sideways scrollbar
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        alerts.setPrefHeight(96);
        alerts.setMinHeight(64);
        for (Label l : new Label[] {cause, next, failures}) {
            l.setMinHeight(Label.USE_PREF_SIZE);
        }
        VBox.setVgrow(alerts, Priority.ALWAYS);
        VBox box = new VBox(4, whyTitle, cause, next, failures, alertsTitle, alerts);
        box.setId("run-why");
        box.getStyleClass().add("run-why-box");
        box.setPrefWidth(330);
        box.setMinWidth(220);
        return box;
    }

    private String say(Phrase phrase) {
        return phrase == null ? "" : text.get(phrase);
    }

    private void rebuildRows() {
        disposeRows();
        double p95Max = 1000;
        rows.getChildren().setAll(vm.nodes().stream().map(n -> new NodeGaugesRow(n, text, p95Max)).toList());
        fitDials();
    }

    /**
     * Sizes the dials so that two cards share a line whenever the dials can stay at least the theme's smallest dial
     * wide (four monitored nodes then fit in two lines); otherwise one card a line with dials at
     * its largest. No card is ever wider than the pane, so nothing is cut sideways.
     */
    private void fitDials() {
        if (rows.getChildren().isEmpty()) {
            return;
        }
        NodeGaugesRow first = (NodeGaugesRow) rows.getChildren().get(0);
        first.applyCss();
        double width = rows.getWidth() - rows.snappedLeftInset() - rows.snappedRightInset();
        if (width <= 0) {
            return;
        }
        int dials = Math.max(1, first.dialCount());
        double perCard = (width - rows.getHgap()) / 2 - first.chromeWidth() - 1;
        double size = Math.floor(perCard / dials);
        if (size < CanvasTheme.current().minDial()) {
            size = Math.min(CanvasTheme.current().maxDial(), Math.floor((width - first.chromeWidth() - 1) / dials));
        }
        size = Math.min(CanvasTheme.current().maxDial(), Math.max(CanvasTheme.current().minDial() - 6, size));
        for (javafx.scene.Node n : rows.getChildren()) {
            ((NodeGaugesRow) n).setDialSize(size);
        }
    }

    public void dispose() {
        vm.nodes().removeListener(rowsListener);
        subscriptions.unsubscribe();
        disposeRows();
    }

    private void disposeRows() {
        rows.getChildren().forEach(n -> ((NodeGaugesRow) n).dispose());
    }

    int chartPoints() {
        return charts.points();
    }
}
