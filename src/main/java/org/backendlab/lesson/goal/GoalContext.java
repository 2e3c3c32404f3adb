package org.backendlab.lesson.goal;

import java.util.List;
import java.util.function.Supplier;
import org.backendlab.model.Diagram;
import org.backendlab.session.LearnerAction;
import org.backendlab.sim.MetricsSnapshot;
import org.backendlab.sim.Simulation;

/** What a clause may look at: the document, the engine, the measures and the learner's actions in this step. */
public interface GoalContext {

    Diagram diagram();

    /** The engine of the run (clauses only ask it what it would do, e.g. send one request on a copy). */
    Simulation simulation();

    /** The last snapshot seen in this step, or null before any. */
    MetricsSnapshot snapshot();

    /** The snapshot when the step began (or the run restarted), null when counts start from zero. */
    MetricsSnapshot baseline();

    /** What the learner did since the step began, oldest first. */
    List<LearnerAction> actions();

    /** True when the step's question was answered. */
    boolean answered();

    /**
     * The hourly cost averaged over simulated time since the run (re)started, or since this step began when
     * the run was already going; the current cost before any time has passed.
     */
    double meanCostPerHour();

    /** Simulated seconds now. */
    double now();

    /** A value that depends only on the document and nodes taken down, computed once until they change. */
    <T> T structural(Object key, Supplier<T> compute);
}
