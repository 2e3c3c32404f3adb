package org.backendlab.sim;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.backendlab.model.Diagram;
import org.backendlab.model.DiagramListener;
import org.backendlab.model.Link;
import org.backendlab.model.Node;
import org.backendlab.model.NodeKind;
import org.backendlab.model.RequestKind;

/**
 * A running simulation of a diagram under traffic, the one entry point of the engine. Time is simulated
 * seconds and moves only through {@link #advanceBy} / {@link #runUntil}; the same diagram, seed and calls
 * give the same results. The simulation listens to its diagram: edits (rates, sizes, instances, threads,
 * queues, rules, cache settings, wiring) apply at once, without a restart. Run-time state (nodes taken down,
 * the traffic scale, autoscaled instances, queues, metrics) is kept here and never written to the diagram.
 * Not thread-safe: call it from one thread (the UI's animation tick, or a headless loop).
 */
public final class Simulation implements AutoCloseable {

    private final long seed;
    private Diagram diagram;
    private final Engine engine;
    private boolean dirty;
    private final DiagramListener listener = new DiagramListener() {
        @Override
        public void nodeAdded(Node node) {
            dirty = true;
        }

        @Override
        public void nodeRemoved(Node node) {
            dirty = true;
        }

        @Override
        public void nodeChanged(Node before, Node after) {
            dirty = true;
        }

        @Override
        public void linkAdded(Link link) {
            dirty = true;
        }

        @Override
        public void linkRemoved(Link link) {
            dirty = true;
        }
    };

    public Simulation(Diagram diagram, long seed) {
        this.diagram = Objects.requireNonNull(diagram);
        this.seed = seed;
        this.engine = new Engine(diagram, seed);
        diagram.addListener(listener);
    }

    /** Stops following the diagram's edits. */
    @Override
    public void close() {
        diagram.removeListener(listener);
    }

    /** Follows another diagram from now on (e.g. after Open), keeping state of nodes with the same ids. */
    public void apply(Diagram next) {
        diagram.removeListener(listener);
        diagram = Objects.requireNonNull(next);
        diagram.addListener(listener);
        engine.sync(diagram);
        dirty = false;
    }

    private Engine engine() {
        if (dirty) {
            dirty = false;
            engine.sync(diagram);
        }
        return engine;
    }

    /** Requests in flight now (for tests of the engine's limits). */
    int requestsInFlight() {
        return engine().requests.live();
    }

    /** Lowers the in-flight limit (tests only; the engine's limit is {@link Engine#MAX_IN_FLIGHT}). */
    void limitInFlight(int max) {
        engine().maxInFlight = max;
    }

    /** Lets a test see every client arrival and the draws it carries (null stops it). */
    void watchArrivals(ArrivalWatcher watcher) {
        engine().arrivalWatcher = watcher;
    }

    /** Simulated time, in seconds since the start. */
    public double now() {
        return engine.now;
    }

    /** Runs every event due in the next {@code seconds} of simulated time. */
    public void advanceBy(double seconds) {
        if (seconds > 0 && Double.isFinite(seconds)) {
            engine().runUntil(engine.now + seconds);
        }
    }

    /** Runs every event up to simulated time {@code time} (no-op when already past it). */
    public void runUntil(double time) {
        if (time > engine.now && Double.isFinite(time)) {
            engine().runUntil(time);
        }
    }

    /** Events processed so far (for speed figures). */
    public long eventsProcessed() {
        return engine.events;
    }

    /** Multiplies every client's rate (the traffic slider); 1 = the rates in the diagram. */
    public void setRateScale(double scale) {
        engine().setRateScale(scale);
    }

    public double rateScale() {
        return engine.rateScale;
    }

    /** Sets the total client rate (requests/s), shared among clients in proportion to their own rates. */
    public void setTotalRate(double requestsPerSecond) {
        double base = baseRate();
        if (base > 0) {
            setRateScale(Math.max(0, requestsPerSecond) / base);
        }
    }

    /** The total client rate now in effect (before traffic patterns), requests/s. */
    public double totalRate() {
        return baseRate() * engine.rateScale;
    }

    private double baseRate() {
        double sum = 0;
        for (NodeState node : engine().byId.values()) {
            if (node.client != null) {
                sum += node.client.baseRate();
            }
        }
        return sum;
    }

    /** Takes a node down (its calls fail, balancers skip it) or brings it back. */
    public void setDown(String nodeId, boolean down) {
        engine().setDown(require(nodeId), down);
    }

    public boolean isDown(String nodeId) {
        return require(nodeId).down;
    }

    /** Instances of a server node that serve now (not booting, not stopped); 0 for other kinds. */
    public int runningInstances(String nodeId) {
        ServerState server = require(nodeId).server;
        return server == null ? 0 : server.countWithStatus(ServerState.RUNNING);
    }

