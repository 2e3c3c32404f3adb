package org.backendlab.ui.run;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.util.Subscription;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.backendlab.model.Node;
import org.backendlab.sim.MetricsSnapshot;
import org.backendlab.sim.NodeMetrics;
import org.backendlab.ui.dashboard.NodeGaugesViewModel;
import org.backendlab.ui.inspector.RuntimeSection;
import org.backendlab.ui.text.Messages;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The inspector's run-time part for the selected node, apart from its saved settings: what runs now
 * ("4 running (autoscaled), setting: 2-8", "down"), a button to take the node down or bring it back, and
 * its load now ({@link LoadFigures}: CPU, threads, queue, req/s, p95; for a load balancer how it spread
 * requests), refreshed with each dashboard snapshot (ten times a second), monitored or not.
 * Nothing here is a document edit: it is not undone and not saved.
 */
public final class LiveSections implements RuntimeSection {

    private final RunViewModel run;
    private final Messages text;
    private final Subscription subscription;
    private final Label runtime = new Label();
    private final Button downButton = new Button();
    private final LoadFigures figures;
    private String nodeId;

    public LiveSections(RunViewModel run, Messages text) {
        this.run = run;
        this.text = text;
        this.figures = new LoadFigures(text);
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
        subscription = run.onSnapshot(this::runtime);
    }

    public void dispose() {
        subscription.unsubscribe();
    }

    @Override
    public javafx.scene.Node build(Node node) {
        nodeId = node.id();
        if (!node.kind().isWatchable()) {
            return null;
        }
        Label title = new Label(text.get("live.runtime"));
        title.getStyleClass().add("inspector-section");
        HBox row = new HBox(8, downButton, runtime);
        row.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(runtime, Priority.ALWAYS);
        showDown();
        javafx.scene.Node load = figures.build(node, run.diagram());
        runtime.setText("");
        if (run.metricsProperty().get() != null) {
            runtime(run.metricsProperty().get());
        }
        VBox box = new VBox(4, title, row, load);
        box.setId("live-runtime-section");
        return box;
    }

    @Override
    public void refresh(Node node) {
        if (node.id().equals(nodeId) && run.metricsProperty().get() != null) {
            runtime(run.metricsProperty().get());
        }
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
        String words = node.server() == null ? text.get(nm.down() ? "node.down" : "node.up")
                : text.get(NodeGaugesViewModel.instancesPhraseOf(node, nm));
        if (!words.equals(runtime.getText())) {
            runtime.setText(words);
        }
        figures.show(node, run.diagram(), m);
    }
}
