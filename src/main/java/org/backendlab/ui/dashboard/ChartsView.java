package org.backendlab.ui.dashboard;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.ObservableList;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.backendlab.ui.text.Messages;

/**
 * Time charts of the dashboard: requests per second and p95 latency of all requests, and the CPU of each
 * monitored node. A point is taken a few times a second (not every frame) into a sliding window; charts
 * are not animated and draw no symbols.
 */
final class ChartsView extends TabPane {

    static final int WINDOW_POINTS = 120;
    static final double SAMPLE_SECONDS = 0.25;

    private final DashboardViewModel vm;
    private final Messages text;
    private final XYChart.Series<Number, Number> rps = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> p95 = new XYChart.Series<>();
    private final LineChart<Number, Number> cpuChart;
    private final Map<String, XYChart.Series<Number, Number>> cpu = new LinkedHashMap<>();
    private javafx.scene.chart.Axis<Number> rpsAxis;
    private double sinceSample = SAMPLE_SECONDS;
    private double lastTime = -1;
    /** True until the first point: the charts are hidden and a hint says to press Play (no arbitrary axes). */
    private final javafx.beans.property.BooleanProperty empty = new javafx.beans.property.SimpleBooleanProperty(this, "empty", true);

    ChartsView(DashboardViewModel vm, Messages text) {
        this.vm = vm;
        this.text = text;
        setId("run-charts");
        getStyleClass().add("run-charts");
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        rps.setName(text.get("chart.total"));
        p95.setName(text.get("chart.total"));
        LineChart<Number, Number> rpsChart = chart(text, rps);
        rpsAxis = rpsChart.getYAxis();
        getTabs().add(tab("chart-rps", text.get("chart.rps"), rpsChart));
        getTabs().add(tab("chart-p95", text.get("chart.p95"), chart(text, p95)));
        cpuChart = chart(text);
        ((NumberAxis) cpuChart.getYAxis()).setAutoRanging(false);
        ((NumberAxis) cpuChart.getYAxis()).setUpperBound(100);
        ((NumberAxis) cpuChart.getYAxis()).setTickUnit(25);
        getTabs().add(tab("chart-cpu", text.get("chart.cpu"), cpuChart));
        getSelectionModel().selectedItemProperty().addListener((o, was, now) -> attach());
        attach();
    }

    /**
     * Only the chart on screen holds its series: points added to a detached series cost no chart layout,
     * and the series (with its sliding window) is put back when its tab is chosen.
     */
    @SuppressWarnings("unchecked")
    private void attach() {
        Tab selected = getSelectionModel().getSelectedItem();
        for (Tab tab : getTabs()) {
            LineChart<Number, Number> chart = (LineChart<Number, Number>) tab.getContent();
            List<XYChart.Series<Number, Number>> series = chart == cpuChart ? List.copyOf(cpu.values())
                    : List.of(chart.getYAxis() == rpsAxis ? rps : p95);
            if (tab == selected) {
                if (!chart.getData().equals(series)) {
                    chart.getData().setAll(series);
                }
            } else if (!chart.getData().isEmpty()) {
                chart.getData().clear();
            }
        }
    }

    private Tab tab(String id, String title, LineChart<Number, Number> chart) {
        chart.visibleProperty().bind(empty.not());
        Tab tab = new Tab(title, chart);
        tab.setId(id);
        tab.setTooltip(new javafx.scene.control.Tooltip(text.get("chart.tip", title)));
        return tab;
    }

    @SafeVarargs
    private static LineChart<Number, Number> chart(Messages text, XYChart.Series<Number, Number>... series) {
        NumberAxis x = new NumberAxis();
        x.setForceZeroInRange(false);
        x.setLabel(text.get("chart.time"));
        x.setAnimated(false);
        NumberAxis y = new NumberAxis();
        y.setAnimated(false);
        LineChart<Number, Number> chart = new LineChart<>(x, y);
        chart.setAnimated(false);
        chart.setCreateSymbols(false);
        chart.setLegendVisible(series.length == 0);
        chart.getStyleClass().add("run-chart");
        for (XYChart.Series<Number, Number> s : series) {
            chart.getData().add(s);
        }
        return chart;
    }

    /** Called every frame; takes a point when enough wall time passed and simulated time moved. */
    void frame(double wallSeconds) {
        sinceSample += wallSeconds;
        double t = vm.timeProperty().get();
        if (sinceSample < SAMPLE_SECONDS || t <= lastTime) {
            return;
        }
        sinceSample = 0;
        lastTime = t;
        for (Tab tab : getTabs()) {
            @SuppressWarnings("unchecked")
            LineChart<Number, Number> chart = (LineChart<Number, Number>) tab.getContent();
            slide((NumberAxis) chart.getXAxis(), t);
        }
        empty.set(false);
        add(rps, t, vm.requestsPerSecondProperty().get());
        add(p95, t, vm.p95Property().get());
        List<NodeGaugesViewModel> nodes = vm.nodes();
        boolean changed = cpu.keySet().retainAll(nodes.stream().map(NodeGaugesViewModel::id).toList());
        for (NodeGaugesViewModel node : nodes) {
            XYChart.Series<Number, Number> s = cpu.get(node.id());
            if (s == null) {
                s = new XYChart.Series<>();
                s.setName(node.labelProperty().get());
                cpu.put(node.id(), s);
                changed = true;
            }
            add(s, t, node.cpuProperty().get() * 100);
        }
        if (changed) {
            attach();
        }
    }

    /** Forgets every point (a restart). */
    void clear() {
        rps.getData().clear();
        p95.getData().clear();
        cpu.values().forEach(s -> s.getData().clear());
        lastTime = -1;
        empty.set(true);
    }

    /** Shows the last {@link #WINDOW_POINTS} samples' worth of time with four or five round ticks. */
    private static void slide(NumberAxis x, double t) {
        double span = WINDOW_POINTS * SAMPLE_SECONDS;
        double lower = Math.max(0, t - span);
        double width = Math.max(1, t - lower);
        double tick = width <= 5 ? 1 : width <= 12 ? 2 : width <= 25 ? 5 : width <= 50 ? 10 : 20;
        x.setAutoRanging(false);
        x.setLowerBound(Math.floor(lower / tick) * tick);
        x.setUpperBound(Math.ceil(t / tick) * tick);
        x.setTickUnit(tick);
    }

    private static void add(XYChart.Series<Number, Number> series, double t, double value) {
        ObservableList<XYChart.Data<Number, Number>> data = series.getData();
        if (data.size() >= WINDOW_POINTS) {
            XYChart.Data<Number, Number> oldest = data.remove(0);
            oldest.setXValue(t);
            oldest.setYValue(value);
            data.add(oldest);
        } else {
            data.add(new XYChart.Data<>(t, value));
        }
    }

    /** True while no point has been taken (before Play, after a restart). */
    javafx.beans.property.ReadOnlyBooleanProperty emptyProperty() {
        return empty;
    }

    int points() {
        return rps.getData().size();
    }
}
