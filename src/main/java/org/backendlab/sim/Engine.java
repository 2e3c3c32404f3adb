package org.backendlab.sim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.backendlab.model.Diagram;
import org.backendlab.model.Link;
import org.backendlab.model.LinkKind;
import org.backendlab.model.Node;
import org.backendlab.model.NodeKind;
import org.backendlab.model.RequestKind;

/**
 * The discrete-event core: the clock, the calendar and the life of every call (travel, thread, queue,
 * core, work, downstream calls, reply, timeout, failure). Hot events carry only ints; rare ones run lambdas.
 */
final class Engine {

    static final int ARRIVAL = 1;
    static final int REACH = 2;
    static final int WORK_DONE = 3;
    static final int REPLY = 4;
    static final int TIMEOUT = 5;
    static final int TICK = 6;
    static final int RARE = 7;
    static final int STEP_READ_CACHE = 1;
    static final int STEP_READ_DB = 2;
    static final int STEP_WRITE_DB = 3;
    static final int STEP_UPLOAD = 4;
    /**
     * At most this many requests are in flight at once; a client's arrival beyond it is not started but
     * counted as shed, so an absurd load cannot grow the pools and the calendar without bound.
     */
    static final int MAX_IN_FLIGHT = 200_000;
    private static final RequestKind[] KINDS = RequestKind.values();

    final long seed;
    final EventCalendar calendar = new EventCalendar();
    final Jobs jobs = new Jobs();
    final Requests requests = new Requests();
    final Tracer tracer = new Tracer();
    final EndToEndCounters total;
    final EndToEndCounters[] byKind = new EndToEndCounters[KINDS.length];
    final Map<String, NodeState> byId = new LinkedHashMap<>();
    NodeState[] nodes = new NodeState[0];
    Router router;
    double now;
    long events;
    double rateScale = 1;
    /** Requests a client would have sent while {@link #MAX_IN_FLIGHT} were already in flight. */
    long shed;
    /** {@link #MAX_IN_FLIGHT}; lowered only by tests. */
    int maxInFlight = MAX_IN_FLIGHT;
    /** Draws of requests sent by hand ({@link Simulation#inject}, send one), apart from every client's own. */
    private final SplittableRandom handSent;
    /** Sees every client arrival and its draws (tests of common random numbers); null otherwise. */
    ArrivalWatcher arrivalWatcher;
    private final List<Runnable> rare = new ArrayList<>();
    private final List<Integer> rareFree = new ArrayList<>();
    final Autoscaler autoscaler = new Autoscaler(this);
    final Monitors monitors = new Monitors(this);
    private final CallPaths paths = new CallPaths(this);
    final ServerFlow servers = new ServerFlow(this);
    private long ticks;
    /** The highest cost per hour of all instances seen at a tick (or a change) since the totals began. */
    double maxCostPerHour;

    Engine(Diagram diagram, long seed) {
        this(diagram, seed, 0);
    }

    /** An engine whose clock starts at {@code start} (an isolated copy of a running one). */
    Engine(Diagram diagram, long seed, double start) {
        this.seed = seed;
        this.now = start;
        this.handSent = Streams.of(seed, "", "sent-by-hand");
        total = new EndToEndCounters(start);
        for (RequestKind kind : KINDS) {
            byKind[kind.ordinal()] = new EndToEndCounters(start);
        }
        sync(diagram);
        calendar.schedule(start + 1.0, TICK, 0, 0);
    }

    /** Totals (counts, latencies, scaling counts, the highest cost) count from now on: a warm-up is left out. */
    void restartTotals() {
        for (NodeState node : nodes) {
            node.counters.restartTotals(now);
        }
        total.restartTotals(now);
        for (EndToEndCounters counters : byKind) {
            counters.restartTotals(now);
        }
        autoscaler.scaleOuts = 0;
        autoscaler.scaleIns = 0;
        maxCostPerHour = costPerHour();
    }

    /** What every instance that exists costs per hour now (running, booting or draining). */
    double costPerHour() {
        double cost = 0;
        for (NodeState node : nodes) {
            if (node.server != null && !node.removed) {
                cost += node.server.billedInstances() * node.server.costPerHour;
            }
        }
        return cost;
    }

