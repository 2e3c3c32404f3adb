package org.backendlab.lesson.goal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.backendlab.model.Diagram;
import org.backendlab.session.LearnerAction;
import org.backendlab.session.Listeners;
import org.backendlab.session.RunSession;
import org.backendlab.session.SessionListener;
import org.backendlab.session.Subscription;
import org.backendlab.sim.MetricsSnapshot;
import org.backendlab.sim.Simulation;

/**
 * Checks one step's goal live: re-evaluates it whenever the run session publishes a snapshot, the learner
 * does something (edits included) or the run restarts, keeps how long each clause has held in simulated
 * time, and remembers that the goal was met once ({@link #passed()}), so the step stays passed. Plain Java;
 * the lesson panel adapts {@link #state()} and {@link #addListener} to its checklist.
 */
public final class GoalWatch implements GoalContext, AutoCloseable {

    private final Goal goal;
    private final RunSession session;
    private final Subscription subscription;
    private final Listeners<Consumer<GoalState>> listeners = new Listeners<>();
    private final List<LearnerAction> actions = new ArrayList<>();
    private final Map<Clause, Double> heldSince = new IdentityHashMap<>();
    private final Map<Clause, Boolean> latched = new IdentityHashMap<>();
    private final Map<Object, Object> structural = new HashMap<>();
    private final CostMeter cost = new CostMeter();
    private MetricsSnapshot baseline;
    private MetricsSnapshot snapshot;
    private boolean answered;
    private boolean passed;
    private GoalState state;

    public GoalWatch(Goal goal, RunSession session) {
        this.goal = goal;
        this.session = session;
        this.baseline = session.simulation().metrics();
        this.subscription = session.addListener(new SessionListener() {
            @Override
            public void runReset() {
                baseline = null;
                snapshot = null;
                cost.reset();
                heldSince.clear();
                structural.clear();
            }

            @Override
            public void snapshot(MetricsSnapshot metrics) {
                snapshot = metrics;
                cost.add(metrics.time(), metrics.costPerHour());
                evaluate();
            }

            @Override
            public void action(LearnerAction action) {
                actions.add(action);
                if (action instanceof LearnerAction.Edited || action instanceof LearnerAction.NodeDown
                        || action instanceof LearnerAction.Restarted) {
                    structural.clear();
                }
                evaluate();
            }
        });
        evaluate();
    }

    public Goal goal() {
        return goal;
    }

    /** Records whether the step's question was answered (the "answered" clause reads it). */
    public void setAnswered(boolean value) {
        if (answered != value) {
            answered = value;
            evaluate();
        }
    }

    /** The goal evaluated at the last change. */
    public GoalState state() {
        return state;
    }

    /** True once the whole goal was met at some moment of this step. */
    public boolean passed() {
        return passed;
    }

    /** Told the new state after every evaluation (on the thread that drives the session). */
    public Subscription addListener(Consumer<GoalState> listener) {
        return listeners.add(listener);
    }

    /** Evaluates the goal now and tells the listeners. */
    public GoalState evaluate() {
        state = evaluate(goal);
        passed |= state.met();
        GoalState s = state;
        listeners.forEach(l -> l.accept(s));
        return s;
    }

    /** Evaluates any goal (e.g. a prediction's clause) against this step's context, without keeping it. */
    public GoalState evaluate(Goal g) {
        if (g instanceof Goal.All all) {
            List<GoalState> parts = all.goals().stream().map(this::evaluate).toList();
            return new GoalState(g, parts.stream().allMatch(GoalState::met), GoalWords.of("all"), null, parts);
        }
        if (g instanceof Goal.Any any) {
            List<GoalState> parts = any.goals().stream().map(this::evaluate).toList();
            Words label = GoalWords.of("any", parts.stream().map(GoalState::label)
                    .reduce((a, b) -> a.join(" / ", b)).orElse(Words.same("")));
            return new GoalState(g, parts.stream().anyMatch(GoalState::met), label, null, parts);
        }
        if (g instanceof Goal.Not not) {
            GoalState inner = evaluate(not.goal());
            return new GoalState(g, !inner.met(), GoalWords.of("not", inner.label()), inner.now(), List.of(inner));
        }
        Clause clause = (Clause) g;
        Clause.Reading reading = clause.read(this);
        boolean met = reading.holds();
        if (clause.holdSeconds() > 0) {
            if (reading.holds() && snapshot != null) {
                heldSince.putIfAbsent(clause, snapshot.time());
            } else if (!reading.holds()) {
                heldSince.remove(clause);
            }
            Double since = heldSince.get(clause);
            met = since != null && snapshot != null && snapshot.time() - since >= clause.holdSeconds() - 1e-9;
        }
        if (clause.latches()) {
            if (met) {
                latched.put(clause, true);
            }
            met |= latched.containsKey(clause);
        }
        return new GoalState(g, met, clause.describe(this), reading.now(), List.of());
    }

    @Override
    public void close() {
        subscription.unsubscribe();
    }

    // ------------------------------------------------------------------ GoalContext

    @Override
    public Diagram diagram() {
        return session.diagram();
    }

    @Override
    public Simulation simulation() {
        return session.simulation();
    }

    @Override
    public MetricsSnapshot snapshot() {
        return snapshot;
    }

    @Override
    public MetricsSnapshot baseline() {
        return baseline;
    }

    @Override
    public List<LearnerAction> actions() {
        return List.copyOf(actions);
    }

    @Override
    public boolean answered() {
        return answered;
    }

    @Override
    public double meanCostPerHour() {
        return cost.mean(snapshot == null ? Double.NaN : snapshot.costPerHour());
    }

    @Override
    public double now() {
        return session.now();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T structural(Object key, Supplier<T> compute) {
        Object known = structural.get(key);
        if (known == null) {
            known = compute.get();
            structural.put(key, known);
        }
        return (T) known;
    }
}
