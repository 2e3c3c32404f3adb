package org.backendlab.ui.inspector;

import java.util.List;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.backendlab.model.MonitoringSettings;
import org.backendlab.model.Node;

/** A monitoring node: what it watches and the thresholds that raise an alert once held long enough. */
final class MonitoringSection extends VBox {

    MonitoringSection(InspectorContext ctx, Fields fields) {
        getStyleClass().add("inspector-group");
        setId("inspector-monitoring-section");
        InlineMessage complaint = new InlineMessage("inspector-monitoring-message");
        GridPane grid = Fields.grid();
        fields.row(grid, fields.integer("inspector-alert-cpu", 1, 100, n -> percent(n.monitoring().cpuAlert()),
                (n, v) -> n.withMonitoring(with(n.monitoring(), v / 100.0, null, null, null)), complaint));
        fields.row(grid, fields.integer("inspector-alert-p95", 1, 600_000,
                n -> (int) Math.round(n.monitoring().p95AlertMs()),
                (n, v) -> n.withMonitoring(with(n.monitoring(), null, (double) v, null, null)), complaint));
        fields.row(grid, fields.integer("inspector-alert-errors", 0, 100,
                n -> percent(n.monitoring().errorRateAlert()),
                (n, v) -> n.withMonitoring(with(n.monitoring(), null, null, v / 100.0, null)), complaint));
        fields.row(grid, fields.integer("inspector-alert-hold", 0, 3600,
                n -> (int) Math.round(n.monitoring().holdSeconds()),
                (n, v) -> n.withMonitoring(with(n.monitoring(), null, null, null, (double) v)), complaint));
        getChildren().addAll(fields.title("inspector.section.monitoring"),
                fields.summary("inspector-watching", n -> watching(ctx, n)),
                fields.title("inspector.section.alerts"), grid, complaint);
    }

    private static String watching(InspectorContext ctx, Node node) {
        List<String> watched = ctx.diagram().watched(node.id()).stream().map(Node::label).toList();
        return ctx.messages().text("inspector.watching",
                watched.isEmpty() ? ctx.messages().text("inspector.watching.none") : String.join(", ", watched));
    }

    private static int percent(double share) {
        return (int) Math.round(share * 100);
    }

    private static MonitoringSettings with(MonitoringSettings m, Double cpu, Double p95, Double errors, Double hold) {
        return new MonitoringSettings(cpu != null ? cpu : m.cpuAlert(), p95 != null ? p95 : m.p95AlertMs(),
                errors != null ? errors : m.errorRateAlert(), hold != null ? hold : m.holdSeconds());
    }
}
