package org.backendlab.ui.run;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.collections.ListChangeListener;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.CacheHint;
import javafx.scene.layout.StackPane;
import javafx.util.Subscription;
import org.backendlab.model.Node;
import org.backendlab.model.RequestKind;
import org.backendlab.ui.dashboard.AlertsViewModel;
import org.backendlab.ui.editor.DiagramView;
import org.backendlab.ui.editor.EditorViewModel;
import org.backendlab.ui.editor.NodeBox;
import org.backendlab.ui.text.Messages;

/**
 * The run drawn over one diagram view: the dot layer (dots, load bars, badges, the narrated request) and
 * the narration of the request in flight, redrawn once per frame. The main window and the projected
 * window each put one over their own {@link DiagramView} of the same run; the view must sit in a
 * StackPane, which the overlay shares.
 */
public final class RunOverlay {

    private final RunViewModel vm;
    private final DiagramView canvas;
    private final StackPane host;
    private final Messages text;
    private DotLayer layer;
    private final NarrationView narration;
    private final Subscription drawing;
    private final double[] segment = new double[4];
    private boolean redraw = true;
    private final InvalidationListener redrawLater = o -> redraw = true;
    private final InvalidationListener freshRun = o -> {
        layer.clearDots();
        redraw = true;
    };
    private final Set<String> alerting = new HashSet<>();
    private final ListChangeListener<AlertsViewModel.AlertLine> alertListener = c -> {
        alerting.clear();
        c.getList().forEach(a -> alerting.add(a.node()));
    };

    /**
     * @param captionOnly true for a projected window: the narration shows only its caption, big, with no
     *                    log and no close button
     */
    public RunOverlay(RunViewModel vm, DiagramView canvas, Messages text, int dots, boolean captionOnly) {
        this.vm = vm;
        this.canvas = canvas;
        this.host = (StackPane) canvas.getParent();
        this.text = text;
        layer = newLayer(dots);
        // The dot layer is redrawn every frame; keeping the diagram under it as a bitmap spares the software
        // renderer from drawing every node box and wire again each frame.
        canvas.setCache(true);
        canvas.setCacheHint(CacheHint.QUALITY);
        narration = new NarrationView(vm.narration(), text, captionOnly);
        host.getChildren().addAll(layer, narration);
        vm.dashboard().alerts().active().addListener(alertListener);
        vm.dashboard().alerts().active().forEach(a -> alerting.add(a.node()));
        for (Observable o : redrawTriggers()) {
            o.addListener(redrawLater);
        }
        vm.generationProperty().addListener(freshRun);
        drawing = vm.onFrame(this::frame);
        frame(0, 0);
    }

    private DotLayer newLayer(int capacity) {
        DotLayer fresh = new DotLayer(capacity);
        fresh.setManaged(false);
        fresh.widthProperty().bind(host.widthProperty());
        fresh.heightProperty().bind(host.heightProperty());
        fresh.setGeometry(geometry(canvas));
        fresh.setHitWords(p -> text.get("glance.hits", p));
        return fresh;
    }

    /** Node boxes from a canvas, with its own zoom and pan (every view that draws dots over a diagram). */
    public static DiagramGeometry geometry(DiagramView canvas) {
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
        int at = host.getChildren().indexOf(layer);
        DotLayer fresh = newLayer(capacity);
        host.getChildren().set(at, fresh);
        layer = fresh;
    }

    public DotLayer layer() {
        return layer;
    }

    /** Draws the next frame even if nothing moved (a theme or size change). */
    public void redrawSoon() {
        redraw = true;
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
        double w = host.getWidth();
        double h = host.getHeight();
        double pw = Math.min(narration.prefWidth(-1), w);
        double ph = Math.min(narration.prefHeight(pw), h);
        double margin = 12;
        Pos best = CORNERS[0];
        double fewest = Double.MAX_VALUE;
        List<Bounds> boxes = new ArrayList<>();
        for (Node node : vm.diagram().nodes()) {
            canvas.box(node.id()).ifPresent(box -> boxes.add(host.sceneToLocal(box.localToScene(box.getLayoutBounds()))));
        }
        for (Pos corner : CORNERS) {
            double x = corner.getHpos() == HPos.LEFT ? margin : w - pw - margin;
            double y = corner.getVpos() == VPos.TOP ? margin : h - ph - margin;
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
                layer.setBadge(id, text.get("badge.down"));
            } else if (vm.exposedProperty().get().contains(id)) {
                layer.setBadge(id, text.get("badge.exposed"));
            } else if (alerting.contains(id)) {
                layer.setBadge(id, text.get("badge.alert"));
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
        double clear = DotShapes.radius() * 2.2 + 2;
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
                    layer.setBadge(line.badgeNode(), text.get("badge.refused"));
                }
            }
            if (line.warning() && line.badgeNode() != null) {
                layer.setBadge(line.badgeNode(), text.get("badge.exposed"));
            }
        }
        RequestKind kind = n.kind();
        layer.showFeatured(x, y, kind, move.mark(), end);
    }

    private List<Observable> redrawTriggers() {
        EditorViewModel editor = vm.editor();
        return List.of(canvas.viewport().zoomProperty(), canvas.viewport().panXProperty(), canvas.viewport().panYProperty(),
                editor.revisionProperty(), vm.metricsProperty(), vm.exposedProperty(), vm.narration().captionProperty(),
                vm.narration().activeProperty(), host.widthProperty(), host.heightProperty(),
                org.backendlab.ui.widgets.CanvasTheme.currentProperty());
    }

    /** Releases everything held on the run view-model and the theme, and leaves the canvas's host. */
    public void dispose() {
        for (Observable o : redrawTriggers()) {
            o.removeListener(redrawLater);
        }
        vm.dashboard().alerts().active().removeListener(alertListener);
        vm.generationProperty().removeListener(freshRun);
        drawing.unsubscribe();
        narration.dispose();
        host.getChildren().removeAll(layer, narration);
    }
}
