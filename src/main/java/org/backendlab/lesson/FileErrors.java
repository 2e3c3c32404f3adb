package org.backendlab.lesson;

import java.util.ArrayList;
import java.util.List;
import org.backendlab.io.FileProblem;

/**
 * The one error format for files the command line and the app report: {@code FILE: $.json.path: message},
 * at most {@link #MAX_LINES} lines (the first two errors, then {@code ... and N more}), none longer than
 * {@link #MAX_LINE} characters; each line is an {@link FileProblem}, the format diagrams use too.
 */
public final class FileErrors {

    public static final int MAX_LINE = FileProblem.MAX_LINE;
    public static final int MAX_LINES = 3;

    private FileErrors() {
    }

    /** One problem in a file: the file's name as shown, the JSON path ({@code $} for the whole file), what is wrong. */
    public record Error(String file, String path, String message) {

        /** The same line a diagram's refusal prints: escaped, capped at {@link #MAX_LINE}. */
        public String line() {
            return new FileProblem(file, path, message).line();
        }
    }

    /** The lines to print for a list of errors (empty when there are none). */
    public static List<String> lines(List<Error> errors) {
        List<String> lines = new ArrayList<>();
        if (errors.size() <= MAX_LINES - 1) {
            errors.forEach(e -> lines.add(e.line()));
            return lines;
        }
        lines.add(errors.get(0).line());
        lines.add(errors.get(1).line());
        lines.add("... and " + (errors.size() - 2) + " more");
        return lines;
    }

    /** The lines joined with newlines, for a dialog or an exception message. */
    public static String text(List<Error> errors) {
        return String.join("\n", lines(errors));
    }
}
