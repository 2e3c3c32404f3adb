package org.backendlab.ui.run;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.backendlab.model.Diagram;
import org.backendlab.model.DiagramListener;
import org.backendlab.model.Link;
import org.backendlab.model.Node;
import org.backendlab.model.NodeKind;
import org.backendlab.model.RequestKind;
import org.backendlab.model.Traffic;
import org.backendlab.model.TrafficPattern;
import org.backendlab.model.edit.EditHistory;
import org.backendlab.model.edit.Edits;
import org.backendlab.sim.CacheForce;
import org.backendlab.sim.MetricsSnapshot;
import org.backendlab.sim.RequestStory;
import org.backendlab.sim.Simulation;
import org.backendlab.ui.dashboard.AlertsViewModel;
import org.backendlab.ui.dashboard.DashboardViewModel;
import org.backendlab.ui.dashboard.WhyViewModel;
import org.backendlab.ui.editor.EditorViewModel;
import org.backendlab.ui.i18n.Phrase;
import org.backendlab.ui.text.StoryPhraser;

/**
 * The running side of the open diagram: one {@link Simulation} that follows the document, the one
 * {@link SimClock} that moves it, the traffic controls, nodes taken down, the single request being
 * narrated and the flow sample. Once per frame it takes one metrics snapshot and hands it to whoever
 * listens (dashboard, explanations, flow layer). Outlives the window, so a language switch keeps the run.
 */
public final class RunViewModel {

    public static final long SEED = 42;
    /** Wall seconds between two refreshes of the numbers on screen while time runs. */
    public static final double DASHBOARD_SECONDS = 0.1;
    /** Wall seconds between two snapshots for the bars and frames on the nodes (twenty a second). */
    public static final double GLANCE_SECONDS = 0.05;

    private final EditorViewModel editor;
    private final SimClock clock;
    private final FlowFeed flow = new FlowFeed();
    private final NarrationViewModel narration = new NarrationViewModel();
    private final DashboardViewModel dashboard = new DashboardViewModel();
    private final WhyViewModel why = new WhyViewModel();
    private final AlertsViewModel alerts = new AlertsViewModel();
    private final List<Consumer<MetricsSnapshot>> snapshotListeners = new CopyOnWriteArrayList<>();
    private final List<SimClock.FrameListener> drawListeners = new CopyOnWriteArrayList<>();

    private final DoubleProperty rate = new SimpleDoubleProperty(this, "rate", 0);
    private final ReadOnlyIntegerWrapper generation =
            new ReadOnlyIntegerWrapper(this, "generation", 0);
    private final ReadOnlyObjectWrapper<List<String>> exposed = new ReadOnlyObjectWrapper<>(this, "exposed", List.of());
    private final ReadOnlyDoubleWrapper measuredRate = new ReadOnlyDoubleWrapper(this, "measuredRate", 0);
    private final ReadOnlyObjectWrapper<MetricsSnapshot> metrics = new ReadOnlyObjectWrapper<>(this, "metrics");
    private final ObjectProperty<RequestKind> sendKind = new SimpleObjectProperty<>(this, "sendKind", RequestKind.API_READ);
    private final ObjectProperty<String> sendOrigin = new SimpleObjectProperty<>(this, "sendOrigin");
    private final ObjectProperty<CacheForce> cacheForce = new SimpleObjectProperty<>(this, "cacheForce", CacheForce.NONE);

    private final DiagramListener diagramListener = new DiagramListener() {
        @Override
        public void nodeAdded(Node node) {
            structureChanged();
        }

        @Override
        public void nodeRemoved(Node node) {
            structureChanged();
        }

        @Override
        public void nodeChanged(Node before, Node after) {
            changed = true;
            if (!draggingRate && before.traffic() != null) {
                rate.set(sim.totalRate());
            }
        }

        @Override
        public void linkAdded(Link link) {
            structureChanged();
        }

        @Override
        public void linkRemoved(Link link) {
            structureChanged();
        }
    };

    private Simulation sim;
    private Diagram diagram;
    private boolean changed = true;
    private double sinceDashboard;
    private double sinceGlance;
    private int tracesPerSecond = 300;
    private boolean draggingRate;
    private boolean settingRate;

