package org.backendlab.model;

/** How a client's request rate changes over time. */
public enum TrafficPattern {
    STEADY,
    SPIKE,
    DAILY_WAVE
}
