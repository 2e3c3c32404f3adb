package org.backendlab.sim;

/** Why a node limits the whole backend. */
public enum BottleneckCause {
    /** Its CPU is (nearly) always busy. */
    CPU_SATURATED,
    /** It refuses work because its queue is full. */
    QUEUE_FULL,
    /** Its calls take longer than its timeout. */
    TIMEOUTS,
    /** It is slow, so the callers' threads stay busy waiting for it while their CPUs idle. */
    HOLDS_CALLER_THREADS,
    /** It is down, so requests that need it fail. */
    DOWN
}
