package org.backendlab.ui.run;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.backendlab.model.Diagram;
import org.backendlab.model.LinkKind;
import org.backendlab.model.Node;
import org.backendlab.model.NodeKind;
import org.backendlab.sim.MetricsSnapshot;
import org.backendlab.sim.NodeMetrics;
import org.backendlab.sim.NodeStats;
import org.backendlab.ui.text.Numbers;
import org.backendlab.ui.text.RunText;

/**
 * What the selected box is doing now, for any node, monitored or not (the inspector's run-time slot):
 * CPU, threads busy, queue, requests/s, p95 and errors over the engine's sliding window; for a cache its
 * hit ratio; for a load balancer how it spread requests over its targets. Monitoring is still what gives
 * gauges and alerts; this is a look at one box. Labels are made once per selection and only their text
 * changes with each snapshot.
 */
final class LoadFigures {

    /** One target of a load balancer: its requests/s and share of what the balancer's targets took in. */
    record Spread(String id, String label, double perSecond, double share, double cpu, double p95Ms) {
    }

    private final RunText text;
    private final GridPane grid = new GridPane();
    private final List<Row> rows = new ArrayList<>();
    private final GridPane spreadGrid = new GridPane();
    private final List<SpreadRow> spreadRows = new ArrayList<>();
    private final VBox box = new VBox(4);

    private record Row(String key, Label value) {
    }

    private record SpreadRow(String id, ProgressBar bar, Label figures, Label detail) {
    }

    LoadFigures(RunText text) {
        this.text = text;
        grid.getStyleClass().add("live-load-grid");
        grid.setHgap(10);
        grid.setVgap(2);
        spreadGrid.getStyleClass().add("live-spread-grid");
        spreadGrid.setHgap(8);
        spreadGrid.setVgap(2);
        box.setId("live-load");
    }

    /** Makes the labels for {@code node}; null when the engine measures nothing worth showing there. */
    javafx.scene.Node build(Node node, Diagram diagram) {
        rows.clear();
        spreadRows.clear();
        grid.getChildren().clear();
        spreadGrid.getChildren().clear();
        box.getChildren().clear();
        Label title = section("live.load", "live.load.tip");
        box.getChildren().addAll(title, grid);
        if (node.server() != null) {
            row("cpu");
            row("threads");
            row("queue");
        }
        row("rps");
        row("p95");
        row("errors");
        if (node.kind() == NodeKind.CACHE) {
            row("hits");
        }
        if (node.policy() != null) {
            Label spread = section("live.spread", "live.spread.tip");
            spread.setId("live-spread-title");
            box.getChildren().addAll(spread, spreadGrid);
            int r = 0;
            for (Node target : targets(node, diagram)) {
                Label name = new Label(target.label());
                name.setTooltip(new Tooltip(text.get("live.spread.tip")));
                name.setMinWidth(Label.USE_PREF_SIZE);
                ProgressBar bar = new ProgressBar(0);
                bar.setId("live-spread-bar-" + target.id());
                bar.setPrefWidth(80);
                bar.setMinWidth(50);
                Tooltip barTip = new Tooltip();
                bar.setTooltip(barTip);
                Label figures = new Label();
                figures.setId("live-spread-" + target.id());
                figures.setTooltip(barTip);
                figures.setMinWidth(Label.USE_PREF_SIZE);
                Label detail = new Label();
                detail.setId("live-spread-detail-" + target.id());
                detail.getStyleClass().add("inspector-hint");
                detail.setTooltip(new Tooltip(text.get("live.spread.detail.tip")));
                spreadGrid.addRow(r++, name, bar, figures);
                spreadGrid.add(detail, 1, r++, 2, 1);
                spreadRows.add(new SpreadRow(target.id(), bar, figures, detail));
            }
            Label note = new Label(text.get("live.spread.note"));
            note.setWrapText(true);
            note.getStyleClass().add("inspector-hint");
            note.setTooltip(new Tooltip(text.get("live.spread.tip")));
            if (spreadRows.isEmpty()) {
                note.setText(text.get("live.spread.none"));
            }
            box.getChildren().add(note);
        }
        return box;
    }

    private Label section(String key, String tipKey) {
        Label title = new Label(text.get(key));
        title.getStyleClass().add("inspector-section");
        title.setTooltip(new Tooltip(text.get(tipKey)));
        return title;
    }

