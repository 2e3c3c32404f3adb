package org.backendlab.ui.inspector;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.function.DoubleFunction;
import javafx.scene.control.Spinner;
import javafx.util.StringConverter;
import org.backendlab.ui.text.Messages;

/**
 * Reads what a learner typed into a number field. Anything that is not a number in range is refused
 * with a sentence, and the field keeps (and shows again) its last valid value, so bad input is never
 * lost silently and never throws.
 */
final class NumberConverter<V extends Number> extends StringConverter<V> {

    private final Spinner<V> spinner;
    private final double min;
    private final double max;
    private final boolean whole;
    private final DoubleFunction<V> box;
    private final String fieldName;
    private final Messages messages;
    private final InlineMessage complaint;
    private final DecimalFormat format = new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));

    NumberConverter(Spinner<V> spinner, double min, double max, boolean whole, DoubleFunction<V> box,
                    String fieldName, Messages messages, InlineMessage complaint) {
        this.spinner = spinner;
        this.min = min;
        this.max = max;
        this.whole = whole;
        this.box = box;
        this.fieldName = fieldName;
        this.messages = messages;
        this.complaint = complaint;
    }

    @Override
    public String toString(V value) {
        return value == null ? "" : format.format(value.doubleValue());
    }

    @Override
    public V fromString(String text) {
        V current = spinner.getValue();
        String refusal = refusal(text);
        V result = current;
        if (refusal == null) {
            result = box.apply(parse(text));
        } else {
            complaint.say(refusal);
        }
        // Show the value in its own format again ("  7" becomes "7", "abc" the kept value).
        spinner.getEditor().setText(toString(result));
        return result;
    }

    /** Why the text cannot be taken, or null when it can. */
    String refusal(String text) {
        String kept = spinner.getValue() == null ? "" : toString(spinner.getValue());
        double value = parse(text);
        if (Double.isNaN(value)) {
            return messages.text("inspector.input.notANumber", fieldName, text == null ? "" : text.strip(), kept);
        }
        if (whole && value != Math.rint(value)) {
            return messages.text("inspector.input.whole", fieldName, kept);
        }
        if (value < min || value > max) {
            return messages.text("inspector.input.range", fieldName, format.format(min), format.format(max), kept);
        }
        return null;
    }

    private static double parse(String text) {
        if (text == null) {
            return Double.NaN;
        }
        String cleaned = text.strip().replace(",", "").replace("_", "").replace(" ", "").replace("%", "");
        if (cleaned.isEmpty()) {
            return Double.NaN;
        }
        try {
            double value = Double.parseDouble(cleaned);
            return Double.isFinite(value) ? value : Double.NaN;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
