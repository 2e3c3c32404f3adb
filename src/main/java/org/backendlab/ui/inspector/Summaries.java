package org.backendlab.ui.inspector;

import java.util.ArrayList;
import java.util.List;
import org.backendlab.model.Diagram;
import org.backendlab.model.InstanceSize;
import org.backendlab.model.Link;
import org.backendlab.model.LinkKind;
import org.backendlab.model.Node;
import org.backendlab.ui.text.Messages;

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
}
