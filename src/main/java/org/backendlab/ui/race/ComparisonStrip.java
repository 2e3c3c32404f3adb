package org.backendlab.ui.race;

import java.util.EnumMap;
import java.util.Map;
import javafx.beans.value.ChangeListener;
import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import org.backendlab.model.Diagram;
import org.backendlab.model.Node;
import org.backendlab.session.RaceComparison;
import org.backendlab.session.RaceComparison.Measure;
import org.backendlab.session.RaceComparison.Row;
import org.backendlab.session.RaceComparison.Verdict;
import org.backendlab.ui.text.Numbers;
import org.backendlab.ui.text.Messages;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The comparison strip: one column per measure (p95, errors, throughput, cost, bottleneck) with A's and
 * B's values and which design is better, said in words with an icon (colour only repeats it).
 */
final class ComparisonStrip extends GridPane {

    private final RaceViewModel vm;
    private final Messages text;
    private final Map<Measure, Label> valuesA = new EnumMap<>(Measure.class);
    private final Map<Measure, Label> valuesB = new EnumMap<>(Measure.class);
    private final Map<Measure, Label> verdicts = new EnumMap<>(Measure.class);
    private final ChangeListener<RaceComparison> listener = (o, was, now) -> show(now);

    ComparisonStrip(RaceViewModel vm, Messages text) {
        this.vm = vm;
        this.text = text;
        setId("race-strip");
        getStyleClass().add("race-strip");
        ColumnConstraints names = new ColumnConstraints();
        names.setHgrow(Priority.NEVER);
        getColumnConstraints().add(names);
        add(rowName("A"), 0, 1);
        add(rowName("B"), 0, 2);
        add(rowName("verdict"), 0, 3);
        int col = 1;
        for (Measure m : Measure.values()) {
            ColumnConstraints c = new ColumnConstraints();
            c.setHgrow(Priority.ALWAYS);
            c.setHalignment(HPos.LEFT);
            getColumnConstraints().add(c);
            Label head = new Label(text.get("race.measure." + m.name()));
            head.getStyleClass().add("race-measure");
            head.setTooltip(new Tooltip(text.get("race.measure." + m.name() + ".tip")));
            add(head, col, 0);
            valuesA.put(m, value("race-a-" + m.name(), "A"));
            valuesB.put(m, value("race-b-" + m.name(), "B"));
            Label verdict = new Label();
            verdict.setId("race-verdict-" + m.name());
            verdict.getStyleClass().add("race-verdict");
            verdict.setTooltip(new Tooltip(text.get("race.verdict.tip")));
            verdicts.put(m, verdict);
            add(valuesA.get(m), col, 1);
            add(valuesB.get(m), col, 2);
            add(verdict, col, 3);
            col++;
        }
        vm.comparisonProperty().addListener(listener);
        show(vm.comparisonProperty().get());
    }

    private Label rowName(String row) {
        Label l = new Label(text.get("race.row." + row));
        l.getStyleClass().addAll("race-row-name", "race-row-" + row);
        l.setTooltip(new Tooltip(text.get("race.row." + row + ".tip")));
        return l;
    }

    private Label value(String id, String side) {
        Label l = new Label("\u2013");
        l.setId(id);
        l.getStyleClass().addAll("race-value", "race-value-" + side);
        l.setTooltip(new Tooltip(text.get("race.value.tip." + side)));
        return l;
    }

    private void show(RaceComparison c) {
        for (Measure m : Measure.values()) {
            if (c == null) {
                valuesA.get(m).setText("\u2013");
                valuesB.get(m).setText("\u2013");
                verdict(verdicts.get(m), Verdict.NOT_YET);
                continue;
            }
            Row row = c.row(m);
            valuesA.get(m).setText(format(row, true));
            valuesB.get(m).setText(format(row, false));
            verdict(verdicts.get(m), row.verdict());
        }
    }

    private String format(Row row, boolean a) {
        double v = a ? row.a() : row.b();
        return switch (row.measure()) {
            case P95_LATENCY -> Double.isNaN(v) ? "\u2013" : text.get("race.value.ms", Numbers.ms(v));
            case ERROR_SHARE -> text.get("race.value.percent", errorPercent(v));
            case THROUGHPUT -> text.get("race.value.rate", Numbers.whole(v));
            case COST_PER_HOUR -> text.get("race.value.cost", Numbers.dollars(v));
            case BOTTLENECK -> bottleneck(a ? row.nodeA() : row.nodeB(), a);
        };
    }

    /** One decimal below 10%, so a small error share is not shown as 0. */
    private static String errorPercent(double share) {
        double p = share * 100;
        return p > 0 && p < 10 ? String.format(java.util.Locale.ROOT, "%.1f", p) : Numbers.whole(p);
    }

    private String bottleneck(String nodeId, boolean a) {
        if (nodeId == null) {
            return text.get("race.value.none");
        }
        var race = vm.race();
        Diagram diagram = race == null ? null : (a ? race.a() : race.b()).diagram();
        return diagram == null ? nodeId : diagram.node(nodeId).map(Node::label).orElse(nodeId);
    }

    private void verdict(Label label, Verdict v) {
        label.setText(text.get("race.verdict." + v.name()));
        FontIcon icon = new FontIcon(switch (v) {
            case A_BETTER -> "mdi2a-arrow-left-bold-circle-outline";
            case B_BETTER -> "mdi2a-arrow-right-bold-circle-outline";
            case SAME -> "mdi2e-equal";
            case NOT_YET -> "mdi2t-timer-sand";
            case NO_WINNER -> "mdi2m-minus";
        });
        icon.getStyleClass().add("race-verdict-icon");
        label.setGraphic(icon);
        label.getStyleClass().removeIf(s -> s.startsWith("race-verdict-is-"));
        label.getStyleClass().add("race-verdict-is-" + v.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
    }

    void dispose() {
        vm.comparisonProperty().removeListener(listener);
    }
}
