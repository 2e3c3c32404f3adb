package org.backendlab.ui.inspector;

import org.backendlab.ui.widgets.WordCell;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.geometry.HPos;
import javafx.scene.control.ComboBox;
import org.controlsfx.control.ToggleSwitch;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.util.Duration;
import org.backendlab.model.Node;
import org.backendlab.ui.text.Messages;

/**
 * Makes the inspector's labelled fields. A field with id {@code inspector-x-y} takes its label from key
 * {@code inspector.x.y} and its tooltip from {@code inspector.x.y.tooltip}; it shows the shown node's
 * value on every refresh and turns a change into one undoable edit.
 */
final class Fields {

    /** Refuses a value for a node with a sentence, or returns null to accept it. */
    @FunctionalInterface
    interface Check<V> {
        String refusal(Node node, V value);
    }

    private final InspectorContext ctx;
    private final Messages messages;

    Fields(InspectorContext ctx) {
        this.ctx = ctx;
        this.messages = ctx.messages();
    }

    static String key(String id) {
        return id.replace('-', '.');
    }

    Tooltip tooltip(String id) {
        return tooltipText(messages.text(key(id) + ".tooltip"));
    }

    static Tooltip tooltipText(String text) {
        Tooltip tip = new Tooltip(text);
        tip.setWrapText(true);
        tip.getStyleClass().add("inspector-tooltip");
        tip.setShowDelay(Duration.millis(400));
        return tip;
    }

    /** A section heading, e.g. "Autoscaling". */
    Label title(String key) {
        Label label = new Label(messages.text(key));
        label.getStyleClass().add("inspector-section");
        return label;
    }

