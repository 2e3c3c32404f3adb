package org.backendlab.lesson.goal;

import java.util.List;

/** What a step asks for: a clause, or clauses combined with all / any / not. */
public interface Goal {

    /** Every part must hold. */
    record All(List<Goal> goals) implements Goal {
        public All {
            goals = List.copyOf(goals);
        }
    }

    /** At least one part must hold. */
    record Any(List<Goal> goals) implements Goal {
        public Any {
            goals = List.copyOf(goals);
        }
    }

    /** The part must not hold. */
    record Not(Goal goal) implements Goal {
    }
}
