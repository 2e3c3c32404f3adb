package org.backendlab.sim;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.backendlab.model.Autoscaling;
import org.backendlab.model.ServerSettings;

/**
 * Steers the instance count of server nodes with autoscaling on, the way cloud autoscalers wait for
 * evidence: every {@value #CHECK_SECONDS} s it takes the mean CPU since its last check; after
 * {@code evaluationPeriods} checks in a row above the target it boots one more instance, after
 * {@code scaleInPeriods} checks in a row below half the target it stops one, within [min, max] and never
 * within the cooldown after its last action. Decisions are kept as events and counted.
 */
final class Autoscaler {

    static final int EVERY_TICKS = 5;
    static final double CHECK_SECONDS = EVERY_TICKS;
    static final double SCALE_IN_BELOW = 0.5;
    private static final int KEEP_EVENTS = 200;

    /** Per node: CPU integrals at the last check, the checks in a row above / below, the last action. */
    private static final class History {
        double busyArea = Double.NaN;
        double capArea;
        int above;
        int below;
        double peak;
        double lastAction = Double.NEGATIVE_INFINITY;
        ScalingAction lastHeld;
    }

    private final Engine engine;
    private final Map<String, History> history = new HashMap<>();
    private final ArrayDeque<ScalingEvent> events = new ArrayDeque<>();
    /** Instances started and stopped since the totals began (see {@link Engine#restartTotals}). */
    long scaleOuts;
    long scaleIns;

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
        double busy = c.v[NodeCounters.CORE_BUSY_AREA];
        double capArea = c.v[NodeCounters.CORE_CAP_AREA];
        boolean first = Double.isNaN(h.busyArea);
        double cap = capArea - h.capArea;
        double cpu = cap > 0 ? (busy - h.busyArea) / cap : 1.0;
        h.busyArea = busy;
        h.capArea = capArea;
        if (first) {
            return;
        }
        int needOut = Math.max(1, a.evaluationPeriods());
        int needIn = Math.max(1, a.scaleInPeriods());
        if (cpu > a.targetCpu()) {
            h.peak = h.above == 0 ? cpu : Math.max(h.peak, cpu);
            h.above++;
        } else {
            if (h.above > 0 && h.above < needOut) {
                int active = node.server.activeInstances();
                record(new ScalingEvent(now, node.id, ScalingAction.BRIEF_RISE_IGNORED, active, active, h.peak,
                        a.targetCpu(), h.above, needOut, CHECK_SECONDS));
            }
            h.above = 0;
        }
        h.below = cpu < a.targetCpu() * SCALE_IN_BELOW ? h.below + 1 : 0;
        decide(node, a, h, cpu, needOut, needIn);
    }

    private void decide(NodeState node, Autoscaling a, History h, double cpu, int needOut, int needIn) {
        double now = engine.now;
        ServerState s = node.server;
        int active = s.activeInstances();
        int min = Math.max(1, a.min());
        int max = Math.max(min, a.max());
        boolean sustained = h.above >= needOut;
        boolean calm = h.below >= needIn;
        boolean wantOut = active < min || (sustained && active < max);
        boolean wantIn = active > max || (calm && active > min);
        if (!wantOut && !wantIn) {
            if (sustained && active >= max) {
                hold(node, h, ScalingAction.AT_MAXIMUM, active, cpu, a, h.above, needOut);
            } else {
                h.lastHeld = null;
            }
            return;
        }
        int checks = wantOut ? h.above : h.below;
        int needed = wantOut ? needOut : needIn;
        if (now - h.lastAction < a.cooldownSeconds()) {
            hold(node, h, ScalingAction.HELD_BY_COOLDOWN, active, cpu, a, checks, needed);
            return;
        }
        h.lastAction = now;
        h.lastHeld = null;
        if (wantOut) {
            int i = s.addInstance(ServerState.BOOTING, now);
            scaleOuts++;
            record(new ScalingEvent(now, node.id, ScalingAction.SCALE_OUT, active, active + 1, cpu, a.targetCpu(),
                    checks, needed, CHECK_SECONDS));
            engine.scheduleRare(now + Math.max(0, a.bootSeconds()), () -> booted(node, i, cpu, a));
        } else {
            int i = s.pickToRetire();
            if (i >= 0) {
                s.retire(i, now);
                scaleIns++;
                record(new ScalingEvent(now, node.id, ScalingAction.SCALE_IN, active, active - 1, cpu, a.targetCpu(),
                        checks, needed, CHECK_SECONDS));
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
        record(new ScalingEvent(engine.now, node.id, ScalingAction.INSTANCE_READY, active, active, cpu, a.targetCpu(),
                0, 0, CHECK_SECONDS));
    }

    private void hold(NodeState node, History h, ScalingAction why, int active, double cpu, Autoscaling a,
                      int checks, int needed) {
        if (h.lastHeld != why) {
            h.lastHeld = why;
            record(new ScalingEvent(engine.now, node.id, why, active, active, cpu, a.targetCpu(), checks, needed,
                    CHECK_SECONDS));
        }
    }

    private void record(ScalingEvent event) {
        events.addLast(event);
        while (events.size() > KEEP_EVENTS) {
            events.removeFirst();
        }
    }
}
