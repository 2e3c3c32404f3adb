package org.backendlab.ui.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.DoubleConsumer;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.util.Subscription;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.backendlab.model.Diagram;
import org.backendlab.model.Node;
import org.backendlab.sim.Alert;
import org.backendlab.sim.EndToEnd;
import org.backendlab.sim.MetricsSnapshot;
import org.backendlab.sim.NodeMetrics;

/**
 * The monitoring dashboard's state: one {@link NodeGaugesViewModel} per node a monitoring node watches (none
 * when nothing is monitored), the end-to-end totals and the cost per hour, copied from one snapshot per frame.
 */
public final class DashboardViewModel {

    private final ObservableList<NodeGaugesViewModel> nodes = FXCollections.observableArrayList();
    private final ObservableList<NodeGaugesViewModel> readOnlyNodes = FXCollections.unmodifiableObservableList(nodes);
    private final ReadOnlyBooleanWrapper monitored = new ReadOnlyBooleanWrapper(this, "monitored", false);
    private final ReadOnlyDoubleWrapper requestsPerSecond = new ReadOnlyDoubleWrapper(this, "requestsPerSecond");
    private final ReadOnlyDoubleWrapper p95 = new ReadOnlyDoubleWrapper(this, "p95");
    private final ReadOnlyDoubleWrapper errorRate = new ReadOnlyDoubleWrapper(this, "errorRate");
    private final ReadOnlyDoubleWrapper costPerHour = new ReadOnlyDoubleWrapper(this, "costPerHour");
    private final ReadOnlyDoubleWrapper time = new ReadOnlyDoubleWrapper(this, "time");
    private final ReadOnlyIntegerWrapper resets = new ReadOnlyIntegerWrapper(this, "resets");
    private final WhyViewModel why = new WhyViewModel();
    private final AlertsViewModel alerts = new AlertsViewModel();
    private final List<DoubleConsumer> frameListeners = new CopyOnWriteArrayList<>();
    private List<AlertsViewModel.AlertLine> newAlerts = List.of();

    /** Forgets the previous run: gauges, charts (through {@link #resetsProperty()}), alerts and "why". */
    public void clear() {
        nodes.clear();
        monitored.set(false);
        requestsPerSecond.set(0);
        p95.set(0);
        errorRate.set(0);
        costPerHour.set(0);
        time.set(0);
        why.clear();
        alerts.clear();
        newAlerts = List.of();
        resets.set(resets.get() + 1);
    }

    /** Called once per frame with the wall time since the last, so charts can take a point now and then. */
    public void frame(double wallSeconds) {
        for (DoubleConsumer l : frameListeners) {
            l.accept(wallSeconds);
        }
    }

    /** Adds a per-frame listener; the returned subscription removes it. */
    public Subscription onFrame(DoubleConsumer listener) {
        frameListeners.add(listener);
        return () -> frameListeners.remove(listener);
    }

    /** Frame listeners registered now (tests check that views release theirs). */
    public int frameListenerCount() {
        return frameListeners.size();
    }

    public WhyViewModel why() {
        return why;
    }

    public AlertsViewModel alerts() {
        return alerts;
    }

    /** Alerts that fired with the last refresh. */
    public List<AlertsViewModel.AlertLine> newAlerts() {
        return newAlerts;
    }

    /** Goes up each time the run starts afresh. */
    public ReadOnlyIntegerProperty resetsProperty() {
        return resets.getReadOnlyProperty();
    }

    /** Copies one snapshot in; rebuilds the list of gauges only when the set of watched nodes changed. */
    public void refresh(MetricsSnapshot m, Diagram diagram) {
        List<Node> watched = diagram.watched(null).stream().filter(Objects::nonNull).toList();
        List<String> ids = watched.stream().map(Node::id).toList();
        if (!ids.equals(nodes.stream().map(NodeGaugesViewModel::id).toList())) {
            List<NodeGaugesViewModel> fresh = new ArrayList<>();
            for (Node node : watched) {
                fresh.add(nodes.stream().filter(n -> n.id().equals(node.id())).findFirst()
                        .orElseGet(() -> new NodeGaugesViewModel(node.id(), node.kind())));
            }
            nodes.setAll(fresh);
        }
        monitored.set(!watched.isEmpty());
        for (int i = 0; i < watched.size(); i++) {
            Node node = watched.get(i);
            NodeMetrics nm = m.nodes().get(node.id());
            if (nm != null) {
                nodes.get(i).refresh(node, nm, alerting(m, node.id()));
            }
        }
        EndToEnd w = m.window();
        requestsPerSecond.set(w.seconds() > 0 ? w.started() / w.seconds() : 0);
        p95.set(Double.isNaN(w.p95LatencyMs()) ? 0 : w.p95LatencyMs());
        errorRate.set(w.errorRate());
        costPerHour.set(m.costPerHour());
        time.set(m.time());
        why.refresh(m, diagram);
        newAlerts = alerts.refresh(m, diagram);
    }

    private static boolean alerting(MetricsSnapshot m, String id) {
        for (Alert a : m.alerts()) {
            if (a.node().equals(id)) {
                return true;
            }
        }
        return false;
    }

    public ObservableList<NodeGaugesViewModel> nodes() {
        return readOnlyNodes;
    }

    public NodeGaugesViewModel node(String id) {
        return nodes.stream().filter(n -> n.id().equals(id)).findFirst().orElse(null);
    }

    /** False when no monitoring node watches anything: the dashboard then says so instead of gauges. */
    public ReadOnlyBooleanProperty monitoredProperty() {
        return monitored.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty requestsPerSecondProperty() {
        return requestsPerSecond.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty p95Property() {
        return p95.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty errorRateProperty() {
        return errorRate.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty costPerHourProperty() {
        return costPerHour.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty timeProperty() {
        return time.getReadOnlyProperty();
    }
}
