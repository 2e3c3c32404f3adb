package org.backendlab.lesson.goal;

import java.util.List;

/**
 * A goal evaluated at one moment: whether it is met, what it asks for and its value now, with the states
 * of its parts (for all / any / not). {@link #checklist()} gives the rows of the live checklist.
 */
public record GoalState(Goal goal, boolean met, Words label, Words now, List<GoalState> parts) {

    public GoalState {
        parts = List.copyOf(parts);
    }

    /** The line shown for this clause, e.g. "p95 under 200 ms for 20 s: now 340 ms". */
    public String text(String language) {
        String value = now == null ? "" : now.in(language);
        return value.isEmpty() ? label.in(language) : label.in(language) + ": " + value;
    }

    /** The rows of a checklist: the parts of a top-level "all", else the goal itself. */
    public List<GoalState> checklist() {
        return goal instanceof Goal.All ? parts : List.of(this);
    }

    /** The first row not met (depth first), or null when met; its words say what is missing. */
    public GoalState firstUnmet() {
        if (met) {
            return null;
        }
        if (goal instanceof Goal.All) {
            for (GoalState p : parts) {
                if (!p.met) {
                    return p.firstUnmet();
                }
            }
        }
        return this;
    }
}
