package org.backendlab.ui.inspector;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.backendlab.model.InstanceSize;
import org.backendlab.model.Node;
import org.backendlab.model.RequestKind;
import org.backendlab.model.ServerSettings;
import org.backendlab.model.ServiceDistribution;

/**
 * A server node's capacity: instance size (scale up), instances (scale out), threads, queue, timeout,
 * the hourly cost, and the work each kind of request needs with how much that work varies.
 */
final class CapacitySection extends VBox {

    CapacitySection(InspectorContext ctx, Fields fields, Summaries summaries) {
        getStyleClass().add("inspector-group");
        setId("inspector-capacity");
        InlineMessage complaint = new InlineMessage("inspector-capacity-message");
        GridPane grid = Fields.grid();
        fields.row(grid, fields.choice("inspector-size", List.of(InstanceSize.values()), summaries::size,
                n -> n.server().size(), (n, v) -> n.withServer(n.server().withSize(v))));
        fields.row(grid, fields.integer("inspector-instances", 1, 100, n -> n.server().instances(),
                (n, v) -> n.withServer(n.server().withInstances(v)), complaint));
        fields.row(grid, fields.integer("inspector-threads", 1, 10_000, n -> n.server().threads(),
                (n, v) -> n.withServer(n.server().withThreads(v)), complaint));
        fields.row(grid, fields.integer("inspector-queue", 0, 100_000, n -> n.server().queue(),
                (n, v) -> n.withServer(n.server().withQueue(v)), complaint));
        fields.row(grid, fields.integer("inspector-timeout", 0, 600_000,
                n -> (int) Math.round(n.server().timeoutMs()), (n, v) -> n.withServer(n.server().withTimeoutMs(v)),
                complaint));
        getChildren().addAll(fields.title("inspector.section.capacity"), grid, complaint,
                fields.summary("inspector-cost", summaries::cost));

        InlineMessage workComplaint = new InlineMessage("inspector-work-message");
        GridPane work = Fields.grid();
        for (RequestKind kind : workKinds(ctx.shown().orElseThrow())) {
            String id = "inspector-work-" + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
            String kindWords = ctx.messages().text("request." + kind.name());
            String name = ctx.messages().text("inspector.work.kind", ctx.messages().text("inspector.request." + kind.name()));
            fields.namedRow(work, name, fields.decimal(id, name, ctx.messages().text("inspector.work.tooltip", kindWords),
                    0, 600_000, 1, n -> n.server().serviceMsFor(kind),
                    (n, v) -> n.withServer(n.server().withServiceMs(kind, v)), workComplaint));
        }
        fields.row(work, fields.choice("inspector-distribution", List.of(ServiceDistribution.values()),
                d -> ctx.messages().text("inspector.distribution." + d.name()),
                n -> n.server().distribution(), (n, v) -> n.withServer(withDistribution(n.server(), v))));
        getChildren().addAll(fields.title("inspector.section.work"), fields.hint("inspector.work.hint"), work,
                workComplaint);
    }

    /** The kinds this node works on by default or now: a cache has no upload work to set. */
    static List<RequestKind> workKinds(Node node) {
        Set<RequestKind> kinds = EnumSet.noneOf(RequestKind.class);
        kinds.addAll(Node.create(node.id(), node.kind(), node.label(), 0, 0).server().serviceMs().keySet());
        node.server().serviceMs().forEach((k, ms) -> {
            if (ms > 0) {
                kinds.add(k);
            }
        });
        return List.copyOf(kinds);
    }

    static ServerSettings withDistribution(ServerSettings s, ServiceDistribution d) {
        return new ServerSettings(s.size(), s.instances(), s.threads(), s.queue(), s.serviceMs(), d, s.timeoutMs(),
                s.autoscaling());
    }
}
