package org.backendlab.model;

/** Why the diagram refused an edit; the UI turns the code into a sentence. */
public enum EditRefusal {
    SELF_LINK,
    DUPLICATE_LINK,
    UNKNOWN_NODE,
    DUPLICATE_ID,
    MONITORS_FROM_NON_MONITORING,
    MONITORS_UNWATCHABLE_TARGET,
    CALLS_FROM_MONITORING,
    CALLS_INTO_ORIGIN,
    EMPTY_LABEL
}
