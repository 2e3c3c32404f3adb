package org.backendlab.ui.editor;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.collections.SetChangeListener;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;
import org.backendlab.model.Diagram;
import org.backendlab.model.DiagramListener;
import org.backendlab.model.Link;
import org.backendlab.model.Node;
import org.backendlab.model.NodeKind;
import org.backendlab.model.edit.EditHistory;
import org.backendlab.ui.i18n.Messages;

/**
 * The diagram canvas: one {@link NodeBox} per node and one {@link WireNode} per link, kept in step with
 * the diagram through its listener, and the mouse and keyboard gestures that edit it (move, connect,
 * select, rename, delete, zoom, pan). Edits go to the {@link EditorViewModel}.
 */
public final class DiagramView extends Region {

    private static final double DRAG_THRESHOLD = 4;
    private static final double FIT_MARGIN = 40;
    private static final double MAX_FIT_ZOOM = 1.5;
    private static final double ZOOM_STEP = 1.2;
    private static final double NUDGE = 10;

    private enum Gesture { NONE, MOVE, CONNECT, RUBBER_BAND, PAN }

    private final EditorViewModel vm;
    private final Messages messages;
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
    private final javafx.beans.value.ChangeListener<EditHistory> historyListener = (o, a, b) -> show(b);
    private Diagram shown;

    private Gesture gesture = Gesture.NONE;
    private Point2D pressView;
    private Point2D pressDiagram;
    private Point2D pressPan;
    private final Map<String, Point2D> moveStart = new HashMap<>();
    private boolean moved;
    private NodeBox pressedBox;
    private NodeBox dropTarget;
    private boolean spaceDown;
    private final InlineRename rename;

    public DiagramView(EditorViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
        setId("diagram-canvas");
        getStyleClass().add("diagram-canvas");
        setFocusTraversable(true);
        setAccessibleText(messages.text("canvas.accessible"));
        content.getChildren().addAll(wireLayer, nodeLayer, gestureLayer);
        Translate pan = new Translate();
        pan.xProperty().bind(vm.panXProperty());
        pan.yProperty().bind(vm.panYProperty());
        Scale scale = new Scale();
        scale.xProperty().bind(vm.zoomProperty());
        scale.yProperty().bind(vm.zoomProperty());
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

        addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        addEventHandler(KeyEvent.KEY_RELEASED, e -> {
            if (e.getCode() == KeyCode.SPACE) {
                spaceDown = false;
            }
        });
        vm.selectedNodes().addListener(selectionListener);
        vm.selectedLinks().addListener(selectionListener);
        vm.historyProperty().addListener(historyListener);
        show(vm.history());
    }

    /** The box showing a node, if the node is on the canvas. */
    public Optional<NodeBox> box(String nodeId) {
        return Optional.ofNullable(boxes.get(nodeId));
    }

    /** The wire showing a link, by the link's id (e.g. {@code api-1->db-1}). */
    public Optional<WireNode> wire(String linkId) {
        return Optional.ofNullable(wires.get(linkId));
    }

    /** Stops listening to the diagram; called when the window is rebuilt or closed. */
    public void dispose() {
        vm.selectedNodes().removeListener(selectionListener);
        vm.selectedLinks().removeListener(selectionListener);
        vm.historyProperty().removeListener(historyListener);
        if (shown != null) {
            shown.removeListener(listener);
        }
        shown = null;
    }

    // ---- viewport ----

    public void zoomIn() {
        vm.zoomAt(vm.zoomProperty().get() * ZOOM_STEP, getWidth() / 2, getHeight() / 2);
        sayZoom();
    }

    public void zoomOut() {
        vm.zoomAt(vm.zoomProperty().get() / ZOOM_STEP, getWidth() / 2, getHeight() / 2);
        sayZoom();
    }

    /** Zooms and pans so the whole diagram fits the canvas (never enlarging past 150%). */
    public void fitToView() {
        applyCss();
        layout();
        if (boxes.isEmpty() || getWidth() <= 0 || getHeight() <= 0) {
            vm.zoomProperty().set(1);
            vm.panXProperty().set(getWidth() / 2);
            vm.panYProperty().set(getHeight() / 2);
            return;
        }
        Viewport.fit(vm, boxes.values().stream().map(DiagramView::boxBounds).toList(), getWidth(), getHeight(),
                FIT_MARGIN, MAX_FIT_ZOOM);
    }

    /** Fits the diagram and says so in the status bar (the menu and toolbar command). */
    public void fitAndSay() {
        fitToView();
        vm.say("status.fit", Math.round(vm.zoomProperty().get() * 100));
    }

    private void sayZoom() {
        vm.say("status.zoom", Math.round(vm.zoomProperty().get() * 100));
    }

    // ---- adding from the palette ----

