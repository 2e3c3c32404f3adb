package org.backendlab.ui.run;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.backendlab.model.Autoscaling;
import org.backendlab.model.Endpoint;
import org.backendlab.model.FirewallRule;
import org.backendlab.model.Node;
import org.backendlab.model.NodeKind;
import org.backendlab.model.RuleAction;
import org.backendlab.sim.MetricsSnapshot;
import org.backendlab.sim.NodeMetrics;
import org.backendlab.ui.dashboard.NodeGaugesViewModel;
import org.backendlab.ui.text.RunText;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The inspector's live part, for the selected node: autoscaling settings and firewall rules (document
 * edits, undoable, applied to the running simulation at once) and, apart from them, its run-time state
 * (instances running now, taken down) with a button to take it down or bring it back (not saved).
 */
public final class LiveSections {

    private final RunViewModel run;
    private final RunText text;
    private final List<Consumer<Node>> refreshers = new ArrayList<>();
    private final Consumer<MetricsSnapshot> runtimeListener = this::runtime;
    private final Label runtime = new Label();
    private final Button downButton = new Button();
    private String nodeId;
    private boolean updating;

    public LiveSections(RunViewModel run, RunText text) {
        this.run = run;
        this.text = text;
        runtime.setId("live-runtime");
        runtime.setWrapText(true);
        runtime.getStyleClass().add("inspector-summary");
        downButton.setId("live-down");
        downButton.setOnAction(e -> {
            if (nodeId != null) {
                run.setDown(nodeId, !run.isDown(nodeId));
                showDown();
            }
        });
        run.addSnapshotListener(runtimeListener);
    }

    public void dispose() {
        run.removeSnapshotListener(runtimeListener);
    }

    /** The sections for a node; {@code edit} performs an undoable change of the selected node. */
    public List<javafx.scene.Node> build(Node node, Consumer<Function<Node, Node>> edit) {
        refreshers.clear();
        nodeId = node.id();
        List<javafx.scene.Node> out = new ArrayList<>();
        Consumer<Function<Node, Node>> guarded = change -> {
            if (!updating) {
                edit.accept(change);
            }
        };
        if (node.server() != null) {
            out.add(section(text.get("live.autoscaling")));
            out.add(autoscaling(guarded));
        }
        if (node.rules() != null) {
            out.add(section(text.get("live.rules")));
            VBox rules = new VBox(4);
            rules.setId("live-rules");
            refreshers.add(n -> rules.getChildren().setAll(ruleRows(n, guarded)));
            Button add = new Button(text.get("live.rule.add"), new FontIcon("mdi2p-plus"));
            add.setId("live-rule-add");
            add.setTooltip(new Tooltip(text.get("live.rule.add.tip")));
            add.setOnAction(e -> guarded.accept(n -> {
                List<FirewallRule> list = new ArrayList<>(n.rules());
                list.add(new FirewallRule(true, RuleAction.ALLOW, Endpoint.any(), Endpoint.any()));
                return n.withRules(list);
            }));
            out.add(rules);
            out.add(add);
        }
        if (node.kind().isWatchable()) {
            out.add(section(text.get("live.runtime")));
            HBox row = new HBox(8, downButton, runtime);
            row.setAlignment(Pos.CENTER_LEFT);
            HBox.setHgrow(runtime, Priority.ALWAYS);
            out.add(row);
            showDown();
            if (run.metricsProperty().get() != null) {
                runtime(run.metricsProperty().get());
            }
        }
        refresh(node);
        return out;
    }

    /** Shows a node's settings again after an edit, an undo or a redo. */
    public void refresh(Node node) {
        if (!node.id().equals(nodeId)) {
            return;
        }
        updating = true;
        try {
            refreshers.forEach(r -> r.accept(node));
        } finally {
            updating = false;
        }
    }

