package org.backendlab.ui.editor;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javafx.collections.SetChangeListener;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;
import org.backendlab.model.Diagram;
import org.backendlab.model.DiagramListener;
import org.backendlab.model.Link;
import org.backendlab.model.LinkKind;
import org.backendlab.model.Node;
import org.backendlab.model.NodeKind;
import org.backendlab.ui.text.Messages;

/**
 * The diagram canvas: one {@link NodeBox} per node and one {@link WireNode} per link, kept in step with
 * the diagram through its listener. The mouse and keyboard gestures that edit it live in
 * {@link CanvasGestures}; edits go to the {@link EditorViewModel}.
 */
public final class DiagramView extends Region {

    private static final double FIT_MARGIN = 40;
    private static final double MAX_FIT_ZOOM = 1.5;
    private static final double ZOOM_STEP = 1.2;
    private static final double REVEAL_MARGIN = 20;

    private final EditorViewModel vm;
    private final Messages messages;
    private final Viewport viewport = new Viewport();
    private final boolean editable;
    private final Group content = new Group();
    private final Group wireLayer = new Group();
    private final Group nodeLayer = new Group();
    private final Group gestureLayer = new Group();
    private final Pane overlay = new Pane();
    private final Rectangle clip = new Rectangle();
    private final Rectangle rubberBand = new Rectangle();
    private final Line connectLine = new Line();
    private final Map<String, NodeBox> boxes = new LinkedHashMap<>();
    private final Map<String, WireNode> wires = new LinkedHashMap<>();
    private final DiagramListener listener = new Listener();
    private final PaletteGhost ghost;
    private final javafx.scene.control.Label emptyHint = new javafx.scene.control.Label();
    private final SetChangeListener<String> selectionListener = c -> refreshSelection();
    private final javafx.beans.value.ChangeListener<Diagram> historyListener = (o, a, b) -> show(b);
    private Diagram shown;
    private final InlineRename rename;

    /** The editing canvas of a document. */
    public DiagramView(EditorViewModel vm, Messages messages) {
        this(vm, messages, true);
    }

    /**
     * A view of the same document and run with no editing gestures (a projected window): it follows every
     * edit and the selection, and has its own zoom and pan.
     */
    public static DiagramView readOnly(EditorViewModel vm, Messages messages) {
        return new DiagramView(vm, messages, false);
    }

    private DiagramView(EditorViewModel vm, Messages messages, boolean editable) {
        this.vm = vm;
        this.messages = messages;
        this.editable = editable;
        setId("diagram-canvas");
        getStyleClass().add("diagram-canvas");
        setFocusTraversable(editable);
        setAccessibleText(messages.text("canvas.accessible"));
        content.getChildren().addAll(wireLayer, nodeLayer, gestureLayer);
        Translate pan = new Translate();
        pan.xProperty().bind(viewport.panXProperty());
        pan.yProperty().bind(viewport.panYProperty());
        Scale scale = new Scale();
        scale.xProperty().bind(viewport.zoomProperty());
        scale.yProperty().bind(viewport.zoomProperty());
        content.getTransforms().setAll(pan, scale);
        connectLine.getStyleClass().add("connect-preview");
        connectLine.setVisible(false);
        connectLine.setMouseTransparent(true);
        gestureLayer.getChildren().add(connectLine);
        rubberBand.getStyleClass().add("rubber-band");
        rubberBand.setVisible(false);
        rubberBand.setMouseTransparent(true);
        overlay.setPickOnBounds(false);
        ghost = new PaletteGhost(messages);
        rename = new InlineRename(overlay, vm, this::requestFocus);
        emptyHint.setText(messages.text("canvas.empty"));
        emptyHint.getStyleClass().add("canvas-empty-hint");
        emptyHint.setId("canvas-empty-hint");
        emptyHint.setWrapText(true);
        emptyHint.setMouseTransparent(true);
        overlay.getChildren().addAll(emptyHint, rubberBand, ghost);
        getChildren().addAll(content, overlay);
        setClip(clip);
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());

