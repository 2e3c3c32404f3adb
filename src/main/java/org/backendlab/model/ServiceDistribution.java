package org.backendlab.model;

/** How the work time of one request varies around its mean. */
public enum ServiceDistribution {
    EXPONENTIAL,
    CONSTANT
}
