package org.backendlab.io;

/**
 * A diagram file that cannot be opened. {@link #problem()} says what kind of trouble it is and
 * {@link #detail()} the specifics (a field name, a line and column, a version), so the UI can phrase it
 * in any language; {@link #getMessage()} is a plain English one-liner for the command line.
 */
public final class DiagramFileException extends Exception {

    /** The kinds of trouble a diagram file can have. */
    public enum Problem {
        MALFORMED,
        TRUNCATED,
        UNKNOWN_FIELD,
        WRONG_FORMAT,
        NEWER_VERSION,
        INVALID,
        TOO_LARGE,
        IO_ERROR
    }

    private final Problem problem;
    private final String detail;

    public DiagramFileException(Problem problem, String detail, String message) {
        super(message);
        this.problem = problem;
        this.detail = detail;
    }

    public Problem problem() {
        return problem;
    }

    public String detail() {
        return detail;
    }
}