    private void noteCost() {
        double cost = costPerHour();
        if (cost > maxCostPerHour) {
            maxCostPerHour = cost;
        }
    }

    // ---------------------------------------------------------------- clock

    void runUntil(double until) {
        EventCalendar cal = calendar;
        while (!cal.isEmpty() && cal.peekTime() <= until) {
            cal.take();
            now = cal.takenTime;
            events++;
            dispatch(cal.takenType, cal.takenA, cal.takenB);
        }
        if (until > now) {
            now = until;
        }
    }

    private void dispatch(int type, int a, int b) {
        switch (type) {
            case ARRIVAL -> onArrival(a, b);
            case REACH -> {
                if (jobs.live(a, b) && jobs.state[a] == Jobs.TRAVEL) {
                    servers.reach(a);
                }
            }
            case WORK_DONE -> {
                if (jobs.live(a, b) && jobs.state[a] == Jobs.WORKING) {
                    servers.workDone(a);
                }
            }
            case REPLY -> {
                if (jobs.live(a, b) && jobs.state[a] == Jobs.DONE) {
                    onReply(a);
                }
            }
            case TIMEOUT -> servers.onTimeoutTimer(a);
            case TICK -> onTick();
            case RARE -> {
                Runnable action = rare.set(a, null);
                rareFree.add(a);
                action.run();
            }
            default -> throw new IllegalStateException("event type " + type);
        }
    }

    void scheduleRare(double at, Runnable action) {
        int index;
        if (rareFree.isEmpty()) {
            index = rare.size();
            rare.add(action);
        } else {
            index = rareFree.remove(rareFree.size() - 1);
            rare.set(index, action);
        }
        calendar.schedule(at, RARE, index, 0);
    }

    private void onTick() {
        ticks++;
        for (NodeState node : nodes) {
            node.counters.tick(now);
            if (node.server != null) {
                node.server.tickInstances(now);
            }
        }
        total.tick(now);
        for (EndToEndCounters counters : byKind) {
            counters.tick(now);
        }
        if (ticks % Autoscaler.EVERY_TICKS == 0) {
            autoscaler.evaluate();
        }
        monitors.evaluate();
        noteCost();
        calendar.schedule(now + 1.0, TICK, 0, 0);
    }

    // ---------------------------------------------------------------- topology and settings

    /** Brings the run-time state in line with the diagram, keeping queues, caches and metrics. */
    void sync(Diagram diagram) {
        List<NodeState> list = new ArrayList<>(List.of(nodes));
        for (Node node : diagram.nodes()) {
            NodeState state = byId.get(node.id());
            if (state == null || state.removed) {
                state = new NodeState(list.size(), node, now, seed);
                byId.put(node.id(), state);
                list.add(state);
                applySettings(state, null, node);
            } else if (!state.model.equals(node)) {
                applySettings(state, state.model, node);
            }
        }
        nodes = list.toArray(new NodeState[0]);
        for (NodeState state : nodes) {
            if (!state.removed && diagram.node(state.id).isEmpty()) {
                servers.abortAll(state, state.nodeDown);
                state.removed = true;
                state.down = true;
                if (state.client != null) {
                    state.client.generation++;
                }
                if (byId.get(state.id) == state) {
                    byId.remove(state.id);
                }
            }
        }
        int[][] callees = new int[nodes.length][];
        double[][] latencies = new double[nodes.length][];
        for (NodeState state : nodes) {
            List<Link> out = new ArrayList<>();
            if (!state.removed) {
                for (Link link : diagram.links()) {
                    if (link.kind() == LinkKind.CALLS && link.from().equals(state.id) && byId.containsKey(link.to())) {
                        out.add(link);
                    }
                }
            }
            callees[state.index] = out.stream().mapToInt(l -> byId.get(l.to()).index).toArray();
            latencies[state.index] = out.stream().mapToDouble(l -> Math.max(0, l.latencyMs()) / 1000.0).toArray();
            state.hasDownstream = !out.isEmpty();
            state.firewallDecisions = null;
        }
        router = new Router(nodes, callees, latencies);
        monitors.topology(diagram);
        noteCost();
    }

