package org.backendlab.ui.run;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.util.Subscription;
import org.backendlab.model.Diagram;
import org.backendlab.model.Node;
import org.backendlab.model.RequestKind;
import org.backendlab.model.TrafficPattern;
import org.backendlab.session.DocumentChange;
import org.backendlab.session.DocumentListener;
import org.backendlab.session.LearnerAction;
import org.backendlab.session.RunSession;
import org.backendlab.session.SessionListener;
import org.backendlab.sim.CacheForce;
import org.backendlab.sim.MetricsSnapshot;
import org.backendlab.sim.RequestStory;
import org.backendlab.sim.Simulation;
import org.backendlab.ui.dashboard.DashboardViewModel;
import org.backendlab.ui.editor.EditorViewModel;
import org.backendlab.ui.text.Phrase;
import org.backendlab.ui.text.Numbers;

/**
 * Adapts the {@link RunSession} of the open document to JavaFX: read-only properties copied from its
 * snapshots, the frame clock that advances it, the flow sample and the narration of one request, and the
 * teacher's commands (play/pause, step, send, speed). The run itself (simulation, traffic, nodes down,
 * restart, what the learner did) lives in the session; a new document resets everything shown here.
 */
public final class RunViewModel {

    /** Wall seconds between two refreshes of the numbers on screen while time runs. */
    public static final double DASHBOARD_SECONDS = 0.1;
    /** Wall seconds between two snapshots for the bars and frames on the nodes (twenty a second). */
    public static final double GLANCE_SECONDS = 0.05;

    private final RunSession session;
    private final EditorViewModel editor;
    private final SimClock clock;
    private final FlowFeed flow = new FlowFeed();
    private final NarrationViewModel narration = new NarrationViewModel();
    private final DashboardViewModel dashboard = new DashboardViewModel();

    private final ReadOnlyDoubleWrapper rate = new ReadOnlyDoubleWrapper(this, "rate", 0);
    private final ReadOnlyIntegerWrapper generation = new ReadOnlyIntegerWrapper(this, "generation", 0);
    private final ReadOnlyObjectWrapper<List<String>> exposed = new ReadOnlyObjectWrapper<>(this, "exposed", List.of());
    private final ReadOnlyDoubleWrapper measuredRate = new ReadOnlyDoubleWrapper(this, "measuredRate", 0);
    private final ReadOnlyObjectWrapper<MetricsSnapshot> metrics = new ReadOnlyObjectWrapper<>(this, "metrics");
    private final ObjectProperty<RequestKind> sendKind = new SimpleObjectProperty<>(this, "sendKind", RequestKind.API_READ);
    private final ObjectProperty<String> sendOrigin = new SimpleObjectProperty<>(this, "sendOrigin");
    private final ObjectProperty<CacheForce> cacheForce = new SimpleObjectProperty<>(this, "cacheForce", CacheForce.NONE);

    private final List<Consumer<MetricsSnapshot>> snapshotListeners = new CopyOnWriteArrayList<>();
    private double sinceDashboard = Double.MAX_VALUE;
    private double sinceGlance;
    private boolean changed = true;
    private boolean forceDashboard = true;

    public RunViewModel(RunSession session, EditorViewModel editor, FrameSource frames) {
        this.session = session;
        this.editor = editor;
        this.clock = new SimClock(frames);
        clock.setTarget(new Advanceable() {
            @Override
            public void advanceBy(double seconds) {
                session.advanceBy(seconds);
            }

            @Override
            public double now() {
                return session.now();
            }
        });
        clock.addFrameListener(this::frame);
        clock.playingProperty().set(session.isRunning());
        clock.playingProperty().addListener((o, was, now) -> session.setRunning(now));
        clock.speedProperty().addListener((o, was, now) -> narration.setPace(now == Speed.SLOW ? 0.6 : 1));
        // The session and document live as long as this view-model (one per app run), so these
        // registrations are never released.
        session.addListener(new SessionListener() {
            @Override
            public void runReset() {
                freshRun();
            }

            @Override
            public void snapshot(MetricsSnapshot m) {
                show(m);
            }

            @Override
            public void action(LearnerAction action) {
                tell(action);
            }

            @Override
            public void runningChanged(boolean running) {
                clock.playingProperty().set(running);
            }
        });
        session.document().addListener(new DocumentListener() {
            @Override
            public void changed(DocumentChange change) {
                changed = true;
                rate.set(session.rate());
                if (change.parts().stream().anyMatch(p -> !(p instanceof DocumentChange.NodeChanged))) {
                    flow.rebuild(session.diagram());
                }
            }
        });
        freshRun();
        clock.start();
    }

