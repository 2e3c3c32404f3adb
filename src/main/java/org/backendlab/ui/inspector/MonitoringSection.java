package org.backendlab.ui.inspector;

import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.backendlab.model.MonitoringSettings;

/** A monitoring node's alert thresholds, which raise an alert once crossed for long enough. */
final class MonitoringSection extends VBox {

    MonitoringSection(Fields fields) {
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
        // What it watches is said under "Wires", like every node's wires.
        getChildren().addAll(fields.title("inspector.section.alerts"), grid, complaint);
    }

    private static int percent(double share) {
        return (int) Math.round(share * 100);
    }

    private static MonitoringSettings with(MonitoringSettings m, Double cpu, Double p95, Double errors, Double hold) {
        return new MonitoringSettings(cpu != null ? cpu : m.cpuAlert(), p95 != null ? p95 : m.p95AlertMs(),
                errors != null ? errors : m.errorRateAlert(), hold != null ? hold : m.holdSeconds());
    }
}