    private void applySettings(NodeState state, Node before, Node after) {
        state.model = after;
        state.firewallDecisions = null;
        ServerState server = state.server;
        if (server != null && after.server() != null) {
            server.touchInstances(now);
            boolean instancesChanged = server.apply(after.server(), state.id);
            if (instancesChanged) {
                setInstances(state, autoscaler.clamp(after.server(), after.server().instances()));
            }
            server.recountCores(now);
            for (int i = 0; i < server.count; i++) {
                servers.wake(state, i);
            }
        }
        boolean trafficChanged = before == null || !java.util.Objects.equals(before.traffic(), after.traffic());
        if (state.client != null && after.traffic() != null && trafficChanged) {
            state.client.apply(after.traffic());
            scheduleArrival(state);
        }
        if (state.kind == NodeKind.CACHE) {
            state.applyCache(before == null ? null : before.cache(), after.cache());
        }
    }

    void setInstances(NodeState state, int target) {
        ServerState server = state.server;
        int active = server.activeInstances();
        while (active < target) {
            server.addInstance(ServerState.RUNNING, now);
            active++;
        }
        while (active > target) {
            int i = server.pickToRetire();
            if (i < 0) {
                break;
            }
            server.retire(i, now);
            active--;
        }
    }

    void setRateScale(double scale) {
        rateScale = Math.max(0, scale);
        for (NodeState state : nodes) {
            if (state.client != null && !state.removed) {
                scheduleArrival(state);
            }
        }
    }

    void setDown(NodeState state, boolean down) {
        if (state.down == down) {
            return;
        }
        state.down = down;
        if (state.server != null) {
            state.server.reshaped();
        }
        if (down) {
            servers.abortAll(state, state.nodeDown);
        }
    }

    /** Databases some client reaches through calls wires with no firewall refusing it, in diagram order. */
    List<String> exposedDatabases() {
        java.util.Set<String> exposed = new java.util.LinkedHashSet<>();
        for (NodeState node : byId.values()) {
            if (node.kind != NodeKind.CLIENT) {
                continue;
            }
            Route route = router.route(node.index, NodeKind.DATABASE);
            for (Route.Backend backend : route.backends) {
                if (paths.allows(node.index, route, backend)) {
                    exposed.add(nodes[backend.server()].id);
                }
            }
        }
        return byId.values().stream().map(n -> n.id).filter(exposed::contains).toList();
    }

    // ---------------------------------------------------------------- clients

    private void scheduleArrival(NodeState state) {
        int generation = ++state.client.generation;
        double at = state.client.next(now, rateScale);
        if (at != Double.POSITIVE_INFINITY) {
            calendar.schedule(at, ARRIVAL, state.index, generation);
        }
    }

    private void onArrival(int index, int generation) {
        NodeState state = nodes[index];
        if (state.removed || generation != state.client.generation) {
            return;
        }
        scheduleArrival(state);
        ClientSource source = state.client;
        source.drawRequest();
        if (arrivalWatcher != null) {
            arrivalWatcher.arrived(state.id, now, source.drawnKind, source.drawnSeed);
        }
        if (requests.live() >= maxInFlight) {
            shed++;
        } else if (!state.down) {
            int trace = tracer.sampleNext() ? 0 : -1;
            int r = begin(state, source.drawnKind, CacheForce.NONE, trace, -1);
            requests.seed[r] = source.drawnSeed;
            route(r, state, source.drawnKind);
        }
    }

    /**
     * Starts a request sent by hand (not by a client's traffic; its draws come from a stream of their own);
     * {@code trace} >= 0 asks for a story, {@code watchId} > 0 files it under that id.
     */
    int startRequest(NodeState client, int kind, CacheForce force, int trace, long watchId) {
        int r = begin(client, kind, force, trace, watchId);
        requests.seed[r] = handSent.nextLong();
        route(r, client, kind);
        return r;
    }