    /** Everything shown of the previous run goes: dots, narration, charts, alerts, "why", exposed flags. */
    private void freshRun() {
        flow.rebuild(session.diagram());
        flow.clear();
        narration.clear();
        dashboard.clear();
        exposed.set(List.of());
        rate.set(session.rate());
        clock.resync();
        generation.set(generation.get() + 1);
        changed = true;
        forceDashboard = true;
    }

    /** Restarts the run at time zero with the same document. */
    public void restart() {
        session.restart();
    }

    private void frame(double wallSeconds, double simulatedSeconds) {
        narration.advance(wallSeconds);
        if (simulatedSeconds > 0) {
            flow.frame(session.simulation(), wallSeconds);
        }
        sinceDashboard += wallSeconds;
        sinceGlance += wallSeconds;
        if (changed || simulatedSeconds > 0 && (sinceGlance >= GLANCE_SECONDS || wallSeconds == 0)) {
            sinceGlance = 0;
            // Numbers on the dashboard change at most ten times a second, as fast as anyone reads them.
            forceDashboard |= changed || wallSeconds == 0;
            changed = false;
            session.publishSnapshot();
        }
        dashboard.frame(wallSeconds);
    }

    /** Takes one snapshot now and shows it everywhere (after a step, or an edit while paused). */
    public void refresh() {
        forceDashboard = true;
        session.publishSnapshot();
    }

    private void show(MetricsSnapshot m) {
        Diagram diagram = session.diagram();
        flow.refresh(m, diagram);
        if (!forceDashboard && sinceDashboard < DASHBOARD_SECONDS) {
            return;
        }
        forceDashboard = false;
        sinceDashboard = 0;
        metrics.set(m);
        measuredRate.set(m.window().seconds() > 0 ? m.window().started() / m.window().seconds() : 0);
        String before = dashboard.why().bottleneckNodeProperty().get();
        dashboard.refresh(m, diagram);
        String after = dashboard.why().bottleneckNodeProperty().get();
        if (after != null && !after.equals(before)) {
            editor.say("status.why", label(after));
        }
        List<String> nowExposed = session.simulation().exposedDatabases();
        if (!nowExposed.equals(exposed.get())) {
            for (String db : nowExposed) {
                if (!exposed.get().contains(db)) {
                    editor.say("status.exposed", label(db));
                }
            }
            exposed.set(List.copyOf(nowExposed));
        }
        for (var line : dashboard.newAlerts()) {
            editor.say("status.alert", line.phrase());
        }
        for (Consumer<MetricsSnapshot> l : snapshotListeners) {
            l.accept(m);
        }
    }

    private String label(String nodeId) {
        return session.diagram().node(nodeId).map(Node::label).orElse(nodeId);
    }

    /** Puts what the learner (or a lesson's "Show me") did into words in the status bar. */
    private void tell(LearnerAction action) {
        if (action instanceof LearnerAction.Sent s) {
            var phraser = new StoryPhraser(id -> session.diagram().node(id).orElse(null));
            narration.start(s.kind(), phraser.phrase(s.story()));
            editor.say("status.sent." + s.kind().name());
        } else if (action instanceof LearnerAction.RateChanged r) {
            // the rate property already followed the document edit that this action records
            editor.say("status.rate", Numbers.whole(r.after()));
        } else if (action instanceof LearnerAction.PatternChanged p) {
            editor.say("status.pattern", Phrase.of("traffic.pattern." + p.pattern().name()));
        } else if (action instanceof LearnerAction.MixChanged m) {
            editor.say("status.mix", Math.round(m.readShare() * 100));
        } else if (action instanceof LearnerAction.NodeDown d) {
            changed = true;
            editor.say(d.down() ? "status.down" : "status.up", label(d.node()));
        } else if (action instanceof LearnerAction.Restarted) {
            editor.say("status.restarted");
        } else if (action instanceof LearnerAction.Played p) {
            editor.say(p.running() ? "status.playing" : "status.paused");
        }
    }

    /**
     * Simulates {@code seconds} of traffic at once (screenshots, benchmarks): quarter-second steps that
     * still feed the charts and the dots, ending with a second of ordinary frames so dots are on the wires.
     */
    public void warmUp(double seconds) {
        double fine = Math.min(seconds, 1.0);
        double coarse = seconds - fine;
        for (double done = 0; done < coarse - 1e-9; done += 0.25) {
            clock.advanceNow(Math.min(0.25, coarse - done), 0.25);
        }
        int frames = (int) Math.round(fine * 60);
        for (int i = 0; i < frames; i++) {
            clock.advanceNow(fine / frames, 1.0 / 60);
        }
    }

    /** How many requests per second are traced for dots (more dots on screen need more). */
    public void setTracesPerSecond(int perSecond) {
        session.setTracesPerSecond(perSecond);
    }

    // ---------------------------------------------------------------- teacher commands

    public void togglePlaying() {
        session.setRunning(!session.isRunning());
    }