    /** A sentence that follows the node's settings. */
    Label summary(String id, Function<Node, String> text) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.getStyleClass().add("inspector-summary");
        ctx.onRefresh(n -> label.setText(text.apply(n)));
        return label;
    }

    Label hint(String key) {
        Label label = new Label(messages.text(key));
        label.setWrapText(true);
        label.getStyleClass().add("inspector-hint");
        return label;
    }

    /** Two columns: names on the left, fields that fill the rest on the right. */
    static GridPane grid() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("inspector-grid");
        // Fixed shares, so the fields of every section line up under each other.
        ColumnConstraints names = new ColumnConstraints();
        names.setHalignment(HPos.LEFT);
        names.setPercentWidth(42);
        ColumnConstraints values = new ColumnConstraints();
        values.setPercentWidth(58);
        values.setFillWidth(true);
        grid.getColumnConstraints().setAll(names, values);
        return grid;
    }

    /** Adds a row "name | field" whose name comes from the field's id. */
    void row(GridPane grid, javafx.scene.Node field) {
        row(grid, key(field.getId()), field);
    }

    void row(GridPane grid, String key, javafx.scene.Node field) {
        namedRow(grid, messages.text(key), field);
    }

    /** Adds a row whose name is given in words. */
    void namedRow(GridPane grid, String words, javafx.scene.Node field) {
        Label name = new Label(words);
        name.getStyleClass().add("inspector-name");
        name.setLabelFor(field);
        name.setWrapText(true);
        int row = grid.getRowCount();
        grid.addRow(row, name, field);
    }

    /** A whole-number field from {@code min} to {@code max}. */
    Spinner<Integer> integer(String id, int min, int max, Function<Node, Integer> get,
                             BiFunction<Node, Integer, Node> set, InlineMessage complaint) {
        return integer(id, min, max, get, set, (n, v) -> null, complaint);
    }

    Spinner<Integer> integer(String id, int min, int max, Function<Node, Integer> get,
                             BiFunction<Node, Integer, Node> set, Check<Integer> check, InlineMessage complaint) {
        return integer(id, messages.text(key(id)), messages.text(key(id) + ".tooltip"), min, max, get, set, check,
                complaint);
    }

    /** A whole-number field whose name and tooltip are given in words. */
    Spinner<Integer> integer(String id, String name, String tip, int min, int max, Function<Node, Integer> get,
                             BiFunction<Node, Integer, Node> set, Check<Integer> check, InlineMessage complaint) {
        Spinner<Integer> spinner = new Spinner<>();
        var factory = new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max, min);
        factory.setConverter(new NumberConverter<>(spinner, min, max, true, v -> (int) Math.round(v), name, messages,
                complaint));
        spinner.setValueFactory(factory);
        return number(spinner, id, tip, get, set, check, complaint);
    }

    /** A decimal field from {@code min} to {@code max}; the arrows step by {@code step}. */
    Spinner<Double> decimal(String id, double min, double max, double step, Function<Node, Double> get,
                            BiFunction<Node, Double, Node> set, InlineMessage complaint) {
        return decimal(id, messages.text(key(id)), messages.text(key(id) + ".tooltip"), min, max, step, get, set,
                complaint);
    }

    /** A decimal field whose name and tooltip are given in words. */
    Spinner<Double> decimal(String id, String name, String tip, double min, double max, double step,
                            Function<Node, Double> get, BiFunction<Node, Double, Node> set, InlineMessage complaint) {
        Spinner<Double> spinner = new Spinner<>();
        var factory = new SpinnerValueFactory.DoubleSpinnerValueFactory(min, max, min, step);
        factory.setConverter(new NumberConverter<>(spinner, min, max, false, v -> v, name, messages, complaint));
        spinner.setValueFactory(factory);
        // Arrow steps of 0.1 add up to 0.30000000000000004: keep two decimals, as shown.
        return number(spinner, id, tip, get, (n, v) -> set.apply(n, Math.round(v * 100) / 100.0), (n, v) -> null,
                complaint);
    }

    private <V> Spinner<V> number(Spinner<V> spinner, String id, String tip, Function<Node, V> get,
                                  BiFunction<Node, V, Node> set, Check<V> check, InlineMessage complaint) {
        spinner.setId(id);
        spinner.setEditable(true);
        spinner.setMaxWidth(Double.MAX_VALUE);
        spinner.getStyleClass().add("inspector-number");
        spinner.setTooltip(tooltipText(tip));
        ctx.onRefresh(n -> spinner.getValueFactory().setValue(get.apply(n)));
        spinner.valueProperty().addListener((o, was, now) -> {
            if (now == null || ctx.isUpdating()) {
                return;
            }
            Node node = ctx.shown().orElse(null);
            if (node == null) {
                return;
            }
            String refusal = check.refusal(node, now);
            if (refusal != null) {
                complaint.say(refusal);
                ctx.refresh();
                return;
            }
            if (ctx.edit(n -> set.apply(n, now))) {
                complaint.clear();
            }
        });
        return spinner;
    }

    /** A drop-down of fixed choices, each shown in words. */
    <T> ComboBox<T> choice(String id, List<T> choices, Function<T, String> words, Function<Node, T> get,
                           BiFunction<Node, T, Node> set) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(choices);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setTooltip(tooltip(id));
        WordCell.showInWords(box, words);
        ctx.onRefresh(n -> box.setValue(get.apply(n)));
        box.valueProperty().addListener((o, was, now) -> {
            if (now != null) {
                ctx.edit(n -> set.apply(n, now));
            }
        });
        return box;
    }

    /** An on/off switch with its own text (ControlsFX ToggleSwitch: reads as a setting, not a to-do item). */
    ToggleSwitch check(String id, Function<Node, Boolean> get, BiFunction<Node, Boolean, Node> set) {
        ToggleSwitch box = new ToggleSwitch(messages.text(key(id)));
        box.setId(id);
        box.setWrapText(true);
        box.setTooltip(tooltip(id));
        ctx.onRefresh(n -> box.setSelected(get.apply(n)));
        box.selectedProperty().addListener((o, was, now) -> ctx.edit(n -> set.apply(n, now)));
        return box;
    }
}