    public RunViewModel(EditorViewModel editor, FrameSource frames) {
        this.editor = editor;
        this.clock = new SimClock(frames);
        clock.addFrameListener(this::frame);
        follow(editor.history());
        editor.historyProperty().addListener((o, was, now) -> follow(now));
        rate.addListener((o, was, now) -> {
            if (!settingRate && sim != null) {
                sim.setTotalRate(now.doubleValue());
                sampleTraces(sim, now.doubleValue());
                changed = true;
            }
        });
        clock.speedProperty().addListener((o, was, now) -> narration.setPace(now == Speed.SLOW ? 0.6 : 1));
        clock.start();
    }

    private void follow(EditHistory history) {
        Diagram next = history.diagram();
        if (diagram != null) {
            diagram.removeListener(diagramListener);
        }
        diagram = next;
        diagram.addListener(diagramListener);
        if (sim == null) {
            sim = new Simulation(diagram, SEED);
        } else {
            sim.close();
            sim = new Simulation(diagram, SEED);
        }
        clock.setTarget(asAdvanceable(sim));
        sampleTraces(sim, sim.totalRate());
        flow.rebuild(diagram);
        flow.clear();
        why.clear();
        alerts.clear();
        generation.set(generation.get() + 1);
        settingRate = true;
        rate.set(sim.totalRate());
        settingRate = false;
        changed = true;
        refresh();
    }

    private static Advanceable asAdvanceable(Simulation s) {
        return new Advanceable() {
            @Override
            public void advanceBy(double seconds) {
                s.advanceBy(seconds);
            }

            @Override
            public double now() {
                return s.now();
            }
        };
    }

    private void structureChanged() {
        flow.rebuild(diagram);
        changed = true;
    }

    /** Starts the run again at time zero with the same diagram (queues, caches, metrics, down nodes reset). */
    public void restart() {
        double total = rate.get();
        sim.close();
        sim = new Simulation(diagram, SEED);
        sim.setTotalRate(total);
        sampleTraces(sim, total);
        clock.setTarget(asAdvanceable(sim));
        flow.clear();
        why.clear();
        alerts.clear();
        generation.set(generation.get() + 1);
        changed = true;
        refresh();
        editor.say("status.restarted");
    }

