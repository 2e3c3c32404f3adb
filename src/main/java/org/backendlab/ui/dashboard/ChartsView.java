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
import org.backendlab.ui.text.RunText;

/**
 * Time charts of the dashboard: requests per second and p95 latency of all requests, and the CPU of each
 * monitored node. A point is taken a few times a second (not every frame) into a sliding window; charts
 * are not animated and draw no symbols.
 */
final class ChartsView extends TabPane {

    static final int WINDOW_POINTS = 120;
    static final double SAMPLE_SECONDS = 0.25;

    private final DashboardViewModel vm;
    private final XYChart.Series<Number, Number> rps = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> p95 = new XYChart.Series<>();
    private final LineChart<Number, Number> cpuChart;
    private final Map<String, XYChart.Series<Number, Number>> cpu = new LinkedHashMap<>();
    private double sinceSample = SAMPLE_SECONDS;
    private double lastTime = -1;

    ChartsView(DashboardViewModel vm, RunText text) {
        this.vm = vm;
        setId("run-charts");
        getStyleClass().add("run-charts");
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        rps.setName(text.get("chart.total"));
        p95.setName(text.get("chart.total"));
        getTabs().add(tab("chart-rps", text.get("chart.rps"), chart(text, rps)));
        getTabs().add(tab("chart-p95", text.get("chart.p95"), chart(text, p95)));
        cpuChart = chart(text);
        ((NumberAxis) cpuChart.getYAxis()).setAutoRanging(false);
        ((NumberAxis) cpuChart.getYAxis()).setUpperBound(100);
        ((NumberAxis) cpuChart.getYAxis()).setTickUnit(25);
        getTabs().add(tab("chart-cpu", text.get("chart.cpu"), cpuChart));
    }

    private static Tab tab(String id, String title, LineChart<Number, Number> chart) {
        Tab tab = new Tab(title, chart);
        tab.setId(id);
        return tab;
    }

    @SafeVarargs
    private static LineChart<Number, Number> chart(RunText text, XYChart.Series<Number, Number>... series) {
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
        add(rps, t, vm.requestsPerSecondProperty().get());
        add(p95, t, vm.p95Property().get());
        List<NodeGaugesViewModel> nodes = vm.nodes();
        cpu.keySet().retainAll(nodes.stream().map(NodeGaugesViewModel::id).toList());
        cpuChart.getData().retainAll(cpu.values());
        for (NodeGaugesViewModel node : nodes) {
            XYChart.Series<Number, Number> s = cpu.computeIfAbsent(node.id(), id -> {
                XYChart.Series<Number, Number> fresh = new XYChart.Series<>();
                fresh.setName(node.labelProperty().get());
                cpuChart.getData().add(fresh);
                return fresh;
            });
            add(s, t, node.cpuProperty().get() * 100);
        }
    }

    /** Forgets every point (a restart). */
    void clear() {
        rps.getData().clear();
        p95.getData().clear();
        cpu.values().forEach(s -> s.getData().clear());
        lastTime = -1;
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

    int points() {
        return rps.getData().size();
    }
}
