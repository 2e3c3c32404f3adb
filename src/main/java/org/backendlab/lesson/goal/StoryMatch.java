package org.backendlab.lesson.goal;

import java.util.ArrayList;
import java.util.List;
import org.backendlab.model.Diagram;
import org.backendlab.model.NodeKind;
import org.backendlab.sim.Outcome;
import org.backendlab.sim.ReasonCode;
import org.backendlab.sim.RequestStory;
import org.backendlab.sim.Step;
import org.backendlab.sim.StepKind;

/**
 * What a request's story must show: how it ended, the nodes it passes in order ({@code through}) and the
 * nodes it must never reach ({@code avoids}). Shared by probes (what the engine would do) and by the
 * "sent" clause (what the learner's request did).
 */
public record StoryMatch(Ending ending, List<Selector> through, List<Selector> avoids) {

    /** How a request ended. */
    public enum Ending {
        COMPLETED, FAILED, REFUSED, NO_ROUTE, NODE_DOWN;

        boolean matches(RequestStory story) {
            return switch (this) {
                case COMPLETED -> story.outcome() == Outcome.COMPLETED;
                case FAILED -> story.outcome() == Outcome.FAILED;
                default -> story.outcome() == Outcome.FAILED && story.failure() != null
                        && story.failure().code() == ReasonCode.valueOf(name());
            };
        }

        static Ending of(RequestStory story) {
            if (story.outcome() == Outcome.COMPLETED) {
                return COMPLETED;
            }
            if (story.failure() == null) {
                return FAILED;
            }
            return switch (story.failure().code()) {
                case REFUSED -> REFUSED;
                case NO_ROUTE -> NO_ROUTE;
                case NODE_DOWN -> NODE_DOWN;
                default -> FAILED;
            };
        }
    }

    public StoryMatch {
        through = through == null ? List.of() : List.copyOf(through);
        avoids = avoids == null ? List.of() : List.copyOf(avoids);
    }

    public static StoryMatch any() {
        return new StoryMatch(null, List.of(), List.of());
    }

    public boolean matches(RequestStory story, Diagram diagram) {
        if (story.outcome() == Outcome.IN_FLIGHT || ending != null && !ending.matches(story)) {
            return false;
        }
        List<String> visits = visits(story);
        int next = 0;
        for (String id : visits) {
            if (next < through.size() && through.get(next).matches(id, diagram)) {
                next++;
            }
            for (Selector avoid : avoids) {
                if (avoid.matches(id, diagram)) {
                    return false;
                }
            }
        }
        return next == through.size();
    }

    /** The nodes a request reached, in order (travel ends and arrivals, without repeats in a row). */
    public static List<String> visits(RequestStory story) {
        List<String> out = new ArrayList<>();
        for (Step s : story.steps()) {
            String id = s.kind() == StepKind.TRAVEL ? s.peer() : s.kind() == StepKind.ARRIVE ? s.node() : null;
            if (id != null && (out.isEmpty() || !out.get(out.size() - 1).equals(id))) {
                out.add(id);
            }
        }
        return out;
    }

    /** True when a client's request reached a database without passing an API server first. */
    public static boolean reachedDatabaseDirectly(RequestStory story, Diagram diagram) {
        if (story.outcome() != Outcome.COMPLETED || !diagram.node(story.client()).map(n -> n.kind() == NodeKind.CLIENT).orElse(false)) {
            return false;
        }
        for (String id : visits(story)) {
            NodeKind kind = diagram.node(id).map(n -> n.kind()).orElse(null);
            if (kind == NodeKind.API_SERVER) {
                return false;
            }
            if (kind == NodeKind.DATABASE) {
                return true;
            }
        }
        return false;
    }

    /** The conditions in words ("completes, passing API server → Database"), or null when there are none. */
    public Words describe(Diagram diagram) {
        if (ending == null && through.isEmpty() && avoids.isEmpty()) {
            return null;
        }
        Words w = ending == null ? GoalWords.of("ending.ANY") : GoalWords.of("ending." + ending.name());
        if (!through.isEmpty()) {
            w = GoalWords.of("story.through", w, list(through, diagram));
        }
        if (!avoids.isEmpty()) {
            w = GoalWords.of("story.avoids", w, list(avoids, diagram));
        }
        return w;
    }

    /** A clause's words with the match's conditions added in brackets, when it has any. */
    public Words suffix(Words base, Diagram diagram) {
        Words conditions = describe(diagram);
        return conditions == null ? base : GoalWords.of("story.suffix", base, conditions);
    }

    private static Words list(List<Selector> selectors, Diagram diagram) {
        return selectors.stream().map(s -> GoalWords.node(s, diagram)).reduce((a, b) -> a.join(" → ", b))
                .orElse(Words.same(""));
    }

    /** How a story went, in words: "completed through X → Y", "refused at X". */
    public static Words outcome(RequestStory story, Diagram diagram) {
        Words path = visits(story).stream().map(id -> Words.same(diagram.node(id).map(n -> n.label()).orElse(id)))
                .reduce((a, b) -> a.join(" → ", b)).orElse(null);
        Words ended = GoalWords.of("ended." + Ending.of(story).name());
        return path == null ? GoalWords.of("now.value", ended) : GoalWords.of("story.now", ended, path);
    }
}
