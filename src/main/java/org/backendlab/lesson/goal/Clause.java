package org.backendlab.lesson.goal;

/**
 * One checkable condition of a goal. It reads whether it holds now and its current value in words; the
 * {@link GoalWatch} adds time: a clause with {@link #holdSeconds()} must hold that long in simulated time,
 * and a clause that {@link #latches()} (something happened) stays met once it was.
 */
public interface Clause extends Goal {

    /** Whether it holds at this moment, and what the value is now. */
    Reading read(GoalContext context);

    /** What it asks for, e.g. "p95 under 200 ms for 20 s". */
    Words describe(GoalContext context);

    default double holdSeconds() {
        return 0;
    }

    /** True for "it happened" clauses (events and actions): once met, met for the rest of the step. */
    default boolean latches() {
        return false;
    }

    /** A clause's state now: whether it holds and its current value ("now 340 ms"). */
    record Reading(boolean holds, Words now) {
    }
}
