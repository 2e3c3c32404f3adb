package org.backendlab.model;

/** Thrown when an edit would make the diagram meaningless; carries the reason code. */
public final class EditRefusedException extends RuntimeException {

    private final EditRefusal reason;

    public EditRefusedException(EditRefusal reason) {
        super(reason.name());
        this.reason = reason;
    }

    public EditRefusal reason() {
        return reason;
    }
}
