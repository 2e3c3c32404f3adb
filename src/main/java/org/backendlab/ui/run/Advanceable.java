package org.backendlab.ui.run;

/** Something simulated time can be moved forward on (the engine, through {@link RunSession}). */
public interface Advanceable {

    /** Runs every event that falls due in the next {@code seconds} of simulated time. */
    void advanceBy(double seconds);

    /** Simulated time now, in seconds. */
    double now();
}
