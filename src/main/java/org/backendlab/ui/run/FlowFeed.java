package org.backendlab.ui.run;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.backendlab.model.Diagram;
import org.backendlab.model.Link;
import org.backendlab.model.LinkKind;
import org.backendlab.model.Node;
import org.backendlab.model.NodeKind;
import org.backendlab.sim.Alert;
import org.backendlab.sim.Bottleneck;
import org.backendlab.sim.MetricsSnapshot;
import org.backendlab.sim.NodeMetrics;
import org.backendlab.sim.Outcome;
import org.backendlab.sim.RequestStory;
import org.backendlab.sim.Simulation;
import org.backendlab.sim.Step;
import org.backendlab.sim.StepKind;

/**
 * Feeds the flow layer from the engine: picks up newly finished sampled requests (a few times a second)
 * as dot paths, keeps the per-node glances (CPU, threads, queue, saturated, down) and estimates the load
 * of each wire from the sample scaled to the measured request rate.
 */
public final class FlowFeed {

    private static final double POLL_SECONDS = 0.1;
    private static final int SEEN_MEMORY = 2048;

    private final ArrayDeque<DotPath> pending = new ArrayDeque<>();
    private final LinkedHashSet<Long> seen = new LinkedHashSet<>();
    private final Map<String, NodeGlance> glances = new LinkedHashMap<>();
    private final Map<String, WireLoad> wires = new LinkedHashMap<>();
    private final List<WireLoad> wireList = new ArrayList<>();
    private final Map<String, Integer> traversals = new HashMap<>();
    private int sampledRequests;
    private double sinceLastPoll;
    private int maxPending = 2000;

    /** How many paths may wait to be shown (older ones are dropped first). */
    public void setMaxPending(int max) {
        maxPending = max;
    }

    /** Matches glances and wires to the diagram's nodes and calls links. */
    public void rebuild(Diagram diagram) {
        glances.keySet().retainAll(diagram.nodes().stream().map(Node::id).toList());
        for (Node node : diagram.nodes()) {
            glances.computeIfAbsent(node.id(), NodeGlance::new);
        }
        Map<String, WireLoad> fresh = new LinkedHashMap<>();
        for (Link link : diagram.links()) {
            if (link.kind() == LinkKind.CALLS) {
                WireLoad old = wires.get(link.id());
                fresh.put(link.id(), old != null ? old : new WireLoad(link.from(), link.to()));
            }
        }
        wires.clear();
        wires.putAll(fresh);
        wireList.clear();
        wireList.addAll(wires.values());
    }

    /** Forgets everything in flight (a restart). */
    public void clear() {
        pending.clear();
        seen.clear();
        traversals.clear();
        sampledRequests = 0;
        wireList.forEach(w -> w.set(0, 0));
    }

    /** Called every frame while time runs; polls the engine's sample a few times a second. */
    public void frame(Simulation sim, double wallSeconds) {
        sinceLastPoll += wallSeconds;
        if (sinceLastPoll < POLL_SECONDS) {
            return;
        }
        sinceLastPoll = 0;
        for (RequestStory story : sim.recentTraces()) {
            if (story.outcome() == Outcome.IN_FLIGHT || !seen.add(story.id())) {
                continue;
            }
            if (seen.size() > SEEN_MEMORY) {
                var it = seen.iterator();
                it.next();
                it.remove();
            }
            count(story);
            DotPath path = StoryPaths.of(story);
            if (path != null) {
                pending.addLast(path);
                while (pending.size() > maxPending) {
                    pending.removeFirst();
                }
            }
        }
    }

    private void count(RequestStory story) {
        sampledRequests++;
        for (Step s : story.steps()) {
            if (s.kind() == StepKind.TRAVEL) {
                traversals.merge(s.node() + "->" + s.peer(), 1, Integer::sum);
            }
        }
    }

    /** Hands waiting paths to the layer, at most {@code max} this frame. */
    public void spawnInto(DotLayer layer, int max) {
        int n = 0;
        while (n < max && layer.hasRoom() && !pending.isEmpty()) {
            layer.add(pending.pollFirst());
            n++;
        }
    }

    public int pendingPaths() {
        return pending.size();
    }

    /** Copies one metrics snapshot into the glances and wire loads (in place). */
    public void refresh(MetricsSnapshot m, Diagram diagram) {
        String bottleneck = m.bottleneck().map(Bottleneck::node).orElse(null);
        String symptom = m.bottleneck().map(Bottleneck::symptomNode).orElse(null);
        for (NodeGlance g : glances.values()) {
            NodeMetrics nm = m.nodes().get(g.id);
            Node node = diagram.node(g.id).orElse(null);
            if (nm == null || node == null) {
                g.set(false, 0, 0, 0, 0, false, false, false);
                g.setHitRatio(Double.NaN);
                continue;
            }
            boolean alert = false;
            for (Alert a : m.alerts()) {
                alert |= a.node().equals(g.id);
            }
            boolean capacity = node.server() != null;
            int queueCapacity = capacity ? node.server().queue() * Math.max(1, nm.runningInstances()) : 0;
            boolean saturated = g.id.equals(bottleneck) || g.id.equals(symptom)
                    || nm.utilization() >= 0.9 || (capacity && nm.threadsBusyShare() >= 0.95);
            g.set(capacity, nm.utilization(), nm.threadsBusyShare(), nm.queueNow(), queueCapacity,
                    saturated && !nm.down(), nm.down(), alert);
            g.setHitRatio(node.kind() == NodeKind.CACHE ? nm.window().cacheHitRatio() : Double.NaN);
        }
        double rate = m.window().seconds() > 0 ? m.window().started() / m.window().seconds() : 0;
        double max = 0;
        for (Map.Entry<String, WireLoad> e : wires.entrySet()) {
            int count = traversals.getOrDefault(e.getKey(), 0);
            double perSecond = sampledRequests == 0 ? 0 : rate * count / sampledRequests;
            e.getValue().perSecond = perSecond;
            max = Math.max(max, perSecond);
        }
        for (WireLoad w : wireList) {
            w.share = max <= 0 ? 0 : w.perSecond / max;
        }
        if (sampledRequests > 400) { // forget slowly so the wires follow changes
            traversals.replaceAll((k, v) -> v / 2);
            sampledRequests /= 2;
        }
    }

    public Iterable<NodeGlance> glances() {
        return glances.values();
    }

    public NodeGlance glance(String id) {
        return glances.get(id);
    }

    public List<WireLoad> wires() {
        return wireList;
    }
}
