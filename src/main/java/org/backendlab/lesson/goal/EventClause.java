package org.backendlab.lesson.goal;

import org.backendlab.session.LearnerAction;
import org.backendlab.sim.MetricsSnapshot;
import org.backendlab.sim.NodeMetrics;
import org.backendlab.sim.ReasonCode;
import org.backendlab.sim.RequestStory;
import org.backendlab.sim.ScalingAction;
import org.backendlab.sim.StepKind;

/**
 * Something happened in this step, in the running traffic or in a request the learner sent (optionally at
 * nodes the selector names, null: anywhere). Once it happened the clause stays met.
 */
public record EventClause(Event event, Selector node) implements Clause {

    /** The events a goal can wait for. */
    public enum Event { REFUSED_BY_RULE, SCALED_OUT, ALERT_FIRED, NODE_DOWN, REACHED_EXPOSED_DATABASE, CACHE_HIT, CACHE_MISS }

    @Override
    public boolean latches() {
        return true;
    }

    @Override
    public Reading read(GoalContext c) {
        boolean happened = inActions(c) || inSnapshot(c);
        return new Reading(happened, GoalWords.of(happened ? "now.happened" : "now.notYet"));
    }

    private boolean at(String id, GoalContext c) {
        return node == null || id != null && node.matches(id, c.diagram());
    }

    private boolean inActions(GoalContext c) {
        for (LearnerAction a : c.actions()) {
            if (a instanceof LearnerAction.NodeDown d && d.down() && event == Event.NODE_DOWN && at(d.node(), c)) {
                return true;
            }
            if (a instanceof LearnerAction.Sent s && inStory(s.story(), c)) {
                return true;
            }
        }
        return false;
    }

    private boolean inStory(RequestStory story, GoalContext c) {
        return switch (event) {
            case REFUSED_BY_RULE -> story.failure() != null && story.failure().code() == ReasonCode.REFUSED
                    && at(story.failure().node(), c);
            case REACHED_EXPOSED_DATABASE -> StoryMatch.reachedDatabaseDirectly(story, c.diagram());
            case CACHE_HIT, CACHE_MISS -> story.steps().stream().anyMatch(s ->
                    s.kind() == (event == Event.CACHE_HIT ? StepKind.CACHE_HIT : StepKind.CACHE_MISS) && at(s.node(), c));
            default -> false;
        };
    }

    private boolean inSnapshot(GoalContext c) {
        MetricsSnapshot m = c.snapshot();
        if (m == null) {
            return false;
        }
        MetricsSnapshot base = c.baseline();
        double since = base == null ? -1 : base.time();
        return switch (event) {
            case REFUSED_BY_RULE -> grew(m, base, c, n -> n.total().errors(ReasonCode.REFUSED));
            case CACHE_HIT -> grew(m, base, c, n -> n.total().cacheHits());
            case CACHE_MISS -> grew(m, base, c, n -> n.total().cacheMisses());
            case SCALED_OUT -> m.scalingEvents().stream().anyMatch(e -> e.action() == ScalingAction.SCALE_OUT
                    && e.time() > since && at(e.node(), c));
            case ALERT_FIRED -> m.alerts().stream().anyMatch(a -> at(a.node(), c));
            case NODE_DOWN -> m.nodes().values().stream().anyMatch(n -> n.down() && at(n.id(), c));
            case REACHED_EXPOSED_DATABASE -> false;
        };
    }

    private boolean grew(MetricsSnapshot m, MetricsSnapshot base, GoalContext c,
                         java.util.function.ToLongFunction<NodeMetrics> count) {
        for (NodeMetrics n : m.nodes().values()) {
            if (!at(n.id(), c)) {
                continue;
            }
            NodeMetrics before = base == null ? null : base.nodes().get(n.id());
            if (count.applyAsLong(n) > (before == null ? 0 : count.applyAsLong(before))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Words describe(GoalContext c) {
        Words w = GoalWords.of("event." + event.name());
        return node == null ? w : GoalWords.of("event.at", w, GoalWords.node(node, c.diagram()));
    }
}
