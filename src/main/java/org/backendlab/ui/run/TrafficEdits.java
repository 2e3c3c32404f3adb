package org.backendlab.ui.run;

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
import org.backendlab.ui.editor.EditorViewModel;
import org.backendlab.ui.i18n.Phrase;
import org.backendlab.ui.text.Numbers;

/**
 * The traffic bar's document edits: the total rate, the pattern and the read/write mix of every client,
 * each one undoable edit that marks the file unsaved (the running simulation follows the diagram).
 */
final class TrafficEdits {

    private TrafficEdits() {
    }

    /** Writes a total rate into the clients' settings (shared as their own rates are) as one undoable edit. */
    static boolean setTotalRate(EditorViewModel editor, Diagram diagram, double total) {
        List<Node> clients = origins(diagram);
        double base = clients.stream().mapToDouble(n -> n.traffic().rate()).sum();
        if (clients.isEmpty() || Math.abs(base - total) < 1e-9) {
            return false;
        }
        List<Node> after = new ArrayList<>();
        for (Node c : clients) {
            double share = base > 0 ? c.traffic().rate() / base : 1.0 / clients.size();
            after.add(c.withTraffic(c.traffic().withRate(Math.round(total * share * 100) / 100.0)));
        }
        editor.history().perform(Edits.change(clients, after));
        editor.say("status.rate", Numbers.whole(total));
        return true;
    }

    /** Sets the pattern of every client as one undoable edit. */
    static void setPattern(EditorViewModel editor, Diagram diagram, TrafficPattern pattern) {
        List<Node> clients = origins(diagram);
        List<Node> after = clients.stream().map(c -> c.withTraffic(c.traffic().withPattern(pattern))).toList();
        if (!clients.equals(after)) {
            editor.history().perform(Edits.change(clients, after));
            editor.say("status.pattern", Phrase.of("traffic.pattern." + pattern.name()));
        }
    }

    /** Sets the share of reads among API reads and writes of every client, as one undoable edit. */
    static void setReadShare(EditorViewModel editor, Diagram diagram, double readShare) {
        List<Node> clients = origins(diagram).stream().filter(c -> c.kind() == NodeKind.CLIENT).toList();
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
        if (!clients.equals(after)) {
            editor.history().perform(Edits.change(clients, after));
            editor.say("status.mix", Math.round(readShare * 100));
        }
    }

    /** Share of reads among API reads and writes of the first client (0.5 when it sends neither). */
    static double readShare(Diagram diagram) {
        for (Node c : origins(diagram)) {
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
        return origins(diagram).stream().findFirst().map(c -> c.traffic().pattern()).orElse(TrafficPattern.STEADY);
    }

    private static List<Node> origins(Diagram diagram) {
        return diagram.nodes().stream().filter(n -> n.traffic() != null).toList();
    }
}