    private int begin(NodeState client, int kind, CacheForce force, int trace, long watchId) {
        int r = requests.allocate();
        requests.kind[r] = kind;
        requests.client[r] = client.index;
        requests.start[r] = now;
        requests.force[r] = force.ordinal();
        if (trace >= 0 || watchId > 0) {
            long id = watchId > 0 ? watchId : tracer.nextId();
            requests.trace[r] = tracer.begin(id, KINDS[kind], client.id, now, watchId > 0);
        }
        total.started();
        byKind[kind].started();
        return r;
    }

    private void route(int r, NodeState client, int kind) {
        call(r, -1, client.index, kind == RequestKind.DB_DIRECT.ordinal() ? NodeKind.DATABASE : NodeKind.API_SERVER);
    }

    private void finishRequest(int r, Failure failure) {
        int kind = requests.kind[r];
        if (failure == null) {
            double latency = now - requests.start[r];
            total.completed(latency);
            byKind[kind].completed(latency);
        } else {
            total.failed(failure.code());
            byKind[kind].failed(failure.code());
        }
        int trace = requests.trace[r];
        if (trace >= 0) {
            tracer.step(trace, new Step(now, failure == null ? StepKind.DONE : StepKind.FAIL,
                    nodes[requests.client[r]].id, null, -1, now, 0, failure));
            tracer.finish(trace, now, failure);
        }
        requests.finish(r);
    }

    // ---------------------------------------------------------------- calls

    /** Starts a call of request r from node {@code from} (on behalf of job {@code parent}, or -1). */
    void call(int r, int parent, int from, NodeKind need) {
        int j = jobs.allocate();
        jobs.request[j] = r;
        requests.calls[r]++;
        jobs.parent[j] = parent;
        jobs.parentGen[j] = parent >= 0 ? jobs.gen[parent] : 0;
        jobs.caller[j] = from;
        paths.dispatch(j, r, from, router.route(from, need));
    }

    /** A call failed before it reached a server, {@code oneWay} seconds from its caller. */
    void failOnTheWay(int j, Failure failure, double oneWay) {
        jobs.failure[j] = failure;
        jobs.result[j] = Jobs.RESULT_FAILED;
        jobs.state[j] = Jobs.DONE;
        jobs.backLatency[j] = oneWay;
        calendar.schedule(now + 2 * oneWay, REPLY, j, jobs.gen[j]);
    }

    private void onReply(int j) {
        int parent = jobs.parent[j];
        int result = jobs.result[j];
        Failure failure = jobs.failure[j];
        int r = jobs.request[j];
        if (parent < 0) {
            releaseJob(j);
            if (failure != null) {
                finishRequest(r, failure);
            } else if (requests.kind[r] == RequestKind.FILE_DOWNLOAD.ordinal() && requests.phase[r] == 0) {
                requests.phase[r] = 1;
                call(r, -1, requests.client[r], NodeKind.FILE_STORAGE);
            } else {
                finishRequest(r, null);
            }
            return;
        }
        boolean waiting = jobs.live(parent, jobs.parentGen[j]) && jobs.state[parent] == Jobs.WAIT_CHILD;
        releaseJob(j);
        if (waiting) {
            ApiServerFlow.onReply(this, nodes[jobs.node[parent]], parent, result, failure);
        }
    }

    private void releaseJob(int j) {
        int r = jobs.request[j];
        jobs.release(j);
        requests.callEnded(r);
    }

    // ---------------------------------------------------------------- stories

    boolean traced(int r) {
        return requests.trace[r] >= 0;
    }

    void trace(int r, StepKind kind, String node, String peer, int instance, double until) {
        if (requests.trace[r] >= 0) {
            tracer.step(requests.trace[r], new Step(now, kind, node, peer, instance, until, 0, null));
        }
    }

    void trace(int r, StepKind kind, String node, String peer, int instance, double until, Failure failure) {
        if (requests.trace[r] >= 0) {
            tracer.step(requests.trace[r], new Step(now, kind, node, peer, instance, until, 0, failure));
        }
    }

    void traceStep(int r, Step step) {
        if (requests.trace[r] >= 0) {
            tracer.step(requests.trace[r], step);
        }
    }
}
