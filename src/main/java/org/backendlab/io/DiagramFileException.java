package org.backendlab.io;

import java.util.Optional;
import org.backendlab.model.EditRefusal;

/**
 * A diagram file that cannot be opened. {@link #problem()} says what kind of trouble it is and
 * {@link #detail()} the specifics (a field name, a line and column, a version; for a node or link the
 * diagram refuses, where it is, e.g. {@code links[3] (api-1->api-1)}, with the reason in {@link #refusal()}),
 * so the UI can phrase it in any language; {@link #getMessage()} is a plain English one-liner for the
 * command line in the {@link FileProblem} form {@code FILE: $.json.path: message} (at most 300
 * characters, control characters escaped, never a Java class name). {@link #path()} is the JSON path of
 * the trouble ({@code $} for the whole text), or empty when the trouble is with the file itself.
 */
public final class DiagramFileException extends Exception {

    /** The kinds of trouble a diagram file can have. */
    public enum Problem {
        MALFORMED,
        /** Ends in the middle of the JSON. */
        TRUNCATED,
        /** Has no content at all (or only blanks). */
        EMPTY,
        /** No file at that path. */
        NOT_FOUND,
        /** The path is a folder (or something else that is not a regular file). */
        NOT_A_FILE,
        UNKNOWN_FIELD,
        WRONG_FORMAT,
        NEWER_VERSION,
        INVALID,
        TOO_LARGE,
        IO_ERROR
    }

    private final Problem problem;
    private final String detail;
    private final EditRefusal refusal;
    private final String path;

    public DiagramFileException(Problem problem, String detail, String message) {
        this(problem, detail, null, message);
    }

    /** An {@link Problem#INVALID} file whose node or link (at {@code detail}) the diagram refuses. */
    public DiagramFileException(Problem problem, String detail, EditRefusal refusal, String message) {
        this(problem, detail, refusal, "", message);
    }

    /**
     * A file problem at a JSON path; {@code line} is the finished one-line message (see
     * {@link FileProblem#line()}).
     */
    DiagramFileException(Problem problem, String detail, EditRefusal refusal, String path, String line) {
        super(line, null, false, false);
        this.problem = problem;
        this.detail = detail;
        this.refusal = refusal;
        this.path = path == null ? "" : path;
    }

    /** The JSON path of the trouble, e.g. {@code $.nodes[2].x}; empty when it is the file as a whole. */
    public String path() {
        return path;
    }

    /** Why the diagram refuses a node or link of the file (phrase it as {@code refusal.CODE}), if that is the trouble. */
    public Optional<EditRefusal> refusal() {
        return Optional.ofNullable(refusal);
    }

    public Problem problem() {
        return problem;
    }

    public String detail() {
        return detail;
    }
}
