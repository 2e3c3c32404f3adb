package org.backendlab.session;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.backendlab.sim.EndToEnd;
import org.backendlab.sim.MetricsSnapshot;
import org.backendlab.sim.NodeMetrics;

/**
 * Keeps the figures of a run for export: at most one row per simulated second, taken from the snapshots
 * the session publishes (the end-to-end figures the charts plot, and each node's figures), forgotten when
 * the run starts afresh. Writes them as CSV with a header row.
 */
public final class RunRecorder implements SessionListener {

    /** Rows kept at most (two hours of simulated time); the oldest go first. */
    public static final int MAX_ROWS = 7200;
    /** The figures of each node, in the order of their CSV columns. */
    public static final List<String> NODE_FIGURES =
            List.of("cpu_percent", "threads_busy_percent", "queue", "requests_per_s", "p95_ms", "errors_percent",
                    "instances", "down");

    /** One sampled moment: time, end-to-end figures and each node's figures (in {@link #NODE_FIGURES} order). */
    public record Row(double time, double requestsPerSecond, double p95Ms, double errorPercent, double costPerHour,
                      Map<String, double[]> nodes) {
    }

    private final Deque<Row> rows = new ArrayDeque<>();
    /** Snapshots taken a hair before a whole second (sums of fractional steps) still count for it. */
    private static final double SLACK = 1e-6;
    private double nextSample = 1;

    @Override
    public void runReset() {
        rows.clear();
        nextSample = 1;
    }

    /** Keeps the first snapshot that reaches each whole simulated second. */
    @Override
    public void snapshot(MetricsSnapshot m) {
        if (m.time() + SLACK < nextSample) {
            return;
        }
        nextSample = Math.floor(m.time() + SLACK) + 1;
        rows.addLast(rowOf(m));
        if (rows.size() > MAX_ROWS) {
            rows.removeFirst();
        }
    }

    static Row rowOf(MetricsSnapshot m) {
        EndToEnd w = m.window();
        Map<String, double[]> nodes = new LinkedHashMap<>();
        for (NodeMetrics n : m.nodes().values()) {
            nodes.put(n.id(), new double[] {
                n.utilization() * 100, n.threadsBusyShare() * 100, n.queueNow(), n.window().arrivalsPerSecond(),
                n.window().p95LatencyMs(), n.window().errorShare() * 100, n.runningInstances(), n.down() ? 1 : 0});
        }
        double rps = w.seconds() > 0 ? w.started() / w.seconds() : 0;
        return new Row(m.time(), rps, w.p95LatencyMs(), w.errorRate() * 100, m.costPerHour(), nodes);
    }

    public List<Row> rows() {
        return List.copyOf(rows);
    }

    /**
     * Writes every row as CSV: {@code time_s, requests_per_s, p95_ms, errors_percent, cost_per_hour}, then
     * {@code <node id>.<figure>} for every node seen during the run; a cell is empty where a node was not
     * there or a figure was not measured (no request finished).
     */
    public void writeCsv(Writer out) throws IOException {
        Set<String> ids = new LinkedHashSet<>();
        rows.forEach(r -> ids.addAll(r.nodes().keySet()));
        List<String> header = new ArrayList<>(List.of("time_s", "requests_per_s", "p95_ms", "errors_percent", "cost_per_hour"));
        for (String id : ids) {
            NODE_FIGURES.forEach(f -> header.add(id + "." + f));
        }
        out.write(String.join(",", header));
        out.write("\n");
        for (Row r : rows) {
            StringBuilder line = new StringBuilder();
            line.append(number(r.time())).append(',').append(number(r.requestsPerSecond())).append(',')
                    .append(number(r.p95Ms())).append(',').append(number(r.errorPercent())).append(',')
                    .append(number(r.costPerHour()));
            for (String id : ids) {
                double[] figures = r.nodes().get(id);
                for (int i = 0; i < NODE_FIGURES.size(); i++) {
                    line.append(',');
                    if (figures != null) {
                        line.append(number(figures[i]));
                    }
                }
            }
            out.write(line.append('\n').toString());
        }
    }

    private static String number(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e12) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, "%.3f", v);
    }
}
