package org.backendlab.sim;

import java.util.ArrayList;
import java.util.List;
import org.backendlab.model.NodeKind;

/**
 * Finds routes over calls links: depth first in link order through pass-through nodes (firewall, load
 * balancer) to the first node of the needed kind. Behind a load balancer, every node of that kind it can
 * reach is a backend. Routes are computed once per topology and cached per (caller, needed kind).
 */
final class Router {

    private final NodeState[] nodes;
    private final int[][] callees;
    private final double[][] latencies;
    private final Route[][] cache;

    Router(NodeState[] nodes, int[][] callees, double[][] latencies) {
        this.nodes = nodes;
        this.callees = callees;
        this.latencies = latencies;
        this.cache = new Route[nodes.length][NodeKind.values().length];
        for (NodeState node : nodes) {
            if (node.server != null) {
                node.server.unwatchAll();
            }
        }
    }

    Route route(int from, NodeKind need) {
        Route route = cache[from][need.ordinal()];
        if (route == null) {
            route = compute(from, need);
            cache[from][need.ordinal()] = route;
        }
        return route;
    }

    private Route compute(int from, NodeKind need) {
        List<Integer> path = new ArrayList<>();
        List<Double> at = new ArrayList<>();
        boolean[] seen = new boolean[nodes.length];
        seen[from] = true;
        if (!search(from, 0, need, path, at, seen)) {
            return new Route(Failure.noRoute(nodes[from].id, need));
        }
        int balancerAt = -1;
        for (int i = 0; i < path.size() - 1; i++) {
            if (nodes[path.get(i)].kind == NodeKind.LOAD_BALANCER) {
                balancerAt = i;
                break;
            }
        }
        if (balancerAt < 0) {
            int server = path.get(path.size() - 1);
            double latency = at.get(at.size() - 1);
            int[] prefix = toInts(path.subList(0, path.size() - 1));
            double[] prefixAt = toDoubles(at.subList(0, at.size() - 1));
            return new Route(prefix, prefixAt, -1,
                    new Route.Backend[] {new Route.Backend(server, new int[0], new double[0], latency)});
        }
        int balancer = path.get(balancerAt);
        double base = at.get(balancerAt);
        List<Route.Backend> backends = new ArrayList<>();
        collectBackends(balancer, base, need, new ArrayList<>(), new ArrayList<>(), new boolean[nodes.length], backends);
        return new Route(toInts(path.subList(0, balancerAt + 1)), toDoubles(at.subList(0, balancerAt + 1)),
                balancer, backends.toArray(new Route.Backend[0]));
    }

    private boolean search(int node, double latency, NodeKind need, List<Integer> path, List<Double> at,
                           boolean[] seen) {
        for (int k = 0; k < callees[node].length; k++) {
            int next = callees[node][k];
            if (seen[next]) {
                continue;
            }
            double arrive = latency + latencies[node][k];
            NodeState state = nodes[next];
            if (state.kind == need || state.kind.passesThrough()) {
                path.add(next);
                at.add(arrive);
                if (state.kind == need) {
                    return true;
                }
                seen[next] = true;
                if (search(next, arrive, need, path, at, seen)) {
                    return true;
                }
                path.remove(path.size() - 1);
                at.remove(at.size() - 1);
            }
        }
        return false;
    }

    private void collectBackends(int node, double latency, NodeKind need, List<Integer> hops, List<Double> hopsAt,
                                 boolean[] seen, List<Route.Backend> out) {
        seen[node] = true;
        for (int k = 0; k < callees[node].length; k++) {
            int next = callees[node][k];
            double arrive = latency + latencies[node][k];
            NodeState state = nodes[next];
            if (state.kind == need) {
                if (out.stream().noneMatch(b -> b.server() == next)) {
                    out.add(new Route.Backend(next, toInts(hops), toDoubles(hopsAt), arrive));
                }
            } else if (state.kind.passesThrough() && !seen[next]) {
                hops.add(next);
                hopsAt.add(arrive);
                collectBackends(next, arrive, need, hops, hopsAt, seen, out);
                hops.remove(hops.size() - 1);
                hopsAt.remove(hopsAt.size() - 1);
            }
        }
    }

    private static int[] toInts(List<Integer> list) {
        return list.stream().mapToInt(Integer::intValue).toArray();
    }

    private static double[] toDoubles(List<Double> list) {
        return list.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
