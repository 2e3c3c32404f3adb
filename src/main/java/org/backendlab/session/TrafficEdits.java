package org.backendlab.session;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.backendlab.model.Diagram;
import org.backendlab.model.Node;
import org.backendlab.model.NodeKind;
import org.backendlab.model.RequestKind;
import org.backendlab.model.Traffic;
import org.backendlab.model.TrafficPattern;
import org.backendlab.model.edit.Edits;

/**
 * The traffic bar's document edits: the total rate, the pattern and the read/write mix of every client,
 * each one undoable edit through the document gateway (the running simulation follows the diagram).
 */
final class TrafficEdits {

    private TrafficEdits() {
    }

    /** The total rate the clients are set to send, requests/s. */
    static double totalRate(Diagram diagram) {
        return senders(diagram).stream().mapToDouble(n -> n.traffic().rate()).sum();
    }

    /** Writes a total rate into the clients' settings (shared as their own rates are); false if unchanged. */
    static boolean setTotalRate(Document document, double total) {
        List<Node> clients = senders(document.diagram());
        double base = clients.stream().mapToDouble(n -> n.traffic().rate()).sum();
        if (clients.isEmpty() || Math.abs(base - total) < 1e-9) {
            return false;
        }
        List<Node> after = new ArrayList<>();
        for (Node c : clients) {
            double share = base > 0 ? c.traffic().rate() / base : 1.0 / clients.size();
            after.add(c.withTraffic(c.traffic().withRate(Math.round(total * share * 100) / 100.0)));
        }
        document.perform(Edits.change(clients, after));
        return true;
    }

    /** Sets the pattern of every client; false if nothing changed. */
    static boolean setPattern(Document document, TrafficPattern pattern) {
        List<Node> clients = senders(document.diagram());
        List<Node> after = clients.stream().map(c -> c.withTraffic(c.traffic().withPattern(pattern))).toList();
        if (clients.equals(after)) {
            return false;
        }
        document.perform(Edits.change(clients, after));
        return true;
    }

    /** Sets the share of reads among API reads and writes of every client; false if nothing changed. */
    static boolean setReadShare(Document document, double readShare) {
        List<Node> clients = senders(document.diagram()).stream().filter(c -> c.kind() == NodeKind.CLIENT).toList();
        List<Node> after = new ArrayList<>();
        for (Node c : clients) {
            Traffic t = c.traffic();
            double api = t.mix().getOrDefault(RequestKind.API_READ, 0.0) + t.mix().getOrDefault(RequestKind.API_WRITE, 0.0);
            if (api <= 0) {
                api = 1;
            }
            Map<RequestKind, Double> mix = new EnumMap<>(RequestKind.class);
            mix.putAll(t.mix());
            mix.put(RequestKind.API_READ, api * readShare);
            mix.put(RequestKind.API_WRITE, api * (1 - readShare));
            after.add(c.withTraffic(t.withMix(mix)));
        }
        if (clients.equals(after)) {
            return false;
        }
        document.perform(Edits.change(clients, after));
        return true;
    }

    /** Share of reads among API reads and writes of the first client (0.5 when it sends neither). */
    static double readShare(Diagram diagram) {
        for (Node c : senders(diagram)) {
            if (c.kind() == NodeKind.CLIENT) {
                double r = c.traffic().share(RequestKind.API_READ);
                double w = c.traffic().share(RequestKind.API_WRITE);
                return r + w > 0 ? r / (r + w) : 0.5;
            }
        }
        return 0.5;
    }

    /** The pattern of the first client. */
    static TrafficPattern pattern(Diagram diagram) {
        return senders(diagram).stream().findFirst().map(c -> c.traffic().pattern()).orElse(TrafficPattern.STEADY);
    }

    private static List<Node> senders(Diagram diagram) {
        return diagram.nodes().stream().filter(n -> n.traffic() != null).toList();
    }
}
