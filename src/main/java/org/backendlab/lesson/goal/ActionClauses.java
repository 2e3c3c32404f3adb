package org.backendlab.lesson.goal;

import org.backendlab.model.RequestKind;
import org.backendlab.session.LearnerAction;
import org.backendlab.sim.CacheForce;

/** Clauses about what the learner did in this step; each stays met once done. */
public final class ActionClauses {

    private ActionClauses() {
    }

    /**
     * Sent one request of a kind (null: any), from the origins the selector names (null: any), forcing the
     * cache as given (null: any), whose story matches.
     */
    public record Sent(RequestKind kind, Selector from, CacheForce force, StoryMatch match) implements Clause {
        @Override
        public boolean latches() {
            return true;
        }

        @Override
        public Reading read(GoalContext c) {
            LearnerAction.Sent last = null;
            for (LearnerAction a : c.actions()) {
                if (a instanceof LearnerAction.Sent s && (kind == null || s.kind() == kind)
                        && (from == null || from.matches(s.from(), c.diagram()))
                        && (force == null || s.force() == force)) {
                    if (match.matches(s.story(), c.diagram())) {
                        return new Reading(true, StoryMatch.outcome(s.story(), c.diagram()));
                    }
                    last = s;
                }
            }
            return new Reading(false, last == null ? GoalWords.of("now.notYet") : StoryMatch.outcome(last.story(), c.diagram()));
        }

        @Override
        public Words describe(GoalContext c) {
            return match.suffix(GoalWords.of("clause.sent", kind == null ? GoalWords.of("request.any") : GoalWords.of("request." + kind.name()),
                    GoalWords.of("force." + (force == null ? CacheForce.NONE : force).name()),
                    from == null ? GoalWords.of("anyOrigin") : GoalWords.node(from, c.diagram())), c.diagram());
        }
    }

    /** Changed the total traffic rate to a value the comparison accepts (e.g. above 800 requests/s). */
    public record RateChanged(Compare compare) implements Clause {
        @Override
        public boolean latches() {
            return true;
        }

        @Override
        public Reading read(GoalContext c) {
            Double last = null;
            for (LearnerAction a : c.actions()) {
                if (a instanceof LearnerAction.RateChanged r) {
                    if (compare.test(r.after())) {
                        return new Reading(true, GoalWords.of("now.value", GoalWords.of("unit.rate", r.after())));
                    }
                    last = r.after();
                }
            }
            return new Reading(false, last == null ? GoalWords.of("now.notYet")
                    : GoalWords.of("now.value", GoalWords.of("unit.rate", last)));
        }

        @Override
        public Words describe(GoalContext c) {
            return GoalWords.of("clause.rateChanged", compare.describe("unit.rate"));
        }
    }

    /** Took a node down ({@code down} true) or brought it back up, at nodes the selector names (null: any). */
    public record TookDown(Selector node, boolean down) implements Clause {
        @Override
        public boolean latches() {
            return true;
        }

        @Override
        public Reading read(GoalContext c) {
            boolean done = c.actions().stream().anyMatch(a -> a instanceof LearnerAction.NodeDown d && d.down() == down
                    && (node == null || node.matches(d.node(), c.diagram())));
            return new Reading(done, GoalWords.of(done ? "now.done" : "now.notYet"));
        }

        @Override
        public Words describe(GoalContext c) {
            return GoalWords.of(down ? "clause.tookDown" : "clause.broughtUp",
                    node == null ? GoalWords.of("anyNode") : GoalWords.node(node, c.diagram()));
        }
    }

    /** Answered the step's prediction question. */
    public record Answered() implements Clause {
        @Override
        public Reading read(GoalContext c) {
            return new Reading(c.answered(), GoalWords.of(c.answered() ? "now.done" : "now.notYet"));
        }

        @Override
        public Words describe(GoalContext c) {
            return GoalWords.of("clause.answered");
        }
    }
}
