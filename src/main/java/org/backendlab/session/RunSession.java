package org.backendlab.session;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.backendlab.model.Diagram;
import org.backendlab.model.Node;
import org.backendlab.model.NodeKind;
import org.backendlab.model.RequestKind;
import org.backendlab.model.TrafficPattern;
import org.backendlab.sim.CacheForce;
import org.backendlab.sim.MetricsSnapshot;
import org.backendlab.sim.RequestStory;
import org.backendlab.sim.Simulation;

/**
 * The run of the open document, in plain Java: one {@link Simulation} that follows the document, the
 * run-time state (a live traffic rate while the slider is dragged, nodes taken down, running or paused),
 * restart and "send one request", and the learner's actions recorded as plain events. A new or opened
 * document ends the old run completely. The UI clock advances it frame by frame; lessons, tests and
 * headless commands call {@link #advanceBy} or {@link #runFor}. Call it from one thread.
 */
public final class RunSession implements AutoCloseable {

    public static final long SEED = 42;
    /** Recorded actions kept per run; older ones are dropped first. */
    static final int MAX_ACTIONS = 10_000;

    private final Document document;
    private final long seed;
    private final Listeners<SessionListener> listeners = new Listeners<>();
    private final List<LearnerAction> actions = new ArrayList<>();
    private final Subscription documentSubscription;
    private Simulation sim;
    private MetricsSnapshot latest;
    private Double liveRate;
    private boolean running;
    private int tracesPerSecond = 300;

    public RunSession(Document document) {
        this(document, SEED);
    }

    public RunSession(Document document, long seed) {
        this.document = document;
        this.seed = seed;
        this.sim = new Simulation(document.diagram(), seed);
        sampleTraces();
        documentSubscription = document.addListener(new DocumentListener() {
            @Override
            public void loaded(Diagram diagram) {
                liveRate = null;
                actions.clear();
                startAfresh();
            }

            @Override
            public void changed(DocumentChange change) {
                if (liveRate != null) {
                    sim.setTotalRate(liveRate);
                }
                record(new LearnerAction.Edited(now(), change));
                if (touchesTraffic(change)) {
                    sampleTraces();
                }
            }
        });
    }

    private static boolean touchesTraffic(DocumentChange change) {
        return change.parts().stream().anyMatch(p -> p instanceof DocumentChange.NodeChanged c
                && c.before().traffic() != null && !c.before().traffic().equals(c.after().traffic())
                || p instanceof DocumentChange.NodeAdded a && a.node().traffic() != null
                || p instanceof DocumentChange.NodeRemoved r && r.node().traffic() != null);
    }

    private void startAfresh() {
        sim.close();
        sim = new Simulation(document.diagram(), seed);
        if (liveRate != null) {
            sim.setTotalRate(liveRate);
        }
        sampleTraces();
        latest = null;
        listeners.forEach(SessionListener::runReset);
        publishSnapshot();
    }

    @Override
    public void close() {
        documentSubscription.unsubscribe();
        sim.close();
    }

    // ------------------------------------------------------------------ time

    /** Runs every event due in the next {@code seconds} of simulated time (no snapshot is published). */
    public void advanceBy(double seconds) {
        sim.advanceBy(seconds);
    }

    /** Runs {@code seconds} of simulated time, publishing a snapshot after every {@code every} seconds. */
    public void runFor(double seconds, double every) {
        double step = every > 0 ? every : seconds;
        double end = sim.now() + seconds;
        while (sim.now() < end - 1e-9) {
            sim.advanceBy(Math.min(step, end - sim.now()));
            publishSnapshot();
        }
    }

    /** The seed every run of this session starts from (a race gives its second design the same one). */
    public long seed() {
        return seed;
    }

    /** Simulated seconds since this run started. */
    public double now() {
        return sim.now();
    }

    /** Takes one snapshot of every measure now and tells the listeners. */
    public MetricsSnapshot publishSnapshot() {
        latest = sim.metrics();
        MetricsSnapshot m = latest;
        listeners.forEach(l -> l.snapshot(m));
        return m;
    }

    /** The last snapshot published, taking one if none was since the run started. */
    public MetricsSnapshot latest() {
        return latest != null ? latest : publishSnapshot();
    }

    public boolean isRunning() {
        return running;
    }

    /** Starts or pauses the run (the UI clock only advances a running session). */
    public void setRunning(boolean run) {
        if (run != running) {
            running = run;
            record(new LearnerAction.Played(now(), run));
            listeners.forEach(l -> l.runningChanged(run));
        }
    }

    /** Starts the run again at time zero with the same document (queues, caches, metrics, down nodes reset). */
    public void restart() {
        record(new LearnerAction.Restarted(now()));
        startAfresh();
    }

    // ------------------------------------------------------------------ traffic

    /** Total requests per second the clients send now: the live rate while dragging, else the document's. */
    public double rate() {
        return liveRate != null ? liveRate : TrafficEdits.totalRate(document.diagram());
    }

