package org.backendlab.ui.inspector;

import java.util.ArrayList;
import java.util.List;
import org.backendlab.model.Diagram;
import org.backendlab.model.Endpoint;
import org.backendlab.model.FirewallRule;
import org.backendlab.model.Node;
import org.backendlab.model.NodeKind;
import org.backendlab.ui.text.Messages;

/** Firewall rules and their two ends in words: "1. Allow API servers → Database". */
final class RuleWords {

    private final Messages messages;

    RuleWords(Messages messages) {
        this.messages = messages;
    }

    /** One rule as a numbered sentence ({@code index} is 0-based); a disabled rule says it is off. */
    String sentence(int index, FirewallRule rule, Diagram diagram) {
        return messages.text(rule.enabled() ? "inspector.rules.sentence" : "inspector.rules.sentence.off",
                index + 1, messages.text("inspector.rules.action." + rule.action().name()),
                endpoint(rule.origin(), diagram), endpoint(rule.destination(), diagram));
    }

    /** Every rule of a firewall, one sentence a line. */
    String all(List<FirewallRule> rules, Diagram diagram) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            lines.add(sentence(i, rules.get(i), diagram));
        }
        return String.join("\n", lines);
    }

    /** One end of a rule: a node's label, a kind in the plural ("API servers"), or "anything". */
    String endpoint(Endpoint endpoint, Diagram diagram) {
        if (endpoint.nodeId() != null) {
            return diagram.node(endpoint.nodeId()).map(Node::label)
                    .orElseGet(() -> messages.text("inspector.rules.gone", endpoint.nodeId()));
        }
        if (endpoint.kind() != null) {
            return messages.text("inspector.rules.kind." + endpoint.kind().name());
        }
        return messages.text("inspector.rules.anything");
    }

    /** The same end as a menu choice, which says whether it names one node or a whole kind. */
    String choice(Endpoint endpoint, Diagram diagram) {
        if (endpoint.nodeId() != null) {
            return diagram.node(endpoint.nodeId())
                    .map(n -> {
                        String kind = messages.kindName(n.kind());
                        // "Firewall (Firewall)" says nothing twice: a label that is its kind's name gets "this node"
                        return n.label().strip().equalsIgnoreCase(kind)
                                ? messages.text("inspector.rules.choice.sameName", n.label())
                                : messages.text("inspector.rules.choice.node", n.label(), kind);
                    })
                    .orElseGet(() -> messages.text("inspector.rules.gone", endpoint.nodeId()));
        }
        return endpoint(endpoint, diagram);
    }

    /**
     * What a rule end may be: anything, every kind that can stand on a request's path, every such node of
     * the diagram; plus {@code current} when it names something no longer there, so it is not lost.
     */
    static List<Endpoint> choices(Diagram diagram, Endpoint current) {
        List<Endpoint> out = new ArrayList<>();
        out.add(Endpoint.any());
        for (NodeKind kind : NodeKind.values()) {
            if (kind != NodeKind.MONITORING) {
                out.add(Endpoint.ofKind(kind));
            }
        }
        diagram.nodes().stream().filter(n -> n.kind() != NodeKind.MONITORING)
                .forEach(n -> out.add(Endpoint.ofNode(n.id())));
        if (current != null && !out.contains(current)) {
            out.add(current);
        }
        return out;
    }
}
