package org.backendlab.ui.inspector;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.backendlab.model.Diagram;
import org.backendlab.model.Endpoint;
import org.backendlab.model.FirewallRule;
import org.backendlab.model.InstanceSize;
import org.backendlab.model.Link;
import org.backendlab.model.LinkKind;
import org.backendlab.model.Node;
import org.backendlab.model.RequestKind;
import org.backendlab.ui.i18n.Messages;

/** Read-only sentences about a node's settings for the inspector, in the current language. */
final class Summaries {

    private final Messages messages;

    Summaries(Messages messages) {
        this.messages = messages;
    }

    String size(InstanceSize size) {
        return messages.text("size." + size.name(), size.cores());
    }

    String cost(Node node) {
        var server = node.server();
        double each = server.size().costPerHour();
        return messages.text("inspector.cost", each * server.instances(), server.instances(), each);
    }

    String service(Node node) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<RequestKind, Double> e : node.server().serviceMs().entrySet()) {
            parts.add(messages.text("inspector.serviceItem", requestKind(e.getKey()), e.getValue()));
        }
        return messages.text("inspector.service", String.join(", ", parts));
    }

    String autoscaling(Node node) {
        var a = node.server().autoscaling();
        if (!a.enabled()) {
            return messages.text("inspector.autoscaling.off");
        }
        return messages.text("inspector.autoscaling.on", Math.round(a.targetCpu() * 100), a.min(), a.max());
    }

    String traffic(Node node) {
        List<String> parts = new ArrayList<>();
        for (RequestKind kind : RequestKind.values()) {
            double share = node.traffic().share(kind);
            if (share > 0) {
                parts.add(messages.text("inspector.mixItem", requestKind(kind), Math.round(share * 100)));
            }
        }
        return messages.text("inspector.mix", messages.text("pattern." + node.traffic().pattern().name()),
                String.join(", ", parts));
    }

    String rules(Node node, Diagram diagram) {
        StringBuilder out = new StringBuilder();
        int i = 1;
        for (FirewallRule rule : node.rules()) {
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(messages.text(rule.enabled() ? "inspector.rule" : "inspector.rule.disabled", i++,
                    messages.text("rule." + rule.action().name()), endpoint(rule.origin(), diagram),
                    endpoint(rule.destination(), diagram)));
        }
        return out.toString();
    }

    String monitoring(Node node, Diagram diagram) {
        var m = node.monitoring();
        List<String> watched = diagram.watched(node.id()).stream().map(Node::label).toList();
        String list = watched.isEmpty() ? messages.text("inspector.watching.none") : String.join(", ", watched);
        return messages.text("inspector.monitoring", list, Math.round(m.cpuAlert() * 100), Math.round(m.p95AlertMs()),
                Math.round(m.errorRateAlert() * 100), Math.round(m.holdSeconds()));
    }

    String wires(Node node, Diagram diagram) {
        List<String> calls = new ArrayList<>();
        List<String> calledBy = new ArrayList<>();
        List<String> watches = new ArrayList<>();
        List<String> watchedBy = new ArrayList<>();
        for (Link link : diagram.linksOf(node.id())) {
            boolean outgoing = link.from().equals(node.id());
            String other = diagram.node(outgoing ? link.to() : link.from()).map(Node::label).orElse("?");
            boolean monitors = link.kind() == LinkKind.MONITORS;
            (monitors ? (outgoing ? watches : watchedBy) : (outgoing ? calls : calledBy)).add(other);
        }
        List<String> lines = new ArrayList<>();
        addLine(lines, "inspector.wires.calls", calls);
        addLine(lines, "inspector.wires.calledBy", calledBy);
        addLine(lines, "inspector.wires.watches", watches);
        addLine(lines, "inspector.wires.watchedBy", watchedBy);
        return lines.isEmpty() ? messages.text("inspector.wires.none") : String.join("\n", lines);
    }

    private void addLine(List<String> lines, String key, List<String> labels) {
        if (!labels.isEmpty()) {
            lines.add(messages.text(key, String.join(", ", labels)));
        }
    }

    private String endpoint(Endpoint endpoint, Diagram diagram) {
        if (endpoint.nodeId() != null) {
            return diagram.node(endpoint.nodeId()).map(Node::label).orElse(endpoint.nodeId());
        }
        if (endpoint.kind() != null) {
            return messages.text("rule.everyKind", messages.kindName(endpoint.kind()));
        }
        return messages.text("rule.anything");
    }

    private String requestKind(RequestKind kind) {
        return messages.text("request." + kind.name());
    }
}
