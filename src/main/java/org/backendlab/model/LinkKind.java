package org.backendlab.model;

/** What a wire means: a call path for requests, or a monitoring node watching another node. */
public enum LinkKind {
    CALLS,
    MONITORS
}
