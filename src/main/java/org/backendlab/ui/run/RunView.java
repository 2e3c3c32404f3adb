package org.backendlab.ui.run;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.collections.ListChangeListener;
import javafx.event.EventHandler;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.CacheHint;
import javafx.scene.Scene;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.util.Subscription;
import org.backendlab.model.Node;
import org.backendlab.model.RequestKind;
import org.backendlab.ui.dashboard.AlertsViewModel;
import org.backendlab.ui.dashboard.DashboardView;
import org.backendlab.ui.editor.DiagramView;
import org.backendlab.ui.editor.EditorViewModel;
import org.backendlab.ui.editor.NodeBox;
import org.backendlab.ui.text.Messages;

/**
 * Puts the running side into the main window: time and send controls in the toolbar, the dot layer and
 * the narration over the canvas, traffic controls and the dashboard at the bottom. Draws the dot layer
 * once per frame. Built again with the window (language switch); the {@link RunViewModel} stays.
 */
public final class RunView {

    public static final String STYLESHEET = "/css/run.css";
    /** Dots on screen at most in the window (the benchmark uses more). */
    public static final int WINDOW_DOTS = 400;

    private final RunViewModel vm;
    private final DiagramView canvas;
    private final StackPane canvasHost;
    private DotLayer layer;
    private final NarrationView narration;
    private final TrafficBar traffic;
    private final DashboardView dashboard;
    private final StackPane dashboardHost;
    private Subscription drawing;
    private final Messages text;
    private final HBox toolbarBox;
    private final LiveSections live;
    private final TimeControls timeControls;
    private final double[] segment = new double[4];
    /** Numbers for the unlabelled load bars under a node, shown while the pointer is on them. */
    private final Tooltip glanceTip = new Tooltip();
    private final EventHandler<MouseEvent> glanceHover = this::hoverGlance;
    private final EventHandler<MouseEvent> glanceLeave = e -> glanceTip.hide();
    private boolean redraw = true;
    private final InvalidationListener redrawLater = o -> redraw = true;
    private final InvalidationListener freshRun = o -> {
        layer.clearDots();
        redraw = true;
    };
    private final Set<String> alerting = new HashSet<>();
    private final ListChangeListener<AlertsViewModel.AlertLine> alertListener =
            c -> {
                alerting.clear();
                c.getList().forEach(a -> alerting.add(a.node()));
            };

    public RunView(RunViewModel vm, DiagramView canvas, HBox toolbar, StackPane dashboardHost, Messages text) {
        this.vm = vm;
        this.canvas = canvas;
        this.dashboardHost = dashboardHost;
        this.canvasHost = (StackPane) canvas.getParent();
        this.text = text;
        this.toolbarBox = toolbar;
        timeControls = new TimeControls(vm, text, toolbar);

        layer = new DotLayer(WINDOW_DOTS);
        layer.setManaged(false);
        layer.widthProperty().bind(canvasHost.widthProperty());
        layer.heightProperty().bind(canvasHost.heightProperty());
        layer.setGeometry(geometry(canvas, vm.editor()));
        layer.setHitWords(p -> text.get("glance.hits", p));
        // The dot layer is redrawn every frame; keeping the diagram under it as a bitmap spares the software
        // renderer from drawing every node box and wire again each frame.
        canvas.setCache(true);
        canvas.setCacheHint(CacheHint.QUALITY);
        narration = new NarrationView(vm.narration(), text);
        canvasHost.getChildren().addAll(layer, narration);

        traffic = new TrafficBar(vm, text);
        dashboard = new DashboardView(vm.dashboard(), text);
        HBox bottom = new HBox(traffic, dashboard);
        bottom.getStyleClass().add("run-bottom");
        HBox.setHgrow(dashboard, Priority.ALWAYS);
        dashboardHost.getChildren().setAll(bottom);
        dashboardHost.setManaged(true);
        dashboardHost.setVisible(true);
        javafx.scene.Parent top = canvasHost;
        while (top.getParent() != null) {
            top = top.getParent();
        }
        if (!top.getStylesheets().contains(stylesheet())) {
            top.getStylesheets().add(stylesheet());
        }

        live = new LiveSections(vm, text);
        glanceTip.setId("glance-tip");
        canvasHost.addEventFilter(MouseEvent.MOUSE_MOVED, glanceHover);
        canvasHost.addEventFilter(MouseEvent.MOUSE_EXITED, glanceLeave);
        vm.dashboard().alerts().active().addListener(alertListener);
        vm.dashboard().alerts().active().forEach(a -> alerting.add(a.node()));
        toolbar.sceneProperty().addListener((o, was, scene) -> keys(scene));
        keys(toolbar.getScene());
        drawing = vm.onFrame(this::frame);
        for (Observable o : redrawTriggers()) {
            o.addListener(redrawLater);
        }
        vm.generationProperty().addListener(freshRun);
        frame(0, 0);
    }

