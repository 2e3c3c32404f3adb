package org.backendlab.io;

import org.backendlab.model.EditRefusal;

/**
 * The plain English sentence for an {@link EditRefusal}, for command-line messages about files. The app
 * phrases the same codes from its resource bundles ({@code refusal.*}) in the learner's language.
 */
public final class Refusals {

    private Refusals() {
    }

    /** A lower-case clause without a final full stop, e.g. "a node cannot be wired to itself". */
    public static String english(EditRefusal refusal) {
        return switch (refusal) {
            case SELF_LINK -> "a node cannot be wired to itself";
            case DUPLICATE_LINK -> "these two nodes are already wired this way";
            case UNKNOWN_NODE -> "it names a node that is not in the file";
            case DUPLICATE_ID -> "another node already has this id";
            case MONITORS_FROM_NON_MONITORING -> "only a monitoring node can watch other nodes";
            case MONITORS_UNWATCHABLE_TARGET -> "monitoring watches servers; clients and other monitors cannot be watched";
            case CALLS_FROM_MONITORING -> "monitoring only watches; it does not send or receive requests";
            case CALLS_INTO_ORIGIN -> "clients and the admin start requests; nothing can call them";
            case EMPTY_LABEL -> "a node needs a name";
        };
    }
}