    private GridPane autoscaling(Consumer<Function<Node, Node>> edit) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("inspector-grid");
        grid.setHgap(8);
        grid.setVgap(4);
        CheckBox on = new CheckBox(text.get("live.autoscale.on"));
        on.setId("live-autoscale");
        on.setTooltip(new Tooltip(text.get("live.autoscale.on.tip")));
        refreshers.add(n -> on.setSelected(n.server().autoscaling().enabled()));
        on.selectedProperty().addListener((o, a, b) -> edit.accept(n -> scaling(n, s -> s.withEnabled(b))));
        grid.add(on, 0, 0, 2, 1);
        int row = 1;
        row = spinner(grid, row, "target", 5, 95, s -> (int) Math.round(s.targetCpu() * 100),
                (s, v) -> new Autoscaling(s.enabled(), v / 100.0, s.min(), s.max(), s.cooldownSeconds(), s.bootSeconds()), edit);
        row = spinner(grid, row, "min", 1, 100, Autoscaling::min,
                (s, v) -> new Autoscaling(s.enabled(), s.targetCpu(), v, Math.max(v, s.max()), s.cooldownSeconds(), s.bootSeconds()), edit);
        row = spinner(grid, row, "max", 1, 100, Autoscaling::max,
                (s, v) -> new Autoscaling(s.enabled(), s.targetCpu(), Math.min(v, s.min()), v, s.cooldownSeconds(), s.bootSeconds()), edit);
        spinner(grid, row, "cooldown", 0, 3600, s -> (int) Math.round(s.cooldownSeconds()),
                (s, v) -> new Autoscaling(s.enabled(), s.targetCpu(), s.min(), s.max(), v, s.bootSeconds()), edit);
        return grid;
    }

    private int spinner(GridPane grid, int row, String name, int min, int max, Function<Autoscaling, Integer> get,
                        BiFunction<Autoscaling, Integer, Autoscaling> set, Consumer<Function<Node, Node>> edit) {
        Spinner<Integer> spinner = new Spinner<>(new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max, min));
        spinner.setId("live-autoscale-" + name);
        spinner.setEditable(true);
        spinner.setPrefWidth(90);
        spinner.setTooltip(new Tooltip(text.get("live.autoscale." + name + ".tip")));
        refreshers.add(n -> spinner.getValueFactory().setValue(get.apply(n.server().autoscaling())));
        spinner.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                edit.accept(n -> scaling(n, s -> set.apply(s, b)));
            }
        });
        Label label = new Label(text.get("live.autoscale." + name));
        label.setLabelFor(spinner);
        grid.addRow(row, label, spinner);
        return row + 1;
    }

    private static Node scaling(Node n, Function<Autoscaling, Autoscaling> change) {
        return n.withServer(n.server().withAutoscaling(change.apply(n.server().autoscaling())));
    }

    private List<javafx.scene.Node> ruleRows(Node node, Consumer<Function<Node, Node>> edit) {
        List<javafx.scene.Node> rows = new ArrayList<>();
        List<FirewallRule> rules = node.rules();
        for (int i = 0; i < rules.size(); i++) {
            rows.add(ruleRow(i, rules.get(i), rules.size(), edit));
        }
        return rows;
    }

    private HBox ruleRow(int index, FirewallRule rule, int count, Consumer<Function<Node, Node>> edit) {
        String prefix = "live-rule-" + (index + 1);
        Label number = new Label(text.get("live.rule.number", index + 1));
        CheckBox enabled = new CheckBox();
        enabled.setId(prefix + "-enabled");
        enabled.setSelected(rule.enabled());
        enabled.setTooltip(new Tooltip(text.get("live.rule.enabled.tip")));
        enabled.selectedProperty().addListener((o, a, b) -> edit.accept(n -> withRule(n, index, r -> r.withEnabled(b))));
        ComboBox<RuleAction> action = TimeControls.combo(prefix + "-action", RuleAction.values(),
                a -> text.of("live.action", a), text.get("live.rule.action.tip"));
        action.setValue(rule.action());
        action.valueProperty().addListener((o, a, b) -> edit.accept(n -> withRule(n, index,
                r -> new FirewallRule(r.enabled(), b, r.origin(), r.destination()))));
        ComboBox<Endpoint> origin = endpointChooser(prefix + "-origin", rule.origin(), text.get("live.rule.origin.tip"));
        origin.valueProperty().addListener((o, a, b) -> edit.accept(n -> withRule(n, index,
                r -> new FirewallRule(r.enabled(), r.action(), b, r.destination()))));
        ComboBox<Endpoint> destination = endpointChooser(prefix + "-destination", rule.destination(),
                text.get("live.rule.destination.tip"));
        destination.valueProperty().addListener((o, a, b) -> edit.accept(n -> withRule(n, index,
                r -> new FirewallRule(r.enabled(), r.action(), r.origin(), b))));
        Button up = small(prefix + "-up", "mdi2a-arrow-up", text.get("live.rule.up.tip"));
        up.setDisable(index == 0);
        up.setOnAction(e -> edit.accept(n -> swap(n, index, index - 1)));
        Button down = small(prefix + "-down", "mdi2a-arrow-down", text.get("live.rule.down.tip"));
        down.setDisable(index == count - 1);
        down.setOnAction(e -> edit.accept(n -> swap(n, index, index + 1)));
        Button remove = small(prefix + "-remove", "mdi2d-delete-outline", text.get("live.rule.remove.tip"));
        remove.setOnAction(e -> edit.accept(n -> {
            List<FirewallRule> list = new ArrayList<>(n.rules());
            list.remove(index);
            return n.withRules(list);
        }));
        VBox ends = new VBox(2, origin, new Label("\u2193"), destination);
        HBox top = new HBox(4, number, enabled, action);
        top.setAlignment(Pos.CENTER_LEFT);
        HBox buttons = new HBox(2, up, down, remove);
        VBox left = new VBox(2, top, buttons);
        HBox row = new HBox(6, left, ends);
        row.setId(prefix);
        row.getStyleClass().add("live-rule");
        return row;
    }

    private ComboBox<Endpoint> endpointChooser(String id, Endpoint value, String tip) {
        List<Endpoint> choices = new ArrayList<>();
        choices.add(Endpoint.any());
        for (NodeKind kind : NodeKind.values()) {
            if (kind != NodeKind.MONITORING) {
                choices.add(Endpoint.ofKind(kind));
            }
        }
        run.diagram().nodes().stream().filter(n -> n.kind() != NodeKind.MONITORING)
                .forEach(n -> choices.add(Endpoint.ofNode(n.id())));
        if (!choices.contains(value)) {
            choices.add(value);
        }
        ComboBox<Endpoint> box = TimeControls.combo(id, choices.toArray(Endpoint[]::new), this::endpointWords, tip);
        box.setValue(value);
        box.setMaxWidth(170);
        return box;
    }

    private String endpointWords(Endpoint e) {
        if (e.nodeId() != null) {
            return run.diagram().node(e.nodeId()).map(Node::label).orElse(e.nodeId());
        }
        if (e.kind() != null) {
            return text.get("live.endpoint.kind", text.get("kind." + e.kind().name()));
        }
        return text.get("live.endpoint.any");
    }

    private static Button small(String id, String icon, String tip) {
        Button b = new Button(null, new FontIcon(icon));
        b.setId(id);
        b.getStyleClass().add("live-rule-button");
        b.setTooltip(new Tooltip(tip));
        return b;
    }

    private static Node withRule(Node n, int index, Function<FirewallRule, FirewallRule> change) {
        List<FirewallRule> list = new ArrayList<>(n.rules());
        list.set(index, change.apply(list.get(index)));
        return n.withRules(list);
    }

    private static Node swap(Node n, int a, int b) {
        List<FirewallRule> list = new ArrayList<>(n.rules());
        FirewallRule t = list.get(a);
        list.set(a, list.get(b));
        list.set(b, t);
        return n.withRules(list);
    }

    private void showDown() {
        boolean down = nodeId != null && run.isDown(nodeId);
        downButton.setText(text.get(down ? "live.up" : "live.down"));
        downButton.setGraphic(new FontIcon(down ? "mdi2p-power" : "mdi2p-power-off"));
        downButton.setTooltip(new Tooltip(text.get(down ? "live.up.tip" : "live.down.tip")));
    }

    private void runtime(MetricsSnapshot m) {
        if (nodeId == null) {
            return;
        }
        NodeMetrics nm = m.nodes().get(nodeId);
        Node node = run.diagram().node(nodeId).orElse(null);
        if (nm == null || node == null) {
            return;
        }
        String words = node.server() == null ? (nm.down() ? text.get("node.down") : "")
                : text.get(NodeGaugesViewModel.instancesPhraseOf(node, nm));
        if (!words.equals(runtime.getText())) {
            runtime.setText(words);
        }
    }

    private static Label section(String words) {
        Label label = new Label(words);
        label.getStyleClass().add("inspector-section");
        return label;
    }
}
