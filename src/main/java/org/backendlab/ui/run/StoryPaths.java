package org.backendlab.ui.run;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.backendlab.sim.Outcome;
import org.backendlab.sim.RequestStory;
import org.backendlab.sim.Step;
import org.backendlab.sim.StepKind;

/**
 * Turns a finished request's story into the path its dot replays: every wire crossed (out and back), a
 * short rest where it queued or was worked on, the cache's answer, and where and how it failed.
 */
public final class StoryPaths {

    /** Wall seconds a dot rests per log10 of simulated milliseconds spent at a node. */
    private static final double REST_PER_DECADE = 0.12;
    private static final double MAX_REST = 0.6;

    private StoryPaths() {
    }

    /** The dot path, or null when the request never left its client. */
    public static DotPath of(RequestStory story) {
        List<Step> steps = new ArrayList<>(story.steps());
        steps.sort(Comparator.comparingDouble(Step::time));
        List<DotPath.Move> moves = new ArrayList<>();
        Hops hops = new Hops();
        DotPath.Mark mark = DotPath.Mark.NONE;
        DotPath.Mark pendingMark = DotPath.Mark.NONE;
        double arrivedAt = story.start();
        DotPath.End end = DotPath.End.COMPLETED;
        for (Step s : steps) {
            if (s.kind() == StepKind.TRAVEL || s.kind() == StepKind.RESPOND) {
                double restMs = Math.max(0, (s.time() - arrivedAt) * 1000);
                double rest = restMs < 0.5 ? 0 : Math.min(MAX_REST, REST_PER_DECADE * Math.log10(1 + restMs));
                List<String> way = s.kind() == StepKind.TRAVEL ? List.of(s.node(), s.peer()) : hops.back(s.node(), s.peer());
                if (s.kind() == StepKind.TRAVEL) {
                    hops.forward(s.node(), s.peer());
                }
                for (int k = 0; k + 1 < way.size(); k++) {
                    moves.add(new DotPath.Move(way.get(k), way.get(k + 1), k == 0 ? rest : 0, pendingMark));
                }
                pendingMark = DotPath.Mark.NONE;
                arrivedAt = s.until();
            } else if (s.kind() == StepKind.CACHE_HIT || s.kind() == StepKind.CACHE_MISS) {
                mark = s.kind() == StepKind.CACHE_HIT ? DotPath.Mark.HIT : DotPath.Mark.MISS;
                pendingMark = mark;
            } else if (s.kind() == StepKind.FAIL && s.failure() != null) {
                end = StoryPhraser.endOf(s.failure().code());
                break;
            }
        }
        if (end == DotPath.End.COMPLETED && story.outcome() == Outcome.FAILED && story.failure() != null) {
            end = StoryPhraser.endOf(story.failure().code());
        }
        if (moves.isEmpty()) {
            return null;
        }
        return new DotPath(story.kind(), moves, end);
    }
}
