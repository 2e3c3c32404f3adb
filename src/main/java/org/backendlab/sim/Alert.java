package org.backendlab.sim;

/**
 * An alert raised by a monitoring node: the watched node crossed a threshold and held it for the
 * monitor's hold time. {@code value} and {@code threshold} are in the cause's unit (CPU 0-1, ms, error share).
 */
public record Alert(String monitor, String node, AlertCause cause, double value, double threshold, double since) {
}