    private void frame(double wallSeconds, double simulatedSeconds) {
        narration.advance(wallSeconds);
        if (simulatedSeconds > 0) {
            flow.frame(sim, wallSeconds);
        }
        sinceDashboard += wallSeconds;
        sinceGlance += wallSeconds;
        if (changed || simulatedSeconds > 0 && (sinceGlance >= GLANCE_SECONDS || wallSeconds == 0)) {
            sinceGlance = 0;
            // The flow layer follows every frame; numbers on the dashboard change at most ten times a
            // second, which is as fast as anyone can read them (and spares layout work every frame).
            boolean readable = sinceDashboard >= DASHBOARD_SECONDS || changed || wallSeconds == 0;
            refresh(readable);
        }
        for (SimClock.FrameListener l : drawListeners) {
            l.frame(wallSeconds, simulatedSeconds);
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

    /** Traces about {@code tracesPerSecond} requests whatever the rate, so the sample costs the same at any traffic. */
    private void sampleTraces(Simulation s, double total) {
        s.setTraceSampling((int) Math.max(1, Math.round(total / tracesPerSecond)), tracesPerSecond, tracesPerSecond);
    }

    /** How many requests per second are traced for dots (more dots on screen need more). */
    public void setTracesPerSecond(int perSecond) {
        tracesPerSecond = Math.max(1, perSecond);
        sampleTraces(sim, rate.get());
    }

    /** Takes one snapshot now and hands it on (also used after a step or an edit while paused). */
    public void refresh() {
        refresh(true);
    }

    private void refresh(boolean dashboards) {
        changed = false;
        MetricsSnapshot m = sim.metrics();
        flow.refresh(m, diagram);
        if (!dashboards) {
            return;
        }
        sinceDashboard = 0;
        metrics.set(m);
        measuredRate.set(m.window().seconds() > 0 ? m.window().started() / m.window().seconds() : 0);
        dashboard.refresh(m, diagram);
        String before = why.bottleneckNodeProperty().get();
        why.refresh(m, diagram);
        String after = why.bottleneckNodeProperty().get();
        if (after != null && !after.equals(before)) {
            editor.say("status.why", diagram.node(after).map(Node::label).orElse(after));
        }
        List<String> nowExposed = sim.exposedDatabases();
        if (!nowExposed.equals(exposed.get())) {
            for (String db : nowExposed) {
                if (!exposed.get().contains(db)) {
                    editor.say("status.exposed", diagram.node(db).map(Node::label).orElse(db));
                }
            }
            exposed.set(List.copyOf(nowExposed));
        }
        for (var line : alerts.refresh(m, diagram)) {
            editor.say("status.alert", line.phrase());
        }
        for (Consumer<MetricsSnapshot> l : snapshotListeners) {
            l.accept(m);
        }
    }

    // ---------------------------------------------------------------- send one request

    /** Sends one request of the chosen kind from the first client and starts narrating it. */
    public RequestStory sendOne() {
        RequestKind kind = sendKind.get();
        String origin = origin(kind);
        if (origin == null) {
            editor.say("send.noClient");
            return null;
        }
        RequestStory story = sim.sendOne(kind, origin, cacheForce.get());
        StoryPhraser phraser = new StoryPhraser(id -> diagram.node(id).orElse(null));
        narration.start(kind, phraser.phrase(story));
        editor.say("status.sent." + kind.name());
        return story;
    }

    private String origin(RequestKind kind) {
        String chosen = sendOrigin.get();
        if (chosen != null && diagram.node(chosen).map(n -> n.kind().isOrigin()).orElse(false)) {
            return chosen;
        }
        String admin = null;
        for (Node node : diagram.nodes()) {
            if (node.kind() == NodeKind.CLIENT) {
                return node.id();
            }
            if (node.kind() == NodeKind.ADMIN && admin == null) {
                admin = node.id();
            }
        }
        return admin;
    }

    // ---------------------------------------------------------------- traffic

    /** The slider is being dragged (live rate only) or was let go (the rate becomes a document edit). */
    public void setDraggingRate(boolean dragging) {
        draggingRate = dragging;
        if (!dragging) {
            commitRate();
        }
    }

    /** Writes the live total rate into the clients' traffic settings as one undoable edit. */
    public void commitRate() {
        if (TrafficEdits.setTotalRate(editor, diagram, rate.get())) {
            sim.setTotalRate(rate.get());
        }
    }

    /** Sets the pattern of every client as one undoable edit. */
    public void setPattern(TrafficPattern pattern) {
        TrafficEdits.setPattern(editor, diagram, pattern);
    }

    /** Sets the share of reads among API reads and writes of every client, as one undoable edit. */
    public void setReadShare(double readShare) {
        TrafficEdits.setReadShare(editor, diagram, readShare);
    }

    /** Share of reads among API reads and writes of the first client. */
    public double readShare() {
        return TrafficEdits.readShare(diagram);
    }

    /** The pattern of the first client. */
    public TrafficPattern pattern() {
        return TrafficEdits.pattern(diagram);
    }

    // ---------------------------------------------------------------- run-time state

    /** Takes a node down or brings it back (run-time state: not an edit, not saved). */
    public void setDown(String nodeId, boolean down) {
        sim.setDown(nodeId, down);
        changed = true;
        String label = diagram.node(nodeId).map(Node::label).orElse(nodeId);
        editor.say(down ? "status.down" : "status.up", label);
        refresh();
    }

    public boolean isDown(String nodeId) {
        return diagram.contains(nodeId) && sim.isDown(nodeId);
    }

    // ---------------------------------------------------------------- accessors

    public SimClock clock() {
        return clock;
    }

    public Simulation simulation() {
        return sim;
    }

    public Diagram diagram() {
        return diagram;
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

    public WhyViewModel why() {
        return why;
    }

    public AlertsViewModel alerts() {
        return alerts;
    }

    public void addSnapshotListener(Consumer<MetricsSnapshot> listener) {
        snapshotListeners.add(listener);
    }

    public void removeSnapshotListener(Consumer<MetricsSnapshot> listener) {
        snapshotListeners.remove(listener);
    }

    /** Told after each frame's snapshot, to draw. */
    public void addDrawListener(SimClock.FrameListener listener) {
        drawListeners.add(listener);
    }

    public void removeDrawListener(SimClock.FrameListener listener) {
        drawListeners.remove(listener);
    }

    /** Total requests per second the clients are set to send (the slider). */
    public DoubleProperty rateProperty() {
        return rate;
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
        List<String> ids = new ArrayList<>();
        diagram.nodes().stream().filter(n -> n.kind() == NodeKind.CLIENT).forEach(n -> ids.add(n.id()));
        diagram.nodes().stream().filter(n -> n.kind() == NodeKind.ADMIN).forEach(n -> ids.add(n.id()));
        return ids;
    }

    public ObjectProperty<CacheForce> cacheForceProperty() {
        return cacheForce;
    }
}
