package org.backendlab.lesson;

import java.util.ArrayList;
import java.util.List;

/**
 * The one error format for files the command line and the app report: {@code FILE: $.json.path: message},
 * at most {@link #MAX_LINES} lines (the first two errors, then {@code ... and N more}), none longer than
 * {@link #MAX_LINE} characters. Kept in one class so a shared format can replace it in one place.
 */
public final class FileErrors {

    public static final int MAX_LINE = 300;
    public static final int MAX_LINES = 3;

    private FileErrors() {
    }

    /** One problem in a file: the file's name as shown, the JSON path ({@code $} for the whole file), what is wrong. */
    public record Error(String file, String path, String message) {

        public String line() {
            String text = file + ": " + path + ": " + message.replaceAll("[\\r\\n\\t]+", " ");
            return text.length() <= MAX_LINE ? text : text.substring(0, MAX_LINE - 3) + "...";
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
