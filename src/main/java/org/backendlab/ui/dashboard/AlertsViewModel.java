package org.backendlab.ui.dashboard;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.backendlab.model.Diagram;
import org.backendlab.model.MonitoringSettings;
import org.backendlab.model.Node;
import org.backendlab.sim.Alert;
import org.backendlab.sim.AlertCause;
import org.backendlab.sim.MetricsSnapshot;
import org.backendlab.sim.ScalingAction;
import org.backendlab.sim.ScalingEvent;
import org.backendlab.ui.text.Phrase;
import org.backendlab.ui.text.Numbers;

/**
 * Alerts of monitoring nodes: the ones active now (badges) and a log of every alert raised, oldest first,
 * each phrased with the node's label, the value, the threshold and how long it was held; the autoscaler's
 * decisions (start, ready, stop, at maximum) are logged beside them.
 */
public final class AlertsViewModel {

    /**
     * One alert as the learner reads it; {@code time} is when it fired: the condition started at
     * {@link Alert#since()} and held for the monitor's hold seconds, so it fired at since + hold.
     */
    public record AlertLine(String node, double time, Phrase phrase) {
    }

    private static final int MAX_LOG = 200;

    private final ObservableList<AlertLine> active = FXCollections.observableArrayList();
    private final ObservableList<AlertLine> log = FXCollections.observableArrayList();
    private final Set<String> raised = new HashSet<>();
    private List<Alert> lastActive = List.of();

    /** Copies the snapshot's alerts; returns the alerts raised since the last call (for the status bar). */
    public List<AlertLine> refresh(MetricsSnapshot m, Diagram diagram) {
        scaling(m, diagram);
        if (m.alerts().equals(lastActive)) {
            return List.of();
        }
        lastActive = m.alerts();
        List<AlertLine> now = m.alerts().stream().map(a -> line(a, diagram)).toList();
        active.setAll(now);
        List<AlertLine> fresh = new java.util.ArrayList<>();
        for (int i = 0; i < now.size(); i++) {
            Alert a = m.alerts().get(i);
            if (raised.add(a.monitor() + "|" + a.node() + "|" + a.cause() + "|" + a.since())) {
                fresh.add(now.get(i));
            }
        }
        log.addAll(fresh);
        if (log.size() > MAX_LOG) {
            log.remove(0, log.size() - MAX_LOG);
        }
        return fresh;
    }

    /** Autoscaler decisions go into the same log, so its lag can be read next to the alerts it answers. */
    private void scaling(MetricsSnapshot m, Diagram diagram) {
        for (ScalingEvent e : m.scalingEvents()) {
            if (e.action() == ScalingAction.HELD_BY_COOLDOWN
                    || !raised.add("scale|" + e.node() + "|" + e.action() + "|" + e.time())) {
                continue;
            }
            String label = diagram.node(e.node()).map(Node::label).orElse(e.node());
            log.add(new AlertLine(e.node(), e.time(), Phrase.of("scale." + e.action().name(), label,
                    e.instancesBefore(), e.instancesAfter(), Numbers.percent(e.cpu()), Numbers.percent(e.targetCpu()))));
        }
        if (log.size() > MAX_LOG) {
            log.remove(0, log.size() - MAX_LOG);
        }
    }

    static AlertLine line(Alert a, Diagram diagram) {
        String label = diagram.node(a.node()).map(Node::label).orElse(a.node());
        double hold = diagram.node(a.monitor()).map(Node::monitoring).map(MonitoringSettings::holdSeconds).orElse(0.0);
        boolean share = a.cause() != AlertCause.P95_LATENCY;
        String value = share ? Numbers.percent(a.value()) : Numbers.ms(a.value());
        String threshold = share ? Numbers.percent(a.threshold()) : Numbers.ms(a.threshold());
        return new AlertLine(a.node(), a.since() + hold,
                Phrase.of("alert." + a.cause().name(), label, value, threshold, Numbers.whole(hold)));
    }

    public void clear() {
        active.clear();
        log.clear();
        raised.clear();
        lastActive = List.of();
    }

    public ObservableList<AlertLine> active() {
        return active;
    }

    public ObservableList<AlertLine> log() {
        return log;
    }
}