    /** Adds a node of a kind near the middle of what the canvas shows, on a free spot. */
    public String addAtCentre(NodeKind kind) {
        Point2D centre = vm.toDiagram(getWidth() / 2, getHeight() / 2);
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
        Point2D p = vm.toDiagram(local.getX(), local.getY());
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

    // ---- keeping the scene graph in step with the diagram ----

    private void show(EditHistory history) {
        rename.cancel();
        if (shown != null) {
            shown.removeListener(listener);
        }
        boxes.clear();
        wires.clear();
        nodeLayer.getChildren().clear();
        wireLayer.getChildren().clear();
        shown = history.diagram();
        shown.nodes().forEach(this::addBox);
        shown.links().forEach(this::addWire);
        shown.addListener(listener);
        refreshSelection();
        refreshEmptyHint();
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

    private static Bounds boxBounds(NodeBox box) {
        return new BoundingBox(box.getLayoutX(), box.getLayoutY(), box.getWidth(), box.getHeight());
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
        }

        @Override
        public void linkAdded(Link link) {
            addWire(link);
            refreshSelection();
        }

        @Override
        public void linkRemoved(Link link) {
            WireNode wire = wires.remove(link.id());
            if (wire != null) {
                wireLayer.getChildren().remove(wire);
            }
            Optional.ofNullable(wires.get(link.to() + "->" + link.from())).ifPresent(DiagramView.this::route);
        }
    }

    // ---- gestures ----

    private void pressed(MouseEvent e) {
        if (e.getTarget() instanceof javafx.scene.Node target && rename.owns(target)) {
            return; // clicks inside the name being typed belong to the text field
        }
        requestFocus(); // also commits an open rename, which loses focus
        pressView = new Point2D(e.getX(), e.getY());
        pressDiagram = vm.toDiagram(e.getX(), e.getY());
        moved = false;
        NodeBox box = picked(e, NodeBox.class);
        WireNode wire = box == null ? picked(e, WireNode.class) : null;
        if (e.getButton() == MouseButton.MIDDLE || e.getButton() == MouseButton.SECONDARY
                || (spaceDown && e.getButton() == MouseButton.PRIMARY)) {
            gesture = Gesture.PAN;
            pressPan = new Point2D(vm.panXProperty().get(), vm.panYProperty().get());
            getStyleClass().add("panning");
        } else if (e.getButton() != MouseButton.PRIMARY) {
            gesture = Gesture.NONE;
        } else if (box != null && e.getClickCount() == 2) {
            gesture = Gesture.NONE;
            startRename(box.getId());
        } else if (box != null && (e.isShiftDown() || e.getTarget() == box.connector())) {
            startConnect(box);
        } else if (box != null) {
            startMove(box, e.isShortcutDown());
        } else if (wire != null) {
            gesture = Gesture.NONE;
            if (e.isShortcutDown()) {
                if (!vm.selectedLinks().remove(wire.link().id())) {
                    vm.selectedLinks().add(wire.link().id());
                }
            } else {
                vm.selectLink(wire.link().id());
            }
        } else {
            gesture = Gesture.RUBBER_BAND;
            if (!e.isShortcutDown()) {
                vm.clearSelection();
            }
        }
        e.consume();
    }

    private void startConnect(NodeBox box) {
        gesture = Gesture.CONNECT;
        pressedBox = box;
        Bounds b = boxBounds(box);
        connectLine.setStartX(b.getCenterX());
        connectLine.setStartY(b.getCenterY());
        connectLine.setEndX(b.getCenterX());
        connectLine.setEndY(b.getCenterY());
        connectLine.setVisible(true);
        vm.say("status.connecting", box.node().label());
    }

    private void startMove(NodeBox box, boolean toggle) {
        gesture = Gesture.MOVE;
        pressedBox = box;
        String id = box.getId();
        if (toggle) {
            vm.toggle(id);
        } else if (!vm.selectedNodes().contains(id)) {
            vm.select(id);
        }
        moveStart.clear();
        for (String selected : vm.selectedNodes()) {
            vm.diagram().node(selected).ifPresent(n -> moveStart.put(selected, new Point2D(n.x(), n.y())));
        }
    }

    private void dragged(MouseEvent e) {
        if (gesture == Gesture.NONE) {
            return;
        }
        Point2D view = new Point2D(e.getX(), e.getY());
        if (!moved && view.distance(pressView == null ? view : pressView) < DRAG_THRESHOLD) {
            return;
        }
        moved = true;
        Point2D p = vm.toDiagram(e.getX(), e.getY());
        switch (gesture) {
            case MOVE -> {
                Point2D delta = p.subtract(pressDiagram);
                moveStart.forEach((id, start) -> {
                    NodeBox box = boxes.get(id);
                    if (box != null) {
                        box.showAt(start.getX() + delta.getX(), start.getY() + delta.getY());
                    }
                });
            }
            case CONNECT -> {
                connectLine.setEndX(p.getX());
                connectLine.setEndY(p.getY());
                setDropTarget(boxAtDiagram(p).filter(b -> b != pressedBox).orElse(null));
            }
            case RUBBER_BAND -> {
                rubberBand.setVisible(true);
                rubberBand.setX(Math.min(pressView.getX(), view.getX()));
                rubberBand.setY(Math.min(pressView.getY(), view.getY()));
                rubberBand.setWidth(Math.abs(view.getX() - pressView.getX()));
                rubberBand.setHeight(Math.abs(view.getY() - pressView.getY()));
            }
            case PAN -> {
                vm.panXProperty().set(pressPan.getX() + view.getX() - pressView.getX());
                vm.panYProperty().set(pressPan.getY() + view.getY() - pressView.getY());
            }
            default -> { }
        }
        e.consume();
    }

    private void released(MouseEvent e) {
        if (gesture == Gesture.NONE) {
            return;
        }
        Point2D p = vm.toDiagram(e.getX(), e.getY());
        switch (gesture) {
            case MOVE -> {
                if (moved) {
                    Point2D delta = p.subtract(pressDiagram);
                    Map<String, Point2D> centres = new LinkedHashMap<>();
                    moveStart.forEach((id, start) -> centres.put(id, start.add(delta)));
                    vm.moveNodes(centres);
                } else if (!e.isShortcutDown() && pressedBox != null) {
                    vm.select(pressedBox.getId());
                    vm.say("status.selected", pressedBox.node().label());
                }
            }
            case CONNECT -> {
                connectLine.setVisible(false);
                Optional<NodeBox> target = boxAtDiagram(p);
                setDropTarget(null);
                if (target.isPresent()) {
                    vm.connect(pressedBox.getId(), target.get().getId());
                } else {
                    vm.say("status.connectCancelled");
                }
            }
            case RUBBER_BAND -> {
                rubberBand.setVisible(false);
                if (moved) {
                    selectInside(pressDiagram, p, e.isShortcutDown());
                }
            }
            case PAN -> getStyleClass().remove("panning");
            default -> { }
        }
        gesture = Gesture.NONE;
        pressedBox = null;
        e.consume();
    }

    private void selectInside(Point2D a, Point2D b, boolean add) {
        Bounds band = new BoundingBox(Math.min(a.getX(), b.getX()), Math.min(a.getY(), b.getY()),
                Math.abs(a.getX() - b.getX()), Math.abs(a.getY() - b.getY()));
        Set<String> nodes = new LinkedHashSet<>(add ? vm.selectedNodes() : Set.of());
        boxes.forEach((id, box) -> {
            if (band.intersects(boxBounds(box))) {
                nodes.add(id);
            }
        });
        vm.selectOnly(nodes, add ? Set.copyOf(vm.selectedLinks()) : Set.of());
        vm.say("status.selectedMany", nodes.size());
    }

    private void setDropTarget(NodeBox box) {
        if (dropTarget != null) {
            dropTarget.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("drop-target"), false);
        }
        dropTarget = box;
        if (box != null) {
            box.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("drop-target"), true);
        }
    }

    private void scrolled(ScrollEvent e) {
        if (e.getDeltaY() == 0) {
            return;
        }
        double factor = Math.pow(1.0015, e.getDeltaY());
        vm.zoomAt(vm.zoomProperty().get() * factor, e.getX(), e.getY());
        e.consume();
    }

    private void keyPressed(KeyEvent e) {
        if (e.getTarget() instanceof TextField) {
            return;
        }
        switch (e.getCode()) {
            case DELETE, BACK_SPACE -> vm.deleteSelection();
            case F2 -> vm.singleSelection().ifPresent(n -> startRename(n.id()));
            case ESCAPE -> vm.clearSelection();
            case SPACE -> spaceDown = true;
            case LEFT -> nudge(-1, 0, e.isShiftDown());
            case RIGHT -> nudge(1, 0, e.isShiftDown());
            case UP -> nudge(0, -1, e.isShiftDown());
            case DOWN -> nudge(0, 1, e.isShiftDown());
            case EQUALS, PLUS, ADD -> {
                if (!e.isShortcutDown()) {
                    return;
                }
                zoomIn();
            }
            case MINUS, SUBTRACT -> {
                if (!e.isShortcutDown()) {
                    return;
                }
                zoomOut();
            }
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void nudge(int dx, int dy, boolean fine) {
        double step = fine ? 1 : NUDGE;
        Map<String, Point2D> centres = new LinkedHashMap<>();
        for (String id : vm.selectedNodes()) {
            vm.diagram().node(id).ifPresent(n -> centres.put(id, new Point2D(n.x() + dx * step, n.y() + dy * step)));
        }
        vm.moveNodes(centres);
    }

    /** The nearest ancestor of the picked node of a type (a box or a wire), or null. */
    private <T> T picked(MouseEvent e, Class<T> type) {
        for (javafx.scene.Node n = e.getPickResult().getIntersectedNode(); n != null && n != this; n = n.getParent()) {
            if (type.isInstance(n)) {
                return type.cast(n);
            }
        }
        return null;
    }

    private Optional<NodeBox> boxAtDiagram(Point2D p) {
        NodeBox found = null;
        for (NodeBox box : boxes.values()) {
            if (boxBounds(box).contains(p)) {
                found = box; // the last one is drawn on top
            }
        }
        return Optional.ofNullable(found);
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
