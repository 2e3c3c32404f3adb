package org.backendlab.io;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * One line that says what is wrong with a file a learner handed to the app, in the form
 * {@code FILE: $.json.path: message} (or {@code FILE: message} when the trouble is not at a place in the
 * JSON, e.g. the file is missing). Every loader of learner files uses it (diagrams here; lesson and
 * script loaders call it the same way), so all of them read alike and none can mess up a terminal.
 *
 * <p>Guarantees of {@link #line()}: one line, at most {@link #MAX_LINE} characters, every control,
 * format or line-separator character shown as {@code \\uXXXX}, long values cut short with {@code ...}.
 * Messages are plain English clauses written by the loader; they never name Java classes.
 *
 * <p>How a loader uses it: build paths with {@link #ROOT}, {@link #field} and {@link #item} while walking
 * the JSON, describe a bad value with {@link #quoted} or {@link #describe}, and print
 * {@code new FileProblem(fileName, path, "must be ...").line()}. {@link #escape} and {@link #cap} also
 * serve any other text (ids, labels) that goes to a terminal.
 */
public record FileProblem(String file, String path, String message) {

    /** The longest line a refusal may print. */
    public static final int MAX_LINE = 300;
    /** How much of a quoted value (an id, a label, a bad string) a message shows. */
    public static final int MAX_QUOTED = 40;
    /** The JSON path of the whole document. */
    public static final String ROOT = "$";

    private static final int MAX_FILE = 80;
    private static final int MAX_PATH = 100;
    private static final String CUT = "...";

    /** The printable line: file, path (when known) and message, escaped and capped. */
    public String line() {
        StringBuilder out = new StringBuilder();
        if (file != null && !file.isEmpty()) {
            out.append(shorten(escape(file), MAX_FILE)).append(": ");
        }
        if (path != null && !path.isEmpty()) {
            out.append(shorten(escape(path), MAX_PATH)).append(": ");
        }
        out.append(escape(message == null ? "cannot be read" : message));
        return shorten(out.toString(), MAX_LINE);
    }

    @Override
    public String toString() {
        return line();
    }

    /** The path of a field inside the object at {@code parent}: {@code $.a.b}, or {@code $.a["odd key"]}. */
    public static String field(String parent, String name) {
        if (name.matches("[A-Za-z_][A-Za-z0-9_]{0,40}")) {
            return parent + "." + name;
        }
        return parent + "[" + quoted(name) + "]";
    }

    /** The path of an element of the list at {@code parent}: {@code $.nodes[3]}. */
    public static String item(String parent, int index) {
        return parent + "[" + index + "]";
    }

    /** A value in double quotes, escaped and cut to {@link #MAX_QUOTED} characters. */
    public static String quoted(String value) {
        return "\"" + shorten(escape(value), MAX_QUOTED) + "\"";
    }

    /** A number as a person writes it: 1000000 rather than 1.0E6, 0.5 rather than 0.50. */
    public static String plain(double value) {
        if (!Double.isFinite(value)) {
            return String.valueOf(value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /**
     * The text with every character that could move the cursor, change colours, break a line or hide
     * text written as {@code \\uXXXX}: C0 and C1 controls, DEL, Unicode format characters (bidirectional
     * overrides, zero-width spaces; not the joiners that emoji need), line and paragraph separators, and
     * unpaired surrogates.
     */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean bad = isUnsafe(text, i);
            if (bad && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                if (bad) {
                    out.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? text : out.toString();
    }

    /** True when the character at {@code i} must not reach a terminal or a file name as it is. */
    public static boolean isUnsafe(String text, int i) {
        char c = text.charAt(i);
        if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0)) {
            return true;
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
        }
        int type = Character.getType(c);
        return (type == Character.FORMAT && c != '\u200c' && c != '\u200d')
                || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
    }

    /** True when the text has any character {@link #escape} would rewrite. */
    public static boolean hasUnsafe(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isUnsafe(text, i)) {
                return true;
            }
        }
        return false;
    }

    /** Escaped and cut to {@code max} characters: what any id or label gets before it is printed. */
    public static String cap(String text, int max) {
        return shorten(escape(text), max);
    }

    /** The text itself when short enough, else its start and {@code ...}, never splitting a character pair. */
    public static String shorten(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = Math.max(0, max - CUT.length());
        if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + CUT;
    }
}