    private void row(String key) {
        Label name = new Label(text.get("live." + key));
        Tooltip tip = new Tooltip(text.get("live." + key + ".tip"));
        name.setTooltip(tip);
        name.setMinWidth(Label.USE_PREF_SIZE);
        Label value = new Label(text.get("gauge.none"));
        value.setId("live-" + key);
        value.setTooltip(tip);
        value.setWrapText(true);
        GridPane.setHalignment(name, HPos.LEFT);
        grid.addRow(rows.size(), name, value);
        rows.add(new Row(key, value));
    }

    /** Puts the snapshot's figures for {@code node} into the labels. */
    void show(Node node, Diagram diagram, MetricsSnapshot m) {
        NodeMetrics nm = m.nodes().get(node.id());
        if (nm == null) {
            return;
        }
        for (Row row : rows) {
            set(row.value(), figure(row.key(), node, nm));
        }
        if (spreadRows.isEmpty()) {
            return;
        }
        List<Spread> spread = spread(node, diagram, m);
        for (SpreadRow row : spreadRows) {
            Spread s = spread.stream().filter(x -> x.id().equals(row.id())).findFirst().orElse(null);
            if (s == null) {
                continue;
            }
            row.bar().setProgress(s.share());
            set(row.figures(), text.get("live.spread.row", Numbers.whole(s.perSecond()), Numbers.percent(s.share())));
            set(row.detail(), text.get("live.spread.detail", Numbers.percent(s.cpu()), Numbers.ms(s.p95Ms())));
            String tip = text.get("live.spread.row.tip", s.label(), Numbers.whole(s.perSecond()), Numbers.percent(s.share()));
            if (!tip.equals(row.bar().getTooltip().getText())) {
                row.bar().getTooltip().setText(tip);
            }
        }
    }

    private static void set(Label label, String words) {
        if (!words.equals(label.getText())) {
            label.setText(words);
        }
    }

    /** The words for one figure of a node now. */
    String figure(String key, Node node, NodeMetrics nm) {
        NodeStats w = nm.window();
        return switch (key) {
            case "cpu" -> text.get("gauge.percent", Numbers.percent(nm.utilization()));
            case "threads" -> text.get("live.threads.value", Numbers.whole(nm.threadsBusyNow()),
                    Numbers.whole(nm.threadsTotal()), Numbers.percent(nm.threadsBusyShare()));
            case "queue" -> node.server() == null ? text.get("gauge.none") : text.get("live.queue.value", Numbers.whole(nm.queueNow()),
                    Numbers.whole(node.server().queue() * Math.max(1, nm.runningInstances())));
            case "rps" -> Numbers.whole(w.arrivalsPerSecond());
            case "p95" -> text.get("gauge.ms", Numbers.ms(w.p95LatencyMs()));
            case "errors" -> text.get("gauge.percent", Numbers.percent(w.errorShare()));
            case "hits" -> Double.isNaN(w.cacheHitRatio()) ? text.get("gauge.none")
                    : text.get("gauge.percent", Numbers.percent(w.cacheHitRatio()));
            default -> "";
        };
    }

    /** The nodes a load balancer calls, in the diagram's order. */
    static List<Node> targets(Node balancer, Diagram diagram) {
        return diagram.links().stream()
                .filter(l -> l.kind() == LinkKind.CALLS && l.from().equals(balancer.id()))
                .map(l -> diagram.node(l.to()).orElse(null))
                .filter(n -> n != null)
                .toList();
    }

    /**
     * How a load balancer spread requests over its targets over the sliding window: each target's arrivals
     * per second (all its instances together; the engine counts per node, not per instance) and its share
     * of the targets' total.
     */
    static List<Spread> spread(Node balancer, Diagram diagram, MetricsSnapshot m) {
        List<Node> targets = targets(balancer, diagram);
        double total = 0;
        for (Node t : targets) {
            NodeMetrics nm = m.nodes().get(t.id());
            total += nm == null ? 0 : nm.window().arrivalsPerSecond();
        }
        List<Spread> out = new ArrayList<>();
        for (Node t : targets) {
            NodeMetrics nm = m.nodes().get(t.id());
            double rate = nm == null ? 0 : nm.window().arrivalsPerSecond();
            out.add(new Spread(t.id(), t.label(), rate, total > 0 ? rate / total : 0,
                    nm == null ? 0 : nm.utilization(), nm == null ? Double.NaN : nm.window().p95LatencyMs()));
        }
        return out;
    }
}
