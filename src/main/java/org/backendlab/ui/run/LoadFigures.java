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
import org.backendlab.sim.InstanceMetrics;
import org.backendlab.sim.MetricsSnapshot;
import org.backendlab.sim.NodeMetrics;
import org.backendlab.sim.NodeStats;
import org.backendlab.ui.text.Numbers;
import org.backendlab.ui.text.Messages;

/**
 * What the selected box is doing now, for any node, monitored or not (the inspector's run-time slot):
 * CPU, threads busy, queue, requests/s, p95 and errors over the engine's sliding window; for a cache its
 * hit ratio; for a server box with several instances a compact line per instance (CPU, req/s); for a load
 * balancer how it spread requests over the instances of its targets (one row per instance). Monitoring is
 * still what gives gauges and alerts; this is a look at one box. Labels are made once per selection (the
 * spread rows again when the instances behind the balancer change) and only their text changes with each
 * snapshot.
 */
final class LoadFigures {

    /**
     * One row of a load balancer's spread: an instance of a target server ({@code instance} from 1; 0 for
     * the whole target when it has no instances or just one), its requests/s and share of what the
     * balancer's targets took in. {@code key} names the row ("api-1" or "api-1-i2"); {@code booting}: the
     * instance is still starting and gets nothing; {@code inFlight}: calls it holds now (-1 for a whole
     * target, where {@code p95Ms} is given instead).
     */
    record Spread(String key, String id, int instance, String label, double perSecond, double share, double cpu,
                  double p95Ms, int inFlight, boolean booting) {
    }

    private final Messages text;
    private final GridPane grid = new GridPane();
    private final List<Row> rows = new ArrayList<>();
    private final GridPane spreadGrid = new GridPane();
    private final List<SpreadRow> spreadRows = new ArrayList<>();
    private final VBox box = new VBox(4);
    private List<String> spreadKeys = List.of();
    private Label instancesName;
    private Label instancesValue;

    private record Row(String key, Label value) {
    }

    private record SpreadRow(String key, ProgressBar bar, Label figures, Label detail) {
    }