        if (editable) {
            new CanvasGestures(this, vm, rename, rubberBand, connectLine);
        }
        vm.selectedNodes().addListener(selectionListener);
        vm.selectedLinks().addListener(selectionListener);
        vm.diagramProperty().addListener(historyListener);
        show(vm.diagram());
    }

    /** This view's own zoom and pan. */
    public Viewport viewport() {
        return viewport;
    }

    /** False for a read-only view (no gestures change the document through it). */
    public boolean isEditable() {
        return editable;
    }

    /** The box showing a node, if the node is on the canvas. */
    public Optional<NodeBox> box(String nodeId) {
        return Optional.ofNullable(boxes.get(nodeId));
    }

    /** The boxes by node id, in the order they were added (for the gestures). */
    Map<String, NodeBox> boxes() {
        return boxes;
    }

    /** The wire showing a link, by the link's id (e.g. {@code api-1->db-1}). */
    public Optional<WireNode> wire(String linkId) {
        return Optional.ofNullable(wires.get(linkId));
    }

    /** Stops listening to the diagram; called when the window is rebuilt or closed. */
    public void dispose() {
        vm.selectedNodes().removeListener(selectionListener);
        vm.selectedLinks().removeListener(selectionListener);
        vm.diagramProperty().removeListener(historyListener);
        if (shown != null) {
            shown.removeListener(listener);
        }
        shown = null;
    }

    // ---- viewport ----

    public void zoomIn() {
        viewport.zoomAt(viewport.zoomProperty().get() * ZOOM_STEP, getWidth() / 2, getHeight() / 2);
        sayZoom();
    }

    public void zoomOut() {
        viewport.zoomAt(viewport.zoomProperty().get() / ZOOM_STEP, getWidth() / 2, getHeight() / 2);
        sayZoom();
    }

    private double maxFitZoom = MAX_FIT_ZOOM;
    private double fitMargin = FIT_MARGIN;

    /**
     * How far a fit may enlarge and the margin it keeps, px (a projected view fills the screen: it may
     * enlarge up to the viewport's limit and needs less margin).
     */
    public void setFit(double maxZoom, double margin) {
        maxFitZoom = maxZoom;
        fitMargin = margin;
    }

    /** Zooms and pans so the whole diagram fits the canvas (never enlarging past 150% unless set otherwise). */
    public void fitToView() {
        applyCss();
        layout();
        if (boxes.isEmpty() || getWidth() <= 0 || getHeight() <= 0) {
            viewport.zoomProperty().set(1);
            viewport.panXProperty().set(getWidth() / 2);
            viewport.panYProperty().set(getHeight() / 2);
            return;
        }
        viewport.fit(boxes.values().stream().map(DiagramView::boxBounds).toList(), getWidth(), getHeight(),
                fitMargin, maxFitZoom);
    }

    /** Fits the diagram and says so in the status bar (the menu and toolbar command). */
    public void fitAndSay() {
        fitToView();
        vm.say("status.fit", Math.round(viewport.zoomProperty().get() * 100));
    }

    private void sayZoom() {
        vm.say("status.zoom", Math.round(viewport.zoomProperty().get() * 100));
    }

    // ---- adding from the palette ----

    /** Adds a node of a kind near the middle of what the canvas shows, on a free spot. */
    public String addAtCentre(NodeKind kind) {
        Point2D centre = viewport.toDiagram(getWidth() / 2, getHeight() / 2);
        Point2D spot = centre;
        for (int i = 1; i < 40 && nodeNear(spot); i++) {
            spot = centre.add(30 * (i % 6), 30 * (i % 6) + 70 * (i / 6));
        }
        return vm.addNode(kind, messages.kindName(kind), spot.getX(), spot.getY());
    }

    /** Shows where a node dragged from the palette would land, or hides the preview off the canvas. */
    public void previewDrop(NodeKind kind, double sceneX, double sceneY) {
        Point2D local = sceneToLocal(sceneX, sceneY);
        if (local == null || !contains(local)) {
            ghost.setVisible(false);
            return;
        }
        ghost.show(kind, local);
    }

    /** Adds a node where a palette drag ended, if it ended on the canvas; returns the new id or null. */
    public String drop(NodeKind kind, double sceneX, double sceneY) {
        ghost.setVisible(false);
        Point2D local = sceneToLocal(sceneX, sceneY);
        if (local == null || !contains(local)) {
            return null;
        }
        Point2D p = viewport.toDiagram(local.getX(), local.getY());
        requestFocus();
        return vm.addNode(kind, messages.kindName(kind), p.getX(), p.getY());
    }

    private boolean nodeNear(Point2D p) {
        return vm.diagram().nodes().stream().anyMatch(n -> Math.abs(n.x() - p.getX()) < 60 && Math.abs(n.y() - p.getY()) < 40);
    }

    // ---- rename ----

    /** Opens an in-place editor on a node's label. */
    public void startRename(String nodeId) {
        NodeBox box = boxes.get(nodeId);
        if (box != null) {
            Bounds over = content.localToParent(nodeLayer.localToParent(boxBounds(box)));
            rename.start(nodeId, box.node().label(), over);
        }
    }

    // ---- keyboard selection ----

    /**
     * Selects the next (or previous) node in reading order and scrolls it into view; false past the last
     * (first) node, so that Tab can move on out of the canvas.
     */
    boolean selectNext(boolean forward) {
        Optional<String> next = TabOrder.next(TabOrder.of(vm.diagram().nodes()), vm.selectedNodes(), forward);
        next.ifPresent(id -> {
            vm.select(id);
            reveal(id);
            vm.diagram().node(id).ifPresent(n -> vm.say("status.selected", n.label()));
        });
        return next.isPresent();
    }

    /** Pans, if needed, just enough that a node's box is wholly on the canvas (with a small margin). */
    public void reveal(String nodeId) {
        NodeBox box = boxes.get(nodeId);
        if (box == null || getWidth() <= 0 || getHeight() <= 0) {
            return;
        }
        Bounds b = content.localToParent(nodeLayer.localToParent(boxBounds(box)));
        viewport.panXProperty().set(viewport.panXProperty().get() + shiftInto(b.getMinX(), b.getMaxX(), getWidth()));
        viewport.panYProperty().set(viewport.panYProperty().get() + shiftInto(b.getMinY(), b.getMaxY(), getHeight()));
    }

    /** The shift that brings [min, max] inside [margin, size - margin], keeping the start in view if too big. */
    private static double shiftInto(double min, double max, double size) {
        double shift = 0;
        if (max + REVEAL_MARGIN > size) {
            shift = size - REVEAL_MARGIN - max;
        }
        if (min + shift < REVEAL_MARGIN) {
            shift = REVEAL_MARGIN - min;
        }
        return shift;
    }

    // ---- keeping the scene graph in step with the diagram ----

    private void show(Diagram diagram) {
        rename.cancel();
        if (shown != null) {
            shown.removeListener(listener);
        }
        boxes.clear();
        wires.clear();
        nodeLayer.getChildren().clear();
        wireLayer.getChildren().clear();
        shown = diagram;
        shown.nodes().forEach(this::addBox);
        shown.links().forEach(this::addWire);
        shown.addListener(listener);
        refreshSelection();
        refreshEmptyHint();
        describeAll();
    }

    private void addBox(Node node) {
        NodeBox box = new NodeBox(node, messages);
        boxes.put(node.id(), box);
        nodeLayer.getChildren().add(box);
        Runnable reroute = () -> rerouteAround(node.id());
        box.layoutXProperty().addListener(o -> reroute.run());
        box.layoutYProperty().addListener(o -> reroute.run());
        box.widthProperty().addListener(o -> reroute.run());
        box.heightProperty().addListener(o -> reroute.run());
    }

    private void addWire(Link link) {
        WireNode wire = new WireNode(link);
        wires.put(link.id(), wire);
        wireLayer.getChildren().add(wire);
        route(wire);
        // A wire back the other way now needs its sideways offset too.
        Optional.ofNullable(wires.get(link.to() + "->" + link.from())).ifPresent(this::route);
    }

    private void rerouteAround(String nodeId) {
        for (WireNode wire : wires.values()) {
            if (wire.link().from().equals(nodeId) || wire.link().to().equals(nodeId)) {
                route(wire);
            }
        }
    }

    private void route(WireNode wire) {
        NodeBox from = boxes.get(wire.link().from());
        NodeBox to = boxes.get(wire.link().to());
        if (from == null || to == null) {
            return;
        }
        boolean twoWay = wires.containsKey(wire.link().to() + "->" + wire.link().from())
                && wire.link().kind() == org.backendlab.model.LinkKind.CALLS;
        wire.route(boxBounds(from), boxBounds(to), twoWay ? 7 : 0);
    }

    static Bounds boxBounds(NodeBox box) {
        return new BoundingBox(box.getLayoutX(), box.getLayoutY(), box.getWidth(), box.getHeight());
    }

    /** Keeps what a screen reader says in step: each node's wire count, each wire's two ends. */
    private void describeAll() {
        Map<String, Integer> counts = new HashMap<>();
        for (WireNode wire : wires.values()) {
            Link link = wire.link();
            counts.merge(link.from(), 1, Integer::sum);
            counts.merge(link.to(), 1, Integer::sum);
            String key = link.kind() == LinkKind.MONITORS ? "canvas.wire.accessible.monitors" : "canvas.wire.accessible";
            wire.setAccessibleText(messages.text(key, labelOf(link.from()), labelOf(link.to())));
        }
        boxes.forEach((id, box) -> box.setWireCount(counts.getOrDefault(id, 0)));
    }

    private String labelOf(String nodeId) {
        NodeBox box = boxes.get(nodeId);
        return box == null ? nodeId : box.node().label();
    }

    private void refreshEmptyHint() {
        emptyHint.setVisible(boxes.isEmpty());
    }

    private void refreshSelection() {
        boxes.forEach((id, box) -> box.setSelected(vm.selectedNodes().contains(id)));
        wires.forEach((id, wire) -> wire.setSelected(vm.selectedLinks().contains(id)));
    }

    private final class Listener implements DiagramListener {
        @Override
        public void nodeAdded(Node node) {
            addBox(node);
            refreshEmptyHint();
            describeAll();
        }

        @Override
        public void nodeRemoved(Node node) {
            NodeBox box = boxes.remove(node.id());
            if (box != null) {
                nodeLayer.getChildren().remove(box);
            }
            refreshEmptyHint();
        }

        @Override
        public void nodeChanged(Node before, Node after) {
            NodeBox box = boxes.get(after.id());
            if (box != null) {
                box.update(after);
            }
            describeAll();
        }

        @Override
        public void linkAdded(Link link) {
            addWire(link);
            refreshSelection();
            describeAll();
        }

        @Override
        public void linkRemoved(Link link) {
            WireNode wire = wires.remove(link.id());
            if (wire != null) {
                wireLayer.getChildren().remove(wire);
            }
            Optional.ofNullable(wires.get(link.to() + "->" + link.from())).ifPresent(DiagramView.this::route);
            describeAll();
        }
    }

    @Override
    protected void layoutChildren() {
        // Content is positioned by the viewport transforms; the overlay covers the canvas.
        overlay.resizeRelocate(0, 0, getWidth(), getHeight());
        double hintWidth = Math.min(Math.min(getWidth() - 40, 460), emptyHint.prefWidth(-1));
        double hintHeight = emptyHint.prefHeight(hintWidth);
        emptyHint.resizeRelocate((getWidth() - hintWidth) / 2, (getHeight() - hintHeight) / 2, hintWidth, hintHeight);
        for (javafx.scene.Node child : nodeLayer.getChildren()) {
            child.autosize();
        }
    }
}
