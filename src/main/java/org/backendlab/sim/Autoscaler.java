package org.backendlab.sim;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.backendlab.model.Autoscaling;
import org.backendlab.model.ServerSettings;

/**
 * Steers the instance count of server nodes with autoscaling on: every {@value #EVERY_TICKS} s it takes
 * the mean CPU over the last {@value #WINDOW_SECONDS} s (only once that much history exists, so a short
 * burst never triggers it); above target it boots one more instance, below half the target it stops one,
 * within [min, max] and never within the cooldown after its last action. Decisions are kept as events.
 */
final class Autoscaler {

    static final int EVERY_TICKS = 5;
    static final double WINDOW_SECONDS = 20;
    static final double SCALE_IN_BELOW = 0.5;
    private static final int KEEP_EVENTS = 200;

    /** Per node: CPU integrals at past evaluations and the time of the last action. */
    private static final class History {
        final ArrayDeque<double[]> samples = new ArrayDeque<>();
        double lastAction = Double.NEGATIVE_INFINITY;
        ScalingAction lastHeld;
    }

    private final Engine engine;
    private final Map<String, History> history = new HashMap<>();
    private final ArrayDeque<ScalingEvent> events = new ArrayDeque<>();

    Autoscaler(Engine engine) {
        this.engine = engine;
    }

    /** The instance count to start with: the setting, kept within [min, max] when autoscaling is on. */
    int clamp(ServerSettings settings, int instances) {
        Autoscaling a = settings.autoscaling();
        int n = Math.max(1, instances);
        if (a.enabled()) {
            n = Math.max(Math.max(1, a.min()), Math.min(Math.max(a.min(), a.max()), n));
        }
        return n;
    }

    List<ScalingEvent> events() {
        return new ArrayList<>(events);
    }

    void evaluate() {
        for (NodeState node : engine.nodes) {
            if (node.server == null || node.removed || node.model.server() == null) {
                continue;
            }
            Autoscaling a = node.model.server().autoscaling();
            if (!a.enabled()) {
                history.remove(node.id);
                continue;
            }
            evaluate(node, a);
        }
    }

    private void evaluate(NodeState node, Autoscaling a) {
        double now = engine.now;
        History h = history.computeIfAbsent(node.id, k -> new History());
        NodeCounters c = node.counters;
        c.touch(now);
        double[] sample = {now, c.v[NodeCounters.CORE_BUSY_AREA], c.v[NodeCounters.CORE_CAP_AREA]};
        h.samples.addLast(sample);
        double[] old = null;
        while (!h.samples.isEmpty() && h.samples.peekFirst()[0] <= now - WINDOW_SECONDS) {
            old = h.samples.pollFirst();
        }
        if (old == null) {
            return;
        }
        h.samples.addFirst(old);
        double cap = sample[2] - old[2];
        double cpu = cap > 0 ? (sample[1] - old[1]) / cap : 1.0;
        ServerState s = node.server;
        int active = s.activeInstances();
        int min = Math.max(1, a.min());
        int max = Math.max(min, a.max());
        boolean wantOut = active < min || (cpu > a.targetCpu() && active < max);
        boolean wantIn = active > max || (cpu < a.targetCpu() * SCALE_IN_BELOW && active > min);
        if (!wantOut && !wantIn) {
            if (cpu > a.targetCpu() && active >= max) {
                hold(node, h, ScalingAction.AT_MAXIMUM, active, cpu, a);
            } else {
                h.lastHeld = null;
            }
            return;
        }
        if (now - h.lastAction < a.cooldownSeconds()) {
            hold(node, h, ScalingAction.HELD_BY_COOLDOWN, active, cpu, a);
            return;
        }
        h.lastAction = now;
        h.lastHeld = null;
        if (wantOut) {
            int i = s.addInstance(ServerState.BOOTING, now);
            record(new ScalingEvent(now, node.id, ScalingAction.SCALE_OUT, active, active + 1, cpu, a.targetCpu()));
            engine.scheduleRare(now + Math.max(0, a.bootSeconds()), () -> booted(node, i, cpu, a));
        } else {
            int i = s.pickToRetire();
            if (i >= 0) {
                s.retire(i, now);
                record(new ScalingEvent(now, node.id, ScalingAction.SCALE_IN, active, active - 1, cpu, a.targetCpu()));
            }
        }
    }

    private void booted(NodeState node, int i, double cpu, Autoscaling a) {
        ServerState s = node.server;
        if (s.status[i] != ServerState.BOOTING) {
            return;
        }
        s.finishBoot(i, engine.now);
        int active = s.activeInstances();
        record(new ScalingEvent(engine.now, node.id, ScalingAction.INSTANCE_READY, active, active, cpu, a.targetCpu()));
    }

    private void hold(NodeState node, History h, ScalingAction why, int active, double cpu, Autoscaling a) {
        if (h.lastHeld != why) {
            h.lastHeld = why;
            record(new ScalingEvent(engine.now, node.id, why, active, active, cpu, a.targetCpu()));
        }
    }

    private void record(ScalingEvent event) {
        events.addLast(event);
        while (events.size() > KEEP_EVENTS) {
            events.removeFirst();
        }
    }
}