    LoadFigures(Messages text) {
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
        instancesName = null;
        instancesValue = null;
        if (node.server() != null) {
            instancesName = new Label(text.get("live.instances"));
            Tooltip tip = new Tooltip(text.get("live.instances.tip"));
            instancesName.setTooltip(tip);
            instancesName.setMinWidth(Label.USE_PREF_SIZE);
            instancesValue = new Label();
            instancesValue.setId("live-instances");
            instancesValue.setTooltip(tip);
            instancesValue.setWrapText(true);
            grid.addRow(rows.size() + 1, instancesName, instancesValue);
            showInstancesRow(false);
        }
        if (node.policy() != null) {
            Label spread = section("live.spread", "live.spread.tip");
            spread.setId("live-spread-title");
            box.getChildren().addAll(spread, spreadGrid);
            spreadKeys = List.of();
            List<Spread> rowsNow = new ArrayList<>();
            for (Node target : targets(node, diagram)) {
                rowsNow.add(new Spread(target.id(), target.id(), 0, target.label(), 0, 0, 0, Double.NaN, -1, false));
            }
            spreadRows(rowsNow);
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

    /** Makes one spread row per entry (a bar, its figures and a detail line below), replacing the old ones. */
    private void spreadRows(List<Spread> entries) {
        spreadRows.clear();
        spreadGrid.getChildren().clear();
        List<String> keys = new ArrayList<>();
        int r = 0;
        for (Spread entry : entries) {
            keys.add(entry.key());
            Label name = new Label(entry.instance() > 0
                    ? text.get("live.spread.instance", entry.label(), Numbers.whole(entry.instance())) : entry.label());
            name.setId("live-spread-name-" + entry.key());
            name.setTooltip(new Tooltip(text.get("live.spread.tip")));
            name.setMinWidth(Label.USE_PREF_SIZE);
            ProgressBar bar = new ProgressBar(0);
            bar.setId("live-spread-bar-" + entry.key());
            bar.setPrefWidth(80);
            bar.setMinWidth(50);
            Tooltip barTip = new Tooltip();
            bar.setTooltip(barTip);
            Label figures = new Label();
            figures.setId("live-spread-" + entry.key());
            figures.setTooltip(barTip);
            figures.setMinWidth(Label.USE_PREF_SIZE);
            Label detail = new Label();
            detail.setId("live-spread-detail-" + entry.key());
            detail.getStyleClass().add("inspector-hint");
            detail.setTooltip(new Tooltip(text.get("live.spread.detail.tip")));
            spreadGrid.addRow(r++, name, bar, figures);
            spreadGrid.add(detail, 1, r++, 2, 1);
            spreadRows.add(new SpreadRow(entry.key(), bar, figures, detail));
        }
        spreadKeys = List.copyOf(keys);
    }

    private void showInstancesRow(boolean on) {
        if (instancesName != null && instancesName.isVisible() != on) {
            for (Label l : new Label[] {instancesName, instancesValue}) {
                l.setVisible(on);
                l.setManaged(on);
            }
        }
    }

    /** One compact line per instance: "#1 CPU 45% · 50 req/s"; "#3 starting up" while it boots. */
    String instanceLines(NodeMetrics nm) {
        StringBuilder out = new StringBuilder();
        for (InstanceMetrics i : nm.instances()) {
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(i.status() == InstanceMetrics.Status.BOOTING
                    ? text.get("live.instances.booting", Numbers.whole(i.number()))
                    : text.get("live.instances.line", Numbers.whole(i.number()), Numbers.percent(i.utilization()),
                            Numbers.whole(i.arrivalsPerSecond())));
        }
        return out.toString();
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
        if (instancesValue != null) {
            boolean several = nm.instances().size() > 1;
            showInstancesRow(several);
            if (several) {
                set(instancesValue, instanceLines(nm));
            }
        }
        if (spreadKeys.isEmpty()) {
            return;
        }
        List<Spread> spread = spread(node, diagram, m);
        if (!spread.stream().map(Spread::key).toList().equals(spreadKeys)) {
            spreadRows(spread);
        }
        for (int k = 0; k < spreadRows.size(); k++) {
            SpreadRow row = spreadRows.get(k);
            Spread s = spread.get(k);
            row.bar().setProgress(s.share());
            set(row.figures(), text.get("live.spread.row", Numbers.whole(s.perSecond()), Numbers.percent(s.share())));
            set(row.detail(), s.booting() ? text.get("live.spread.booting")
                    : s.inFlight() >= 0 ? text.get("live.spread.detail.instance", Numbers.percent(s.cpu()), Numbers.whole(s.inFlight()))
                    : text.get("live.spread.detail", Numbers.percent(s.cpu()), Numbers.ms(s.p95Ms())));
            String name = s.instance() > 0 ? text.get("live.spread.instance", s.label(), Numbers.whole(s.instance())) : s.label();
            String tip = text.get("live.spread.row.tip", name, Numbers.whole(s.perSecond()), Numbers.percent(s.share()));
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
     * How a load balancer spread requests over its targets over the sliding window: one entry per existing
     * instance of a target with several instances (its own arrivals per second, CPU and calls held now), one
     * for the whole target otherwise; each with its share of the total over all entries (the shares add up
     * to 1 when anything arrived).
     */
    static List<Spread> spread(Node balancer, Diagram diagram, MetricsSnapshot m) {
        List<Spread> raw = new ArrayList<>();
        double total = 0;
        for (Node t : targets(balancer, diagram)) {
            NodeMetrics nm = m.nodes().get(t.id());
            if (nm != null && nm.instances().size() > 1) {
                for (InstanceMetrics i : nm.instances()) {
                    raw.add(new Spread(t.id() + "-i" + i.number(), t.id(), i.number(), t.label(), i.arrivalsPerSecond(),
                            0, i.utilization(), Double.NaN, i.inFlightNow(), i.status() == InstanceMetrics.Status.BOOTING));
                    total += i.arrivalsPerSecond();
                }
            } else {
                double rate = nm == null ? 0 : nm.window().arrivalsPerSecond();
                raw.add(new Spread(t.id(), t.id(), 0, t.label(), rate, 0, nm == null ? 0 : nm.utilization(),
                        nm == null ? Double.NaN : nm.window().p95LatencyMs(), -1, false));
                total += rate;
            }
        }
        List<Spread> out = new ArrayList<>();
        for (Spread s : raw) {
            out.add(new Spread(s.key(), s.id(), s.instance(), s.label(), s.perSecond(),
                    total > 0 ? s.perSecond() / total : 0, s.cpu(), s.p95Ms(), s.inFlight(), s.booting()));
        }
        return out;
    }
}
