package org.backendlab.ui.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.backendlab.model.Diagram;
import org.backendlab.model.Node;
import org.backendlab.sim.Bottleneck;
import org.backendlab.sim.MetricsSnapshot;
import org.backendlab.sim.NodeMetrics;
import org.backendlab.sim.ReasonCode;
import org.backendlab.model.RequestKind;
import org.backendlab.ui.text.Phrase;
import org.backendlab.ui.text.Numbers;

/**
 * "Why it happened": turns the engine's bottleneck (node, cause, the node where it shows) and the recent
 * failures by cause into plain sentences that name the node, the cause and a next step to try.
 */
public final class WhyViewModel {

    private final ReadOnlyObjectWrapper<Phrase> cause = new ReadOnlyObjectWrapper<>(this, "cause", Phrase.of("why.idle"));
    private final ReadOnlyObjectWrapper<Phrase> next = new ReadOnlyObjectWrapper<>(this, "next");
    private final ReadOnlyObjectWrapper<String> bottleneckNode = new ReadOnlyObjectWrapper<>(this, "bottleneckNode");
    private final ObservableList<Phrase> failures = FXCollections.observableArrayList();

    public void refresh(MetricsSnapshot m, Diagram diagram) {
        if (m.bottleneck().isPresent()) {
            Bottleneck b = m.bottleneck().get();
            String node = label(diagram, b.node());
            String symptom = label(diagram, b.symptomNode() == null ? b.node() : b.symptomNode());
            String key = "why." + b.cause().name();
            cause.set(switch (b.cause()) {
                case CPU_SATURATED -> Phrase.of(key, node, Numbers.percent(b.utilization()));
                case QUEUE_FULL -> Phrase.of(key, node, Numbers.whole(b.dropped()));
                case TIMEOUTS -> Phrase.of(key, node, Numbers.whole(b.timeouts()));
                case HOLDS_CALLER_THREADS -> Phrase.of(key, node, symptom, Numbers.percent(symptomCpu(m, b)));
                case DOWN -> Phrase.of(key, node);
            });
            next.set(Phrase.of(key + ".next", node, symptom));
            bottleneckNode.set(b.node());
        } else if (m.window().failed() > 0) {
            // nothing is saturated, yet requests fail: name the commonest cause and the kind it hits most
            ReasonCode code = commonest(m.window().failures());
            RequestKind kind = kindMostFailing(m, code);
            cause.set(Phrase.of("why.failing." + code.name(), Numbers.whole(m.window().failures().get(code)),
                    Phrase.of("legend." + kind.name())));
            next.set(Phrase.of("why.failing." + code.name() + ".next", Phrase.of("legend." + kind.name())));
            bottleneckNode.set(null);
        } else {
            cause.set(Phrase.of(m.total().started() == 0 ? "why.idle" : "why.none"));
            next.set(null);
            bottleneckNode.set(null);
        }
        List<Phrase> lines = new ArrayList<>();
        for (ReasonCode code : ReasonCode.values()) {
            long count = m.window().failures().getOrDefault(code, 0L);
            if (count > 0) {
                lines.add(Phrase.of("why.failures." + code.name(), Numbers.whole(count)));
            }
        }
        if (m.shedRequests() > 0) {
            lines.add(Phrase.of("why.failures.SHED", Numbers.whole(m.shedRequests())));
        }
        if (!lines.equals(failures)) {
            failures.setAll(lines);
        }
    }

    private static ReasonCode commonest(Map<ReasonCode, Long> failures) {
        ReasonCode best = null;
        for (ReasonCode code : ReasonCode.values()) {
            if (best == null || failures.getOrDefault(code, 0L) > failures.getOrDefault(best, 0L)) {
                best = code;
            }
        }
        return best;
    }

    private static RequestKind kindMostFailing(MetricsSnapshot m, ReasonCode code) {
        RequestKind best = RequestKind.API_READ;
        long most = -1;
        for (var e : m.windowByKind().entrySet()) {
            long n = e.getValue().failures().getOrDefault(code, 0L);
            if (n > most) {
                most = n;
                best = e.getKey();
            }
        }
        return best;
    }

    private static double symptomCpu(MetricsSnapshot m, Bottleneck b) {
        Map<String, NodeMetrics> nodes = m.nodes();
        NodeMetrics symptom = b.symptomNode() == null ? null : nodes.get(b.symptomNode());
        return symptom == null ? b.utilization() : symptom.utilization();
    }

    private static String label(Diagram diagram, String id) {
        return id == null ? "?" : diagram.node(id).map(Node::label).orElse(id);
    }

    public void clear() {
        cause.set(Phrase.of("why.idle"));
        next.set(null);
        bottleneckNode.set(null);
        failures.clear();
    }

    public ReadOnlyObjectProperty<Phrase> causeProperty() {
        return cause.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Phrase> nextProperty() {
        return next.getReadOnlyProperty();
    }

    /** The id of the node named as the bottleneck, or null. */
    public ReadOnlyObjectProperty<String> bottleneckNodeProperty() {
        return bottleneckNode.getReadOnlyProperty();
    }

    public ObservableList<Phrase> failures() {
        return failures;
    }
}