    static String stylesheet() {
        return RunView.class.getResource(STYLESHEET).toExternalForm();
    }

    /** Node boxes from the canvas, with its zoom and pan. */
    static DiagramGeometry geometry(DiagramView canvas, EditorViewModel editor) {
        return new DiagramGeometry() {
            @Override
            public Bounds boundsOf(String nodeId) {
                NodeBox box = canvas.box(nodeId).orElse(null);
                if (box == null) {
                    return null;
                }
                return new BoundingBox(box.getLayoutX(), box.getLayoutY(), box.getWidth(), box.getHeight());
            }

            @Override
            public double zoom() {
                return canvas.viewport().zoomProperty().get();
            }

            @Override
            public double panX() {
                return canvas.viewport().panXProperty().get();
            }

            @Override
            public double panY() {
                return canvas.viewport().panYProperty().get();
            }
        };
    }

    /** Replaces the dot layer by one that holds up to {@code capacity} dots (the benchmark uses 1,000). */
    public void setDotCapacity(int capacity) {
        int at = canvasHost.getChildren().indexOf(layer);
        DotLayer fresh = new DotLayer(capacity);
        fresh.setManaged(false);
        fresh.widthProperty().bind(canvasHost.widthProperty());
        fresh.heightProperty().bind(canvasHost.heightProperty());
        fresh.setGeometry(geometry(canvas, vm.editor()));
        fresh.setHitWords(p -> text.get("glance.hits", p));
        canvasHost.getChildren().set(at, fresh);
        layer = fresh;
    }

    public DotLayer layer() {
        return layer;
    }

    /** The inspector's live part for the selected node. */
    public LiveSections liveSections() {
        return live;
    }

    public DashboardView dashboard() {
        return dashboard;
    }

    private void frame(double wallSeconds, double simulatedSeconds) {
        narration.tick(wallSeconds);
        if (narration.isVisible()) {
            placeNarration();
        }
        // A paused, quiet diagram is not drawn again: an idle window costs (almost) nothing.
        boolean moving = simulatedSeconds > 0 || vm.narration().activeProperty().get();
        if (!moving && !redraw) {
            return;
        }
        redraw = false;
        if (simulatedSeconds > 0) {
            layer.advance(wallSeconds);
            vm.flow().spawnInto(layer, (int) Math.ceil(layer.capacity() * wallSeconds / 1.5));
        }
        layer.setGlances(vm.flow().glances());
        layer.setWireLoads(vm.flow().wires());
        showFeatured();
        layer.draw();
    }

    private static final Pos[] CORNERS = {Pos.BOTTOM_LEFT, Pos.BOTTOM_RIGHT, Pos.TOP_RIGHT, Pos.TOP_LEFT};

    /** Puts the story panel in the canvas corner where it covers the fewest node boxes (ties: bottom left). */
    void placeNarration() {
        double w = canvasHost.getWidth();
        double h = canvasHost.getHeight();
        double pw = Math.min(narration.prefWidth(-1), w);
        double ph = Math.min(narration.prefHeight(pw), h);
        double margin = 12;
        Pos best = CORNERS[0];
        double fewest = Double.MAX_VALUE;
        java.util.List<Bounds> boxes = new java.util.ArrayList<>();
        for (Node node : vm.diagram().nodes()) {
            canvas.box(node.id()).ifPresent(box -> boxes.add(canvasHost.sceneToLocal(box.localToScene(box.getLayoutBounds()))));
        }
        for (Pos corner : CORNERS) {
            double x = corner.getHpos() == javafx.geometry.HPos.LEFT ? margin : w - pw - margin;
            double y = corner.getVpos() == javafx.geometry.VPos.TOP ? margin : h - ph - margin;
            double covered = 0; // boxes covered, then (as a fraction) how much of them
            for (Bounds b : boxes) {
                if (b != null && b.intersects(x, y, pw, ph)) {
                    double ox = Math.min(b.getMaxX(), x + pw) - Math.max(b.getMinX(), x);
                    double oy = Math.min(b.getMaxY(), y + ph) - Math.max(b.getMinY(), y);
                    covered += 1 + 0.99 * ox * oy / Math.max(1, b.getWidth() * b.getHeight());
                }
            }
            if (covered < fewest) {
                fewest = covered;
                best = corner;
            }
        }
        if (StackPane.getAlignment(narration) != best) {
            StackPane.setAlignment(narration, best);
        }
    }

