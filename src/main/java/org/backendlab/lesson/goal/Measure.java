package org.backendlab.lesson.goal;

import org.backendlab.sim.MetricsSnapshot;
import org.backendlab.sim.NodeMetrics;

/**
 * What a behaviour clause measures over the sliding window: a node's figure, or an end-to-end one.
 * Shares are 0-1 in files and shown as percent.
 */
public enum Measure {
    CPU(true, "unit.percent"),
    THREADS_BUSY(true, "unit.percent"),
    QUEUE(true, "unit.plain"),
    P95_MS(true, "unit.ms"),
    ERROR_SHARE(true, "unit.percent"),
    HIT_RATIO(true, "unit.percent"),
    ARRIVALS_PER_S(true, "unit.rate"),
    INSTANCES(true, "unit.plain"),
    END_TO_END_P95_MS(false, "unit.ms"),
    END_TO_END_ERROR_SHARE(false, "unit.percent"),
    COST_PER_HOUR(false, "unit.cost"),
    /** Simulated seconds since the run (re)started. */
    RUN_SECONDS(false, "unit.seconds"),
    /** End-to-end p95 over the whole run, not the window. */
    RUN_P95_MS(false, "unit.ms"),
    /** End-to-end error share over the whole run. */
    RUN_ERROR_SHARE(false, "unit.percent"),
    /** Mean cost per hour over the run: the hourly price of the instances, averaged over simulated time. */
    RUN_MEAN_COST_PER_HOUR(false, "unit.cost");

    private final boolean ofNode;
    private final String unit;

    Measure(boolean ofNode, String unit) {
        this.ofNode = ofNode;
        this.unit = unit;
    }

    /** True when the measure belongs to one node (the clause then names a node or kind). */
    public boolean ofNode() {
        return ofNode;
    }

    String unit() {
        return unit;
    }

    double of(NodeMetrics n) {
        return switch (this) {
            case CPU -> n.utilization();
            case THREADS_BUSY -> n.threadsBusyShare();
            case QUEUE -> n.window().queueLength();
            case P95_MS -> n.window().p95LatencyMs();
            case ERROR_SHARE -> n.window().errorShare();
            case HIT_RATIO -> n.window().cacheHitRatio();
            case ARRIVALS_PER_S -> n.window().arrivalsPerSecond();
            case INSTANCES -> n.runningInstances();
            default -> Double.NaN;
        };
    }

    double of(MetricsSnapshot m, GoalContext c) {
        return switch (this) {
            case END_TO_END_P95_MS -> m.window().p95LatencyMs();
            case END_TO_END_ERROR_SHARE -> m.window().errorRate();
            case COST_PER_HOUR -> m.costPerHour();
            case RUN_SECONDS -> m.time();
            case RUN_P95_MS -> m.total().started() == 0 ? Double.NaN : m.total().p95LatencyMs();
            case RUN_ERROR_SHARE -> m.total().started() == 0 ? Double.NaN : m.total().errorRate();
            case RUN_MEAN_COST_PER_HOUR -> c.meanCostPerHour();
            default -> Double.NaN;
        };
    }
}