    /** True while a live rate (not written to the document) is in effect. */
    public boolean hasLiveRate() {
        return liveRate != null;
    }

    /** Sets a live total rate that is not a document edit (while the slider is dragged, or a screenshot's rate). */
    public void previewRate(double requestsPerSecond) {
        liveRate = Math.max(0, requestsPerSecond);
        sim.setTotalRate(liveRate);
        sampleTraces();
    }

    /**
     * Writes a total rate into the clients' settings as one undoable edit and drops any live rate; the
     * simulation then runs at exactly that rate. Returns false when there are no clients or nothing changed.
     */
    public boolean setRate(double requestsPerSecond) {
        double before = TrafficEdits.totalRate(document.diagram());
        liveRate = null;
        sim.setRateScale(1);
        boolean changed = TrafficEdits.setTotalRate(document, Math.max(0, requestsPerSecond));
        sampleTraces();
        if (changed) {
            record(new LearnerAction.RateChanged(now(), before, rate()));
        }
        return changed;
    }

    /** Ends a live rate: writes it into the document (see {@link #setRate}); no-op when none is live. */
    public boolean commitRate() {
        return liveRate != null && setRate(liveRate);
    }

    public boolean setPattern(TrafficPattern pattern) {
        boolean changed = TrafficEdits.setPattern(document, pattern);
        if (changed) {
            record(new LearnerAction.PatternChanged(now(), pattern));
        }
        return changed;
    }

    public boolean setReadShare(double readShare) {
        boolean changed = TrafficEdits.setReadShare(document, readShare);
        if (changed) {
            record(new LearnerAction.MixChanged(now(), readShare));
        }
        return changed;
    }

    public TrafficPattern pattern() {
        return TrafficEdits.pattern(document.diagram());
    }

    public double readShare() {
        return TrafficEdits.readShare(document.diagram());
    }

    /** How many requests per second are traced for dots (the sample costs the same at any rate). */
    public void setTracesPerSecond(int perSecond) {
        tracesPerSecond = Math.max(1, perSecond);
        sampleTraces();
    }

    private void sampleTraces() {
        double total = sim.totalRate();
        sim.setTraceSampling((int) Math.max(1, Math.round(total / tracesPerSecond)), tracesPerSecond, tracesPerSecond);
    }

    // ------------------------------------------------------------------ run-time state

    /** Takes a node down or brings it back (run-time state: not an edit, not saved). */
    public void setDown(String nodeId, boolean down) {
        if (!document.diagram().contains(nodeId) || sim.isDown(nodeId) == down) {
            return;
        }
        sim.setDown(nodeId, down);
        record(new LearnerAction.NodeDown(now(), nodeId, down));
        publishSnapshot();
    }

    public boolean isDown(String nodeId) {
        return document.diagram().contains(nodeId) && sim.isDown(nodeId);
    }

    /**
     * Sends one request of a kind from a client or admin ({@code from} null: the first client, else the
     * first admin) and returns its whole story; empty when the diagram has nothing to send from.
     */
    public Optional<RequestStory> sendOne(RequestKind kind, String from, CacheForce force) {
        String origin = origin(from);
        if (origin == null) {
            return Optional.empty();
        }
        CacheForce f = force == null ? CacheForce.NONE : force;
        RequestStory story = sim.sendOne(kind, origin, f);
        record(new LearnerAction.Sent(now(), kind, origin, f, story));
        return Optional.of(story);
    }

    private String origin(String chosen) {
        Diagram diagram = document.diagram();
        if (chosen != null && diagram.node(chosen).map(n -> n.kind().isOrigin()).orElse(false)) {
            return chosen;
        }
        List<String> all = origins();
        return all.isEmpty() ? null : all.get(0);
    }

    /** Ids of the nodes a request can start from (clients, then admins), in diagram order. */
    public List<String> origins() {
        List<String> ids = new ArrayList<>();
        Diagram diagram = document.diagram();
        diagram.nodes().stream().filter(n -> n.kind() == NodeKind.CLIENT).map(Node::id).forEach(ids::add);
        diagram.nodes().stream().filter(n -> n.kind() == NodeKind.ADMIN).map(Node::id).forEach(ids::add);
        return ids;
    }

    // ------------------------------------------------------------------ observing

    private void record(LearnerAction action) {
        if (actions.size() >= MAX_ACTIONS) {
            actions.remove(0);
        }
        actions.add(action);
        listeners.forEach(l -> l.action(action));
    }

    /** What the learner did since this document was opened, oldest first. */
    public List<LearnerAction> actions() {
        return Collections.unmodifiableList(actions);
    }

    public Subscription addListener(SessionListener listener) {
        return listeners.add(listener);
    }

    /** Listeners registered now (tests check that windows release theirs). */
    public int listenerCount() {
        return listeners.count();
    }

    public Document document() {
        return document;
    }

    public Diagram diagram() {
        return document.diagram();
    }

    /** The engine of the current run (replaced by restart and by another document). */
    public Simulation simulation() {
        return sim;
    }
}
