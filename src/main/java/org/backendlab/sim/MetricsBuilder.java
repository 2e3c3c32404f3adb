package org.backendlab.sim;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.backendlab.model.NodeKind;
import org.backendlab.model.RequestKind;

/** Turns the engine's running counters into an immutable {@link MetricsSnapshot} and names the bottleneck. */
final class MetricsBuilder {

    static final double CPU_SATURATED = 0.85;
    static final double THREADS_FULL = 0.9;
    static final double CPU_IDLE = 0.5;

    private MetricsBuilder() {
    }

    static MetricsSnapshot snapshot(Engine engine) {
        double now = engine.now;
        Map<String, NodeMetrics> nodes = new LinkedHashMap<>();
        double cost = 0;
        for (NodeState node : engine.byId.values()) {
            NodeMetrics metrics = node(node, now);
            cost += metrics.costPerHour();
            nodes.put(node.id, metrics);
        }
        Map<RequestKind, EndToEnd> windowByKind = new EnumMap<>(RequestKind.class);
        Map<RequestKind, EndToEnd> totalByKind = new EnumMap<>(RequestKind.class);
        for (RequestKind kind : RequestKind.values()) {
            windowByKind.put(kind, engine.byKind[kind.ordinal()].window(now));
            totalByKind.put(kind, engine.byKind[kind.ordinal()].total(now));
        }
        EndToEnd window = engine.total.window(now);
        return new MetricsSnapshot(now, window.seconds(), java.util.Collections.unmodifiableMap(nodes),
                window, engine.total.total(now),
                java.util.Collections.unmodifiableMap(windowByKind), java.util.Collections.unmodifiableMap(totalByKind),
                cost, engine.autoscaler.events(), engine.monitors.active(), bottleneck(engine, nodes), engine.shed);
    }

    static NodeMetrics node(NodeState node, double now) {
        ServerState s = node.server;
        int running = 0;
        int booting = 0;
        int busy = 0;
        int queued = 0;
        double cost = 0;
        if (s != null) {
            running = s.countWithStatus(ServerState.RUNNING);
            booting = s.countWithStatus(ServerState.BOOTING);
            for (int i = 0; i < s.count; i++) {
                busy += s.threadsBusy[i];
                queued += s.queued[i];
            }
            cost = s.billedInstances() * s.costPerHour;
        }
        return new NodeMetrics(node.id, node.kind, node.down, running, booting,
                s == null ? 0 : running * s.cores, s == null ? 0 : running * s.threads, busy, queued, cost,
                node.counters.window(now), node.counters.total(now), instances(s, now));
    }

    /** Per-instance figures over the window for every instance that exists (see {@link InstanceMetrics}). */
    static java.util.List<InstanceMetrics> instances(ServerState s, double now) {
        if (s == null) {
            return java.util.List.of();
        }
        s.touchInstances(now);
        double seconds = now - s.instanceWindowStart();
        java.util.List<InstanceMetrics> list = new java.util.ArrayList<>();
        for (int i = 0; i < s.count; i++) {
            InstanceMetrics.Status status = switch (s.status[i]) {
                case ServerState.RUNNING -> InstanceMetrics.Status.RUNNING;
                case ServerState.BOOTING -> InstanceMetrics.Status.BOOTING;
                case ServerState.RETIRING -> InstanceMetrics.Status.RETIRING;
                default -> null;
            };
            if (status == null) {
                continue;
            }
            double arrived = s.instanceWindowValue(i, ServerState.I_ARRIVED);
            double cap = s.instanceWindowValue(i, ServerState.I_CAP_AREA);
            list.add(new InstanceMetrics(i + 1, status, seconds > 0 ? arrived / seconds : 0,
                    cap > 0 ? s.instanceWindowValue(i, ServerState.I_BUSY_AREA) / cap : 0,
                    s.threadsBusy[i], s.queued[i]));
        }
        return list;
    }

    static Optional<Bottleneck> bottleneck(Engine engine, Map<String, NodeMetrics> nodes) {
        NodeMetrics worst = null;
        for (NodeMetrics m : nodes.values()) {
            if (m.down() && m.window().errors(ReasonCode.NODE_DOWN) > 0) {
                return Optional.of(of(m, BottleneckCause.DOWN, m.id()));
            }
            if (m.kind().hasCapacity() && (worst == null || m.utilization() > worst.utilization())) {
                worst = m;
            }
        }
        if (worst != null && worst.utilization() >= CPU_SATURATED) {
            return Optional.of(of(worst, BottleneckCause.CPU_SATURATED, worst.id()));
        }
        for (NodeMetrics m : nodes.values()) {
            if (m.kind() == NodeKind.API_SERVER && m.threadsBusyShare() >= THREADS_FULL && m.utilization() < CPU_IDLE) {
                NodeMetrics slow = slowestCallee(engine, nodes, m.id());
                if (slow != null) {
                    return Optional.of(of(slow, BottleneckCause.HOLDS_CALLER_THREADS, m.id()));
                }
            }
        }
        NodeMetrics dropping = null;
        NodeMetrics timingOut = null;
        for (NodeMetrics m : nodes.values()) {
            if (m.window().dropped() > 0 && (dropping == null || m.window().dropped() > dropping.window().dropped())) {
                dropping = m;
            }
            if (m.window().timeouts() > 0 && (timingOut == null || m.window().timeouts() > timingOut.window().timeouts())) {
                timingOut = m;
            }
        }
        if (dropping != null) {
            return Optional.of(of(dropping, BottleneckCause.QUEUE_FULL, dropping.id()));
        }
        if (timingOut != null) {
            NodeMetrics slow = timingOut.kind() == NodeKind.API_SERVER ? slowestCallee(engine, nodes, timingOut.id()) : null;
            return Optional.of(of(slow != null ? slow : timingOut, BottleneckCause.TIMEOUTS, timingOut.id()));
        }
        return Optional.empty();
    }

    /** Among the servers an API server calls, the one where calls spend the longest. */
    private static NodeMetrics slowestCallee(Engine engine, Map<String, NodeMetrics> nodes, String apiId) {
        NodeState api = engine.byId.get(apiId);
        NodeMetrics slowest = null;
        for (NodeKind need : new NodeKind[] {NodeKind.CACHE, NodeKind.DATABASE, NodeKind.FILE_STORAGE}) {
            Route route = engine.router.route(api.index, need);
            for (Route.Backend backend : route.backends) {
                NodeMetrics m = nodes.get(engine.nodes[backend.server()].id);
                if (m != null && (slowest == null || score(m) > score(slowest))) {
                    slowest = m;
                }
            }
        }
        return slowest;
    }

    private static double score(NodeMetrics m) {
        double latency = m.window().meanLatencyMs();
        return Double.isNaN(latency) ? 0 : latency;
    }

    private static Bottleneck of(NodeMetrics m, BottleneckCause cause, String symptom) {
        return new Bottleneck(m.id(), cause, symptom, m.utilization(), m.threadsBusyShare(),
                m.window().queueLength(), m.window().dropped(), m.window().timeouts());
    }
}
