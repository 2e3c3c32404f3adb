package org.backendlab.sim;

import java.util.List;
import org.backendlab.model.BalancePolicy;
import org.backendlab.model.FirewallRule;
import org.backendlab.model.NodeKind;
import org.backendlab.model.RuleAction;

/**
 * Sends a call along its route at the moment it starts: checks that nothing on the way is down, lets the
 * load balancer (or the server itself, round robin) pick an instance, asks each firewall on the way, and
 * then either fails the call where it stopped or schedules its arrival at the server.
 */
final class CallPaths {

    private final Engine engine;
    private int chosenBackend;
    private int chosenInstance;

    CallPaths(Engine engine) {
        this.engine = engine;
    }

    void dispatch(int j, int r, int from, Route route) {
        Jobs jobs = engine.jobs;
        NodeState[] nodes = engine.nodes;
        if (!route.found()) {
            nodes[from].counters.error(ReasonCode.NO_ROUTE);
            engine.trace(r, StepKind.FAIL, nodes[from].id, null, -1, engine.now, route.noRoute);
            engine.failOnTheWay(j, route.noRoute, 0);
            return;
        }
        int[] prefix = route.prefix;
        for (int k = 0; k < prefix.length; k++) {
            NodeState hop = nodes[prefix[k]];
            if (hop.down) {
                stopAt(j, r, from, route, null, k + 1, hop, hop.nodeDown);
                return;
            }
        }
        Route.Backend backend;
        int instance;
        if (route.balancer >= 0) {
            if (!balance(nodes[route.balancer], route)) {
                NodeState lb = nodes[route.balancer];
                Failure down = nodes[route.backends[0].server()].nodeDown;
                stopAt(j, r, from, route, null, prefix.length, lb, down);
                return;
            }
            backend = route.backends[chosenBackend];
            instance = chosenInstance;
        } else {
            backend = route.backends[0];
            NodeState server = nodes[backend.server()];
            instance = server.down ? -1 : server.server.pickRoundRobin();
            if (instance < 0) {
                stopAt(j, r, from, route, backend, prefix.length + 1, server, server.nodeDown);
                return;
            }
        }
        int[] hops = backend.hops();
        for (int k = 0; k < hops.length; k++) {
            NodeState hop = nodes[hops[k]];
            if (hop.down) {
                stopAt(j, r, from, route, backend, prefix.length + k + 1, hop, hop.nodeDown);
                return;
            }
        }
        int server = backend.server();
        int total = prefix.length + hops.length;
        for (int k = 0; k < total; k++) {
            NodeState hop = nodes[k < prefix.length ? prefix[k] : hops[k - prefix.length]];
            if (hop.kind == NodeKind.FIREWALL) {
                int decision = decide(hop, from, server);
                if ((decision & 1) == 1) {
                    int rule = decision >> 1;
                    stopAt(j, r, from, route, backend, k + 1, hop,
                            Failure.refused(hop.id, rule, nodes[from].id, nodes[server].id));
                    return;
                }
            }
        }
        for (int k = 0; k < total; k++) {
            NodeCounters c = nodes[k < prefix.length ? prefix[k] : hops[k - prefix.length]].counters;
            c.v[NodeCounters.ARRIVED]++;
            c.completed(0);
        }
        if (engine.traced(r)) {
            travelSteps(r, from, route, backend, total + 1, instance);
        }
        jobs.node[j] = server;
        jobs.instance[j] = instance;
        jobs.backLatency[j] = backend.latency();
        nodes[server].server.assign(instance);
        if (backend.latency() == 0) {
            engine.servers.reach(j);
        } else {
            engine.calendar.schedule(engine.now + backend.latency(), Engine.REACH, j, jobs.gen[j]);
        }
    }

    /** The call stops at path position {@code pos} (1 = first node after the caller) with a failure there. */
    private void stopAt(int j, int r, int from, Route route, Route.Backend backend, int pos, NodeState where,
                        Failure failure) {
        where.counters.v[NodeCounters.TURNED_AWAY]++;
        where.counters.error(failure.code());
        double at = pos == 0 ? 0 : positionTime(route, backend, pos);
        if (engine.traced(r)) {
            travelSteps(r, from, route, backend, Math.min(pos, length(route, backend)), -1);
            engine.traceStep(r, new Step(engine.now + at, StepKind.FAIL, where.id, null, -1, engine.now + at,
                    failure.rule(), failure));
        }
        engine.failOnTheWay(j, failure, at);
    }

    private static int length(Route route, Route.Backend backend) {
        return route.prefix.length + (backend == null ? 0 : backend.hops().length + 1);
    }

    private static int positionNode(Route route, Route.Backend backend, int from, int pos) {
        if (pos == 0) {
            return from;
        }
        if (pos <= route.prefix.length) {
            return route.prefix[pos - 1];
        }
        int k = pos - 1 - route.prefix.length;
        return k < backend.hops().length ? backend.hops()[k] : backend.server();
    }

    private static double positionTime(Route route, Route.Backend backend, int pos) {
        if (pos <= route.prefix.length) {
            return route.prefixAt[pos - 1];
        }
        int k = pos - 1 - route.prefix.length;
        return k < backend.hops().length ? backend.hopsAt()[k] : backend.latency();
    }