    /** Places the narrated request's dot and its badges. */
    private void showFeatured() {
        NarrationViewModel n = vm.narration();
        layer.clearBadges();
        for (Node node : vm.diagram().nodes()) {
            String id = node.id();
            if (vm.isDown(id)) {
                layer.setBadge(id, badgeText("badge.down"));
            } else if (vm.exposedProperty().get().contains(id)) {
                layer.setBadge(id, badgeText("badge.exposed"));
            } else if (alerting.contains(id)) {
                layer.setBadge(id, badgeText("badge.alert"));
            }
        }
        NarrationLine move = n.lastMove();
        NarrationLine now = n.current();
        if (now == null || move == null) {
            layer.hideFeatured();
            return;
        }
        double t = now == move ? n.moveProgress() : 1;
        int segments = move.hops();
        int seg = Math.min(segments - 1, (int) Math.floor(t * segments));
        double local = t * segments - seg;
        Bounds a = layer.geometryBounds(move.way().get(seg));
        Bounds b = layer.geometryBounds(move.way().get(seg + 1));
        if (a == null || b == null) {
            layer.hideFeatured();
            return;
        }
        DotLayer.edgeSegment(a, b, segment, 0);
        // the narrated dot is drawn large: keep it a radius clear of both boxes so it never parks on a label
        double dx = segment[2] - segment[0];
        double dy = segment[3] - segment[1];
        double length = Math.hypot(dx, dy);
        double clear = DotShapes.DOT_RADIUS * 2.2 + 2;
        if (length > clear * 3) {
            segment[0] += dx / length * clear;
            segment[1] += dy / length * clear;
            segment[2] -= dx / length * clear;
            segment[3] -= dy / length * clear;
        }
        double x = segment[0] + (segment[2] - segment[0]) * local;
        double y = segment[1] + (segment[3] - segment[1]) * local;
        DotPath.End end = null;
        for (NarrationLine line : n.log()) {
            if (line.end() != null) {
                end = line.end();
                if (line.badgeNode() != null && end == DotPath.End.REFUSED) {
                    layer.setBadge(line.badgeNode(), badgeText("badge.refused"));
                }
            }
            if (line.warning() && line.badgeNode() != null) {
                layer.setBadge(line.badgeNode(), badgeText("badge.exposed"));
            }
        }
        RequestKind kind = n.kind();
        layer.showFeatured(x, y, kind, move.mark(), end);
    }

    private String badgeText(String key) {
        return text.get(key);
    }

    /** F5 play/pause, F6 step, F7 send a request: the classroom drives the run from the keyboard. */
    private void keys(Scene scene) {
        if (scene == null) {
            return;
        }
        var keys = scene.getAccelerators();
        keys.put(new KeyCodeCombination(KeyCode.F5), vm::togglePlaying);
        keys.put(new KeyCodeCombination(KeyCode.F6), vm::step);
        keys.put(new KeyCodeCombination(KeyCode.F7), vm::sendOne);
    }

    private List<Observable> redrawTriggers() {
        EditorViewModel editor = vm.editor();
        return List.of(canvas.viewport().zoomProperty(), canvas.viewport().panXProperty(), canvas.viewport().panYProperty(),
                editor.revisionProperty(), vm.metricsProperty(), vm.exposedProperty(), vm.narration().captionProperty(),
                vm.narration().activeProperty(), canvasHost.widthProperty(), canvasHost.heightProperty());
    }

    private void hoverGlance(MouseEvent e) {
        javafx.geometry.Point2D at = layer.sceneToLocal(e.getSceneX(), e.getSceneY());
        NodeGlance g = at == null ? null : layer.glanceAt(at.getX(), at.getY());
        if (g == null) {
            glanceTip.hide();
            return;
        }
        String words = glanceWords(g);
        if (!words.equals(glanceTip.getText())) {
            glanceTip.setText(words);
        }
        if (!glanceTip.isShowing()) {
            glanceTip.show(canvasHost, e.getScreenX() + 14, e.getScreenY() + 14);
        }
    }

    /** "API server 1 / CPU 64% · threads 16% · queue 0 of 50 / Click the box ..." for one node's bars. */
    String glanceWords(NodeGlance g) {
        String name = vm.diagram().node(g.id).map(Node::label).orElse(g.id);
        String load = text.get("glance.tip", org.backendlab.ui.text.Numbers.percent(g.cpu),
                org.backendlab.ui.text.Numbers.percent(g.threads), g.queue, g.queueCapacity);
        if (g.hitPercent >= 0) {
            load += text.get("glance.tip.hits", g.hitPercent);
        }
        return name + "\n" + load + "\n" + text.get("glance.tip.more");
    }

    public void dispose() {
        canvasHost.removeEventFilter(MouseEvent.MOUSE_MOVED, glanceHover);
        canvasHost.removeEventFilter(MouseEvent.MOUSE_EXITED, glanceLeave);
        glanceTip.hide();
        for (Observable o : redrawTriggers()) {
            o.removeListener(redrawLater);
        }
        vm.dashboard().alerts().active().removeListener(alertListener);
        vm.generationProperty().removeListener(freshRun);
        drawing.unsubscribe();
        narration.dispose();
        timeControls.dispose();
        traffic.dispose();
        dashboard.dispose();
        live.dispose();
        canvasHost.getChildren().removeAll(layer, narration);
    }
}
