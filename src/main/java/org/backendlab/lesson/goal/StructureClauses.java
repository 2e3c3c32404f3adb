package org.backendlab.lesson.goal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.backendlab.model.Diagram;
import org.backendlab.model.Node;
import org.backendlab.model.NodeKind;
import org.backendlab.model.RequestKind;
import org.backendlab.sim.CacheForce;
import org.backendlab.sim.RequestStory;

/**
 * Clauses about what the learner built, judged by what the engine would do rather than by one blessed
 * layout: a probe sends a request on a copy of the run (nothing in the run changes) and looks at its story.
 */
public final class StructureClauses {

    private StructureClauses() {
    }

    /** At least {@code atLeast} nodes of a kind are on the diagram. */
    public record NodeExists(NodeKind kind, int atLeast) implements Clause {
        @Override
        public Reading read(GoalContext c) {
            long n = c.diagram().nodes().stream().filter(x -> x.kind() == kind).count();
            return new Reading(n >= atLeast, GoalWords.of("now.count", n));
        }

        @Override
        public Words describe(GoalContext c) {
            return GoalWords.of("clause.nodeExists", atLeast, GoalWords.kind(kind));
        }
    }

    /**
     * A request of a kind sent (on a copy) from every origin the selector names ends as the match says;
     * at least one such origin must exist.
     */
    public record Probe(RequestKind kind, Selector from, CacheForce force, StoryMatch match) implements Clause {
        @Override
        public Reading read(GoalContext c) {
            return c.structural(this, () -> probe(c));
        }

        private Reading probe(GoalContext c) {
            Diagram d = c.diagram();
            List<Node> origins = from.nodes(d).stream().filter(n -> n.kind().isOrigin()).toList();
            if (origins.isEmpty()) {
                return new Reading(false, GoalWords.of("now.noOrigin", GoalWords.node(from, d)));
            }
            RequestStory shown = null;
            for (Node origin : origins) {
                RequestStory story = c.simulation().sendOne(kind, origin.id(), force);
                if (!match.matches(story, d)) {
                    return new Reading(false, StoryMatch.outcome(story, d));
                }
                shown = shown == null ? story : shown;
            }
            return new Reading(true, StoryMatch.outcome(shown, d));
        }

        @Override
        public Words describe(GoalContext c) {
            return match.suffix(GoalWords.of("clause.probe", GoalWords.of("request." + kind.name()),
                    GoalWords.of("force." + force.name()), GoalWords.node(from, c.diagram())), c.diagram());
        }
    }

    /** Some client can reach a database directly (no firewall refuses it): the app flags it as exposed. */
    public record DatabaseExposed() implements Clause {
        @Override
        public Reading read(GoalContext c) {
            List<String> exposed = c.structural(this, () -> c.simulation().exposedDatabases());
            Diagram d = c.diagram();
            return new Reading(!exposed.isEmpty(), exposed.isEmpty() ? GoalWords.of("now.noneExposed")
                    : GoalWords.of("now.exposed", exposed.stream().map(id -> d.node(id).map(Node::label).orElse(id))
                    .collect(Collectors.joining(", "))));
        }

        @Override
        public Words describe(GoalContext c) {
            return GoalWords.of("clause.databaseExposed");
        }
    }

    /** Every node of these kinds (at least one of each) is watched by a monitoring node. */
    public record Monitored(List<NodeKind> kinds) implements Clause {
        public Monitored {
            kinds = List.copyOf(kinds);
        }

        @Override
        public Reading read(GoalContext c) {
            Diagram d = c.diagram();
            Set<String> watched = d.watched(null).stream().map(Node::id).collect(Collectors.toSet());
            List<String> missing = new ArrayList<>();
            for (NodeKind k : kinds) {
                List<Node> of = d.nodes().stream().filter(n -> n.kind() == k).toList();
                if (of.isEmpty()) {
                    missing.add(GoalWords.kind(k).en());
                }
                of.stream().filter(n -> !watched.contains(n.id())).forEach(n -> missing.add(n.label()));
            }
            return new Reading(missing.isEmpty(), missing.isEmpty() ? GoalWords.of("now.allWatched")
                    : GoalWords.of("now.unwatched", String.join(", ", missing)));
        }

        @Override
        public Words describe(GoalContext c) {
            return GoalWords.of("clause.monitored", kinds.stream().map(GoalWords::kind)
                    .reduce((a, b) -> a.join(", ", b)).orElse(Words.same("")));
        }
    }
}
