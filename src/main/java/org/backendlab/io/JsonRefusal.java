package org.backendlab.io;

/**
 * A JSON text a loader will not accept: what kind of trouble ({@link Kind}), where ({@link #path()}, a
 * JSON path such as {@code $.nodes[2].x}) and a plain English clause ({@link #reason()}). Thrown by
 * {@link StrictJson} and {@link JsonFields}; a loader turns it into its own error with
 * {@link #line(String)}.
 */
public final class JsonRefusal extends Exception {

    /** The kinds of trouble a JSON text can have. */
    public enum Kind {
        /** Nothing but blanks. */
        EMPTY,
        /** Ends in the middle of a value. */
        TRUNCATED,
        /** Not JSON (a syntax error, NaN, a key given twice). */
        MALFORMED,
        /** Too deeply nested, a number or text too long. */
        TOO_LARGE,
        /** Valid JSON, but a value of the wrong type or out of range, or a required value missing. */
        INVALID
    }

    private final Kind kind;
    private final String path;
    private final String reason;

    public JsonRefusal(Kind kind, String path, String reason) {
        super(new FileProblem(null, path, reason).line(), null, false, false);
        this.kind = kind;
        this.path = path;
        this.reason = reason;
    }

    public Kind kind() {
        return kind;
    }

    /** Where in the JSON, e.g. {@code $.links[0].latencyMs}; {@code $} for the whole text. */
    public String path() {
        return path;
    }

    /** What is wrong, e.g. {@code must be a number from 0 to 600000, not "20"}. */
    public String reason() {
        return reason;
    }

    /** The one-line refusal for a file: {@code FILE: $.path: reason}. */
    public String line(String file) {
        return new FileProblem(file, path, reason).line();
    }
}