    /** Instances of a server node still booting (started by the autoscaler). */
    public int bootingInstances(String nodeId) {
        ServerState server = require(nodeId).server;
        return server == null ? 0 : server.countWithStatus(ServerState.BOOTING);
    }

    private NodeState require(String nodeId) {
        NodeState node = engine().byId.get(nodeId);
        if (node == null) {
            throw new IllegalArgumentException("no node " + nodeId);
        }
        return node;
    }

    /**
     * Sends one request of a kind from a client in an isolated copy of this simulation (same diagram, nodes
     * down, running instances and cache contents, but no other traffic) and returns its whole story.
     * {@code clientId} null means the first client. This simulation is not changed.
     */
    public RequestStory sendOne(RequestKind kind, String clientId, CacheForce force) {
        Engine live = engine();
        Engine copy = new Engine(diagram, seed, live.now);
        copy.setRateScale(0);
        for (NodeState node : live.byId.values()) {
            NodeState twin = copy.byId.get(node.id);
            if (node.server != null) {
                copy.setInstances(twin, node.server.countWithStatus(ServerState.RUNNING));
            }
            if (node.cache != null && twin.cache != null) {
                node.cache.copyInto(twin.cache);
            }
            copy.setDown(twin, node.down);
        }
        long id = copy.tracer.nextId();
        copy.startRequest(origin(copy, clientId), kind.ordinal(), force == null ? CacheForce.NONE : force, 0, id);
        double limit = copy.now + 3600;
        while (!copy.tracer.isFinished(id) && copy.now < limit) {
            copy.runUntil(copy.now + 1);
        }
        return copy.tracer.story(id).orElseThrow();
    }

    /**
     * Sends one request into the live traffic and returns its id; follow it with {@link #story(long)} as
     * time advances.
     */
    public long inject(RequestKind kind, String clientId, CacheForce force) {
        Engine e = engine();
        long id = e.tracer.nextId();
        e.startRequest(origin(e, clientId), kind.ordinal(), force == null ? CacheForce.NONE : force, 0, id);
        return id;
    }

    /** The story so far of a request sent with {@link #inject} (the last 64 are kept). */
    public Optional<RequestStory> story(long id) {
        return engine.tracer.story(id);
    }

    private static NodeState origin(Engine e, String clientId) {
        if (clientId == null) {
            return e.byId.values().stream().filter(n -> n.kind == NodeKind.CLIENT).findFirst()
                    .or(() -> e.byId.values().stream().filter(n -> n.kind.isOrigin()).findFirst())
                    .orElseThrow(() -> new IllegalArgumentException("the diagram has no client"));
        }
        NodeState node = e.byId.get(clientId);
        if (node == null || !node.kind.isOrigin()) {
            throw new IllegalArgumentException(clientId + " is not a client or admin");
        }
        return node;
    }

    /**
     * Databases a client can reach directly (calls wires with no firewall refusing it): the app flags them
     * as exposed. Only the first route of each client is considered, as requests take it.
     */
    public List<String> exposedDatabases() {
        return engine().exposedDatabases();
    }

    /** Sampled requests for animation: recently finished ones (oldest first), then those in flight. */
    public List<RequestStory> recentTraces() {
        return engine.tracer.recent();
    }

    /** Traces every n-th request, at most {@code maxInFlight} at once, and keeps {@code keepFinished} finished. */
    public void setTraceSampling(int everyNth, int maxInFlight, int keepFinished) {
        engine.tracer.sampleEvery = Math.max(1, everyNth);
        engine.tracer.maxInFlight = Math.max(0, maxInFlight);
        engine.tracer.keepFinished = Math.max(0, keepFinished);
    }

    /** Every measure now, as an immutable snapshot (cheap enough to take every frame). */
    public MetricsSnapshot metrics() {
        return MetricsBuilder.snapshot(engine());
    }

    /** The node that limits the backend over the sliding window, if any. */
    public Optional<Bottleneck> bottleneck() {
        return metrics().bottleneck();
    }

    /**
     * Leaves everything before now out of the totals (a warm-up): whole-run counts, latencies and time
     * averages, scaling counts and the highest cost count from now on. Windows and state are not touched.
     * A request started before and finished after counts as completed but not as started.
     */
    public void restartTotals() {
        engine().restartTotals();
    }

    /** Instances the autoscaler started since the totals began. */
    public long scaleOuts() {
        return engine.autoscaler.scaleOuts;
    }

    /** Instances the autoscaler stopped since the totals began. */
    public long scaleIns() {
        return engine.autoscaler.scaleIns;
    }

    /** The highest cost per hour of all instances since the totals began (checked every simulated second). */
    public double maxCostPerHour() {
        return engine.maxCostPerHour;
    }

    /** Recent autoscaler decisions, oldest first. */
    public List<ScalingEvent> scalingEvents() {
        return engine.autoscaler.events();
    }

    /** Alerts of monitoring nodes that are active now. */
    public List<Alert> alerts() {
        return engine.monitors.active();
    }
}