    /** Story steps for the hops from the caller up to path position {@code last}. */
    private void travelSteps(int r, int from, Route route, Route.Backend backend, int last, int instance) {
        NodeState[] nodes = engine.nodes;
        double now = engine.now;
        for (int pos = 1; pos <= last; pos++) {
            double start = pos == 1 ? 0 : positionTime(route, backend, pos - 1);
            double end = positionTime(route, backend, pos);
            NodeState a = nodes[positionNode(route, backend, from, pos - 1)];
            NodeState b = nodes[positionNode(route, backend, from, pos)];
            engine.traceStep(r, new Step(now + start, StepKind.TRAVEL, a.id, b.id, -1, now + end, 0, null));
            boolean reachesServer = backend != null && pos < length(route, backend);
            if (b.kind == NodeKind.FIREWALL && reachesServer && instance >= 0) {
                int rule = decide(b, from, backend.server()) >> 1;
                engine.traceStep(r, new Step(now + end, StepKind.ALLOWED, b.id, nodes[backend.server()].id, -1,
                        now + end, rule, null));
            } else if (b.kind == NodeKind.LOAD_BALANCER && b.index == route.balancer && instance >= 0) {
                engine.traceStep(r, new Step(now + end, StepKind.BALANCED, b.id, nodes[backend.server()].id,
                        instance, now + end, 0, null));
            }
        }
    }

    /** True when no firewall on the way to this backend refuses calls from {@code from}. */
    boolean allows(int from, Route route, Route.Backend backend) {
        NodeState[] nodes = engine.nodes;
        int[] prefix = route.prefix;
        int[] hops = backend.hops();
        for (int k = 0; k < prefix.length + hops.length; k++) {
            NodeState hop = nodes[k < prefix.length ? prefix[k] : hops[k - prefix.length]];
            if (hop.kind == NodeKind.FIREWALL && (decide(hop, from, backend.server()) & 1) == 1) {
                return false;
            }
        }
        return true;
    }

    /** First enabled rule matching (origin, destination) as 1-based rule * 2 + (deny ? 1 : 0); 0 = no rule. */
    private int decide(NodeState firewall, int origin, int destination) {
        NodeState[] nodes = engine.nodes;
        int n = nodes.length;
        if (firewall.firewallDecisions == null) {
            firewall.firewallDecisions = new int[n][];
        }
        int[] row = firewall.firewallDecisions[origin];
        if (row == null) {
            // One row per origin that really calls through this firewall: a long chain of firewalls then
            // holds a few rows each rather than nodes x nodes decisions each.
            row = new int[n];
            firewall.firewallDecisions[origin] = row;
        }
        int known = row[destination];
        if (known != 0) {
            return known - 1;
        }
        int decision = 0;
        List<FirewallRule> rules = firewall.model.rules();
        if (rules != null) {
            NodeState o = nodes[origin];
            NodeState d = nodes[destination];
            for (int k = 0; k < rules.size(); k++) {
                FirewallRule rule = rules.get(k);
                if (rule.matches(o.id, o.kind, d.id, d.kind)) {
                    decision = (k + 1) * 2 + (rule.action() == RuleAction.DENY ? 1 : 0);
                    break;
                }
            }
        }
        row[destination] = decision + 1;
        return decision;
    }

    /** Picks a running instance of an up backend with the balancer's policy; false when there is none. */
    private boolean balance(NodeState lb, Route route) {
        NodeState[] nodes = engine.nodes;
        Route.Backend[] backends = route.backends;
        BalancePolicy policy = lb.model.policy() == null ? BalancePolicy.ROUND_ROBIN : lb.model.policy();
        if (policy == BalancePolicy.LEAST_CONNECTIONS) {
            return leastConnections(lb, route);
        }
        int slots = 0;
        for (Route.Backend b : backends) {
            slots += nodes[b.server()].server.count;
        }
        if (slots == 0) {
            return false;
        }
        if (policy == BalancePolicy.RANDOM) {
            int usable = 0;
            for (Route.Backend b : backends) {
                usable += usable(nodes[b.server()]);
            }
            if (usable == 0) {
                return false;
            }
            int pick = lb.balancerRandom.nextInt(usable);
            for (int b = 0; b < backends.length; b++) {
                ServerState s = nodes[backends[b].server()].server;
                if (nodes[backends[b].server()].down) {
                    continue;
                }
                for (int i = 0; i < s.count; i++) {
                    if (s.status[i] == ServerState.RUNNING && pick-- == 0) {
                        chosenBackend = b;
                        chosenInstance = i;
                        return true;
                    }
                }
            }
            return false;
        }
        int start = lb.balancerNext % slots;
        for (int step = 0; step < slots; step++) {
            int flat = (start + step) % slots;
            int b = 0;
            int i = flat;
            while (i >= nodes[backends[b].server()].server.count) {
                i -= nodes[backends[b].server()].server.count;
                b++;
            }
            NodeState node = nodes[backends[b].server()];
            if (node.down || node.server.status[i] != ServerState.RUNNING) {
                continue;
            }
            chosenBackend = b;
            chosenInstance = i;
            lb.balancerNext = flat + 1;
            return true;
        }
        return false;
    }

    /** The instance with the fewest calls, first going round from the balancer's rotating start: O(log n). */
    private boolean leastConnections(NodeState lb, Route route) {
        if (route.leastLoaded == null) {
            route.leastLoaded = new LeastLoaded(engine.nodes, route.backends);
        }
        LeastLoaded index = route.leastLoaded;
        int slots = index.slots();
        if (slots == 0) {
            return false;
        }
        int start = lb.balancerNext % slots;
        if (!index.pick(start)) {
            return false;
        }
        chosenBackend = index.chosenBackend;
        chosenInstance = index.chosenInstance;
        lb.balancerNext = start + 1;
        return true;
    }

    private static int usable(NodeState node) {
        return node.down ? 0 : node.server.countWithStatus(ServerState.RUNNING);
    }
}
