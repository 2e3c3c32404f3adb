package org.backendlab.sim;

/** What the autoscaler decided at one check (only decisions that change, hold back or pass up a change). */
public enum ScalingAction {
    /** Started booting one more instance. */
    SCALE_OUT,
    /** A booting instance finished booting and now serves. */
    INSTANCE_READY,
    /** Stopped one instance. */
    SCALE_IN,
    /** Wanted to scale but the cooldown since the last action had not passed. */
    HELD_BY_COOLDOWN,
    /** Wanted more instances but is at its maximum. */
    AT_MAXIMUM,
    /** CPU went above the target and fell back before enough checks in a row: no instance was added. */
    BRIEF_RISE_IGNORED
}
