package org.backendlab.lesson.goal;

import java.util.List;
import java.util.Optional;
import org.backendlab.model.Node;
import org.backendlab.model.NodeKind;
import org.backendlab.sim.Bottleneck;
import org.backendlab.sim.BottleneckCause;
import org.backendlab.sim.MetricsSnapshot;
import org.backendlab.sim.NodeMetrics;

/** Clauses about how the running backend behaves, read from the run session's snapshots, held for a time. */
public final class BehaviourClauses {

    private BehaviourClauses() {
    }

    /**
     * A measure compares with a value, held for {@code holdSeconds} of simulated time. For a node measure the
     * selector names a node or a kind (some node of that kind must satisfy it); NaN (nothing measured) never holds.
     */
    public record Metric(Measure measure, Selector node, Compare compare, double holdSeconds) implements Clause {
        @Override
        public Reading read(GoalContext c) {
            MetricsSnapshot m = c.snapshot();
            if (m == null) {
                return new Reading(false, GoalWords.of("now.notMeasured"));
            }
            if (!measure.ofNode()) {
                double v = measure.of(m, c);
                return new Reading(compare.test(v), now(v));
            }
            List<Node> nodes = node.nodes(c.diagram());
            Double first = null;
            for (Node n : nodes) {
                NodeMetrics nm = m.nodes().get(n.id());
                if (nm == null) {
                    continue;
                }
                double v = measure.of(nm);
                if (compare.test(v)) {
                    return new Reading(true, now(v));
                }
                first = first == null ? v : first;
            }
            return new Reading(false, first == null ? GoalWords.of("now.missing", GoalWords.node(node, c.diagram())) : now(first));
        }

        private Words now(double v) {
            return Double.isNaN(v) ? GoalWords.of("now.notMeasured")
                    : GoalWords.of("now.value", GoalWords.of(measure.unit(), Compare.scaled(measure.unit(), v)));
        }

        @Override
        public Words describe(GoalContext c) {
            Words what = measure.ofNode() ? GoalWords.of("measure.node." + measure.name(), GoalWords.node(node, c.diagram()))
                    : GoalWords.of("measure." + measure.name());
            Words w = GoalWords.of("clause.metric", what, compare.describe(measure.unit()));
            return holdSeconds > 0 ? GoalWords.of("held", w, holdSeconds) : w;
        }
    }

    /** The bottleneck is at a node of a kind (null: any) for a cause (null: any), held for a time. */
    public record BottleneckIs(NodeKind kind, BottleneckCause cause, double holdSeconds) implements Clause {
        @Override
        public Reading read(GoalContext c) {
            MetricsSnapshot m = c.snapshot();
            if (m == null) {
                return new Reading(false, GoalWords.of("now.notMeasured"));
            }
            Optional<Bottleneck> b = m.bottleneck();
            if (b.isEmpty()) {
                return new Reading(false, GoalWords.of("now.noBottleneck"));
            }
            Optional<Node> at = c.diagram().node(b.get().node());
            boolean kindOk = kind == null || at.map(n -> n.kind() == kind).orElse(false);
            boolean causeOk = cause == null || b.get().cause() == cause;
            Words where = Words.same(at.map(Node::label).orElse(b.get().node()));
            return new Reading(kindOk && causeOk, GoalWords.of("now.bottleneck", where, GoalWords.of("cause." + b.get().cause().name())));
        }

        @Override
        public Words describe(GoalContext c) {
            Words w = GoalWords.of("clause.bottleneck", kind == null ? GoalWords.of("anyNode") : GoalWords.kind(kind),
                    cause == null ? Words.same("") : GoalWords.of("because", GoalWords.of("cause." + cause.name())));
            return holdSeconds > 0 ? GoalWords.of("held", w, holdSeconds) : w;
        }
    }
}