    /** Advances a paused run by one step of the current speed. */
    public void step() {
        if (!session.isRunning()) {
            clock.step();
            refresh();
            editor.say("status.stepped", Numbers.seconds(clock.time()));
        }
    }

    public void faster() {
        Speed[] all = Speed.values();
        clock.speedProperty().set(all[Math.min(all.length - 1, clock.speedProperty().get().ordinal() + 1)]);
    }

    public void slower() {
        Speed[] all = Speed.values();
        clock.speedProperty().set(all[Math.max(0, clock.speedProperty().get().ordinal() - 1)]);
    }

    /** Sends one request of the chosen kind from the chosen client and narrates it; null when there is no client. */
    public RequestStory sendOne() {
        var story = session.sendOne(sendKind.get(), sendOrigin.get(), cacheForce.get());
        if (story.isEmpty()) {
            editor.say("send.noClient");
        }
        return story.orElse(null);
    }

    // ---------------------------------------------------------------- traffic

    /** A live rate while the slider is dragged: the run follows at once, the document is not edited. */
    public void previewRate(double total) {
        session.previewRate(total);
        rate.set(session.rate());
    }

    /** Sets the total rate as one undoable edit (the slider let go, a key, a lesson). */
    public void setRate(double total) {
        session.setRate(total);
        rate.set(session.rate());
    }

    /** Writes a live rate into the document when the drag ends. */
    public void commitRate() {
        session.commitRate();
        rate.set(session.rate());
    }

    /** Raises (+1) or lowers (-1) the traffic by one notch of the slider's scale. */
    public void nudgeRate(int direction) {
        setRate(RateScale.nudge(session.rate(), direction));
    }

    public void setPattern(TrafficPattern pattern) {
        session.setPattern(pattern);
    }

    public void setReadShare(double readShare) {
        session.setReadShare(readShare);
    }

    public double readShare() {
        return session.readShare();
    }

    public TrafficPattern pattern() {
        return session.pattern();
    }

    // ---------------------------------------------------------------- run-time state

    /** Takes a node down or brings it back (run-time state: not an edit, not saved). */
    public void setDown(String nodeId, boolean down) {
        session.setDown(nodeId, down);
        refresh();
    }

    public boolean isDown(String nodeId) {
        return session.isDown(nodeId);
    }

    // ---------------------------------------------------------------- listeners of views

    /** Told with each snapshot the dashboard shows (about ten a second while running); released by the view. */
    public Subscription onSnapshot(Consumer<MetricsSnapshot> listener) {
        snapshotListeners.add(listener);
        return () -> snapshotListeners.remove(listener);
    }

    /** Told after each frame's snapshot, to draw; released by the view. */
    public Subscription onFrame(SimClock.FrameListener listener) {
        clock.addFrameListener(listener);
        return () -> clock.removeFrameListener(listener);
    }

    /** Listeners views hold on this view-model and its long-lived parts now (a leak test watches it). */
    public int viewListenerCount() {
        return snapshotListeners.size() + clock.listenerCount() + dashboard.frameListenerCount();
    }

    // ---------------------------------------------------------------- accessors

    public RunSession session() {
        return session;
    }

    public SimClock clock() {
        return clock;
    }

    public Simulation simulation() {
        return session.simulation();
    }

    public Diagram diagram() {
        return session.diagram();
    }

    public EditorViewModel editor() {
        return editor;
    }

    public FlowFeed flow() {
        return flow;
    }

    public NarrationViewModel narration() {
        return narration;
    }

    public DashboardViewModel dashboard() {
        return dashboard;
    }

    /** Total requests per second the clients send now (the slider's value). */
    public ReadOnlyDoubleProperty rateProperty() {
        return rate.getReadOnlyProperty();
    }

    /** Requests per second the clients actually started over the sliding window. */
    public ReadOnlyDoubleProperty measuredRateProperty() {
        return measuredRate.getReadOnlyProperty();
    }

    /** Databases clients can reach past every firewall (flagged on the canvas, warned in the status bar). */
    public ReadOnlyObjectProperty<List<String>> exposedProperty() {
        return exposed.getReadOnlyProperty();
    }

    /** Goes up each time the run starts afresh (restart, another diagram): whatever was in flight is gone. */
    public ReadOnlyIntegerProperty generationProperty() {
        return generation.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<MetricsSnapshot> metricsProperty() {
        return metrics.getReadOnlyProperty();
    }

    public ObjectProperty<RequestKind> sendKindProperty() {
        return sendKind;
    }

    /** The client or admin "send one request" starts from (null: the first client). */
    public ObjectProperty<String> sendOriginProperty() {
        return sendOrigin;
    }

    /** Ids of the nodes a request can start from (clients, then admins), in diagram order. */
    public List<String> origins() {
        return session.origins();
    }

    public ObjectProperty<CacheForce> cacheForceProperty() {
        return cacheForce;
    }
}
