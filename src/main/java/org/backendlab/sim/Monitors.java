package org.backendlab.sim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.backendlab.model.Diagram;
import org.backendlab.model.Link;
import org.backendlab.model.LinkKind;
import org.backendlab.model.MonitoringSettings;

/**
 * Watches the nodes that monitoring nodes are wired to: once a second it compares each watched node's
 * window CPU, p95 latency and error share ({@link NodeStats#errorShare()}, the same figure the gauges show)
 * with the monitor's thresholds; a threshold crossed for the monitor's hold time is an active alert.
 */
final class Monitors {

    private final Engine engine;
    private List<Link> watches = List.of();
    private final Map<String, Double> since = new HashMap<>();
    private List<Alert> active = List.of();

    Monitors(Engine engine) {
        this.engine = engine;
    }

    void topology(Diagram diagram) {
        watches = diagram.links().stream().filter(l -> l.kind() == LinkKind.MONITORS).toList();
    }

    List<Alert> active() {
        return active;
    }

    void evaluate() {
        if (watches.isEmpty()) {
            active = List.of();
            return;
        }
        double now = engine.now;
        List<Alert> alerts = new ArrayList<>();
        Map<String, Double> still = new HashMap<>();
        for (Link watch : watches) {
            NodeState monitor = engine.byId.get(watch.from());
            NodeState node = engine.byId.get(watch.to());
            if (monitor == null || node == null || monitor.model.monitoring() == null) {
                continue;
            }
            MonitoringSettings m = monitor.model.monitoring();
            NodeStats w = node.counters.window(now);
            double errorShare = w.errorShare();
            check(alerts, still, monitor.id, node.id, AlertCause.CPU, w.utilization(), m.cpuAlert(), m, now);
            check(alerts, still, monitor.id, node.id, AlertCause.P95_LATENCY, w.p95LatencyMs(), m.p95AlertMs(), m, now);
            check(alerts, still, monitor.id, node.id, AlertCause.ERROR_RATE, errorShare, m.errorRateAlert(), m, now);
        }
        since.keySet().retainAll(still.keySet());
        active = List.copyOf(alerts);
    }

    private void check(List<Alert> alerts, Map<String, Double> still, String monitor, String node, AlertCause cause,
                       double value, double threshold, MonitoringSettings m, double now) {
        if (!(value > threshold) || threshold <= 0) {
            return;
        }
        String key = monitor + "|" + node + "|" + cause;
        double start = since.computeIfAbsent(key, k -> now);
        still.put(key, start);
        if (now - start >= m.holdSeconds()) {
            alerts.add(new Alert(monitor, node, cause, value, threshold, start));
        }
    }
}
