package org.backendlab.ui.dashboard;

import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.backendlab.model.Autoscaling;
import org.backendlab.model.Node;
import org.backendlab.model.NodeKind;
import org.backendlab.sim.NodeMetrics;
import org.backendlab.sim.NodeStats;
import org.backendlab.ui.text.Phrase;

/**
 * The measures of one monitored node, copied from a metrics snapshot into read-only properties once per
 * frame: CPU and threads busy (0-1), queue length, requests per second (arrivals: the offered load), p95
 * latency, the error share (the engine's one error figure, {@link NodeStats#errorShare()}, which monitoring
 * alerts compare too), a cache's hit ratio, and its run-time instances (apart from its settings).
 */
public final class NodeGaugesViewModel {

    private final String id;
    private final ReadOnlyStringWrapper label = new ReadOnlyStringWrapper(this, "label", "");
    private final ReadOnlyDoubleWrapper cpu = new ReadOnlyDoubleWrapper(this, "cpu");
    private final ReadOnlyDoubleWrapper threadsBusy = new ReadOnlyDoubleWrapper(this, "threadsBusy");
    private final ReadOnlyDoubleWrapper queueLength = new ReadOnlyDoubleWrapper(this, "queueLength");
    private final ReadOnlyDoubleWrapper queueCapacity = new ReadOnlyDoubleWrapper(this, "queueCapacity", 1);
    private final ReadOnlyDoubleWrapper requestsPerSecond = new ReadOnlyDoubleWrapper(this, "requestsPerSecond");
    private final ReadOnlyDoubleWrapper p95 = new ReadOnlyDoubleWrapper(this, "p95");
    private final ReadOnlyDoubleWrapper errorRate = new ReadOnlyDoubleWrapper(this, "errorRate");
    private final ReadOnlyDoubleWrapper hitRatio = new ReadOnlyDoubleWrapper(this, "hitRatio", Double.NaN);
    private final ReadOnlyBooleanWrapper cache = new ReadOnlyBooleanWrapper(this, "cache");
    private final ReadOnlyDoubleWrapper costPerHour = new ReadOnlyDoubleWrapper(this, "costPerHour");
    private final ReadOnlyBooleanWrapper down = new ReadOnlyBooleanWrapper(this, "down");
    private final ReadOnlyBooleanWrapper alerting = new ReadOnlyBooleanWrapper(this, "alerting");
    private final ReadOnlyObjectWrapper<Phrase> instances = new ReadOnlyObjectWrapper<>(this, "instances");

    public NodeGaugesViewModel(String id) {
        this(id, null);
    }

    /** A node's gauges; the kind is known up front so a cache's row is built with its hit-ratio gauge. */
    public NodeGaugesViewModel(String id, NodeKind kind) {
        this.id = id;
        cache.set(kind == NodeKind.CACHE);
    }

    public String id() {
        return id;
    }

    void refresh(Node node, NodeMetrics m, boolean alert) {
        label.set(node.label());
        NodeStats w = m.window();
        cpu.set(m.utilization());
        threadsBusy.set(m.threadsBusyShare());
        queueLength.set(w.queueLength());
        int running = Math.max(1, m.runningInstances());
        queueCapacity.set(node.server() == null ? 1 : Math.max(1, node.server().queue() * running));
        requestsPerSecond.set(w.arrivalsPerSecond());
        p95.set(Double.isNaN(w.p95LatencyMs()) ? 0 : w.p95LatencyMs());
        errorRate.set(w.errorShare());
        cache.set(node.kind() == NodeKind.CACHE);
        hitRatio.set(w.cacheHitRatio());
        costPerHour.set(m.costPerHour());
        down.set(m.down());
        alerting.set(alert);
        instances.set(instancesPhraseOf(node, m));
    }

    /** "4 running (autoscaled), setting: 2-8" — run-time state told apart from the saved setting. */
    public static Phrase instancesPhraseOf(Node node, NodeMetrics m) {
        if (m.down()) {
            return Phrase.of("node.down");
        }
        Autoscaling scaling = node.server() == null ? null : node.server().autoscaling();
        Phrase booting = m.bootingInstances() > 0 ? Phrase.of("node.instances.booting", m.bootingInstances()) : null;
        Phrase main = scaling != null && scaling.enabled()
                ? Phrase.of("node.instances.autoscaled", m.runningInstances(), scaling.min(), scaling.max())
                : Phrase.of("node.instances", m.runningInstances());
        return booting == null ? main : new Phrase("run.concat", List.of(main, booting));
    }

    public ReadOnlyStringProperty labelProperty() {
        return label.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty cpuProperty() {
        return cpu.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty threadsBusyProperty() {
        return threadsBusy.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty queueLengthProperty() {
        return queueLength.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty queueCapacityProperty() {
        return queueCapacity.getReadOnlyProperty();
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

    /** Cache hits / lookups over the window, 0-1; NaN when nothing was looked up (or not a cache). */
    public ReadOnlyDoubleProperty hitRatioProperty() {
        return hitRatio.getReadOnlyProperty();
    }

    /** True for a cache: its row shows the hit ratio instead of threads busy. */
    public ReadOnlyBooleanProperty cacheProperty() {
        return cache.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty costPerHourProperty() {
        return costPerHour.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty downProperty() {
        return down.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty alertingProperty() {
        return alerting.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Phrase> instancesProperty() {
        return instances.getReadOnlyProperty();
    }
}
