package org.backendlab.sim;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.backendlab.model.Autoscaling;
import org.backendlab.model.Diagram;
import org.backendlab.model.InstanceSize;
import org.backendlab.model.Link;
import org.backendlab.model.LinkKind;
import org.backendlab.model.Node;
import org.backendlab.model.NodeKind;
import org.backendlab.model.RequestKind;
import org.backendlab.model.ServerSettings;
import org.backendlab.model.ServiceDistribution;
import org.backendlab.model.Traffic;
import org.backendlab.model.TrafficPattern;

/** Small diagrams built in code for simulation tests. */
final class Diagrams {

    private final List<Node> nodes = new ArrayList<>();
    private final List<Link> links = new ArrayList<>();

    static Diagrams start() {
        return new Diagrams();
    }

    Diagrams node(String id, NodeKind kind) {
        nodes.add(Node.create(id, kind, id, 0, 0));
        return this;
    }

    Diagrams client(String id, double rate, RequestKind... kinds) {
        Map<RequestKind, Double> mix = new EnumMap<>(RequestKind.class);
        for (RequestKind kind : kinds) {
            mix.put(kind, 1.0);
        }
        nodes.add(Node.create(id, NodeKind.CLIENT, id, 0, 0).withTraffic(new Traffic(rate, TrafficPattern.STEADY, mix)));
        return this;
    }

    Diagrams with(String id, java.util.function.UnaryOperator<Node> change) {
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i).id().equals(id)) {
                nodes.set(i, change.apply(nodes.get(i)));
            }
        }
        return this;
    }

    Diagrams server(String id, java.util.function.UnaryOperator<ServerSettings> change) {
        return with(id, n -> n.withServer(change.apply(n.server())));
    }

    /** A calls link with no network delay. */
    Diagrams calls(String from, String to) {
        links.add(new Link(from, to, LinkKind.CALLS, 0));
        return this;
    }

    Diagrams calls(String from, String to, double latencyMs) {
        links.add(new Link(from, to, LinkKind.CALLS, latencyMs));
        return this;
    }

    Diagram build() {
        return Diagram.of(nodes, links);
    }

    /** Server settings: one instance, exponential service of {@code ms} for every kind, no timeout. */
    static ServerSettings settings(InstanceSize size, int threads, int queue, double ms) {
        Map<RequestKind, Double> work = new EnumMap<>(RequestKind.class);
        for (RequestKind kind : RequestKind.values()) {
            work.put(kind, ms);
        }
        return new ServerSettings(size, 1, threads, queue, work, ServiceDistribution.EXPONENTIAL, 0, Autoscaling.off());
    }

    /**
     * A client sending reads at {@code lambda}/s straight to one API server with c cores, threads = c,
     * the given queue, exponential service of 1 ms on a core (mu = 1000/s): an M/M/c/K queue, K = c + queue.
     */
    static Diagram singleTier(double lambda, int cores, int queue) {
        InstanceSize size = switch (cores) {
            case 1 -> InstanceSize.SMALL;
            case 2 -> InstanceSize.MEDIUM;
            case 4 -> InstanceSize.LARGE;
            case 8 -> InstanceSize.XLARGE;
            default -> throw new IllegalArgumentException("no size with " + cores + " cores");
        };
        return start().client("client-1", lambda, RequestKind.API_READ)
                .node("api-1", NodeKind.API_SERVER)
                .with("api-1", n -> n.withServer(settings(size, cores, queue, size.speed())))
                .calls("client-1", "api-1").build();
    }
}
