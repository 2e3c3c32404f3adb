package org.backendlab.session;

import org.backendlab.sim.MetricsSnapshot;

/** Told what happens in a run session; every method has a do-nothing default. */
public interface SessionListener {

    /** A fresh run began (another document, or restart): whatever was shown of the old run must go. */
    default void runReset() {
    }

    /** A new snapshot of every measure was taken. */
    default void snapshot(MetricsSnapshot metrics) {
    }

    /** The learner did something (recorded in {@link RunSession#actions()}). */
    default void action(LearnerAction action) {
    }

    /** Started or paused. */
    default void runningChanged(boolean running) {
    }
}
