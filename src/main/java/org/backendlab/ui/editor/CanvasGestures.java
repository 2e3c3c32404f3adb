package org.backendlab.ui.editor;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;

/**
 * The mouse and keyboard gestures on the {@link DiagramView}: move, connect, rubber-band select, pan, zoom,
 * nudge, rename (F2 or Enter), delete, and Tab / Shift+Tab / Escape to walk or clear the selection. It
 * listens on the canvas and sends edits to the {@link EditorViewModel}; the canvas keeps drawing.
 */
final class CanvasGestures {

    private static final double DRAG_THRESHOLD = 4;
    private static final double NUDGE = 10;

    private enum Gesture { NONE, MOVE, CONNECT, RUBBER_BAND, PAN }

    private final DiagramView canvas;
    private final EditorViewModel vm;
    private final InlineRename rename;
    private final Rectangle rubberBand;
    private final Line connectLine;

    private Gesture gesture = Gesture.NONE;
    private Point2D pressView;
    private Point2D pressDiagram;
    private Point2D pressPan;
    private final Map<String, Point2D> moveStart = new HashMap<>();
    private boolean moved;
    private NodeBox pressedBox;
    private NodeBox dropTarget;
    private boolean spaceDown;

    CanvasGestures(DiagramView canvas, EditorViewModel vm, InlineRename rename, Rectangle rubberBand, Line connectLine) {
        this.canvas = canvas;
        this.vm = vm;
        this.rename = rename;
        this.rubberBand = rubberBand;
        this.connectLine = connectLine;
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        canvas.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        canvas.addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        canvas.addEventHandler(KeyEvent.KEY_RELEASED, e -> {
            if (e.getCode() == KeyCode.SPACE) {
                spaceDown = false;
            }
        });
    }

    private void pressed(MouseEvent e) {
        if (e.getTarget() instanceof javafx.scene.Node target && rename.owns(target)) {
            return; // clicks inside the name being typed belong to the text field
        }
        canvas.requestFocus(); // also commits an open rename, which loses focus
        pressView = new Point2D(e.getX(), e.getY());
        pressDiagram = canvas.viewport().toDiagram(e.getX(), e.getY());
        moved = false;
        NodeBox box = picked(e, NodeBox.class);
        WireNode wire = box == null ? picked(e, WireNode.class) : null;
        if (e.getButton() == MouseButton.MIDDLE || e.getButton() == MouseButton.SECONDARY
                || (spaceDown && e.getButton() == MouseButton.PRIMARY)) {
            gesture = Gesture.PAN;
            pressPan = new Point2D(canvas.viewport().panXProperty().get(), canvas.viewport().panYProperty().get());
            canvas.getStyleClass().add("panning");
        } else if (e.getButton() != MouseButton.PRIMARY) {
            gesture = Gesture.NONE;
        } else if (box != null && e.getClickCount() == 2) {
            gesture = Gesture.NONE;
            canvas.startRename(box.getId());
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
        Bounds b = DiagramView.boxBounds(box);
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
        Point2D p = canvas.viewport().toDiagram(e.getX(), e.getY());
        switch (gesture) {
            case MOVE -> {
                Point2D delta = p.subtract(pressDiagram);
                moveStart.forEach((id, start) -> {
                    NodeBox box = canvas.boxes().get(id);
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
                canvas.viewport().panXProperty().set(pressPan.getX() + view.getX() - pressView.getX());
                canvas.viewport().panYProperty().set(pressPan.getY() + view.getY() - pressView.getY());
            }
            default -> { }
        }
        e.consume();
    }

    private void released(MouseEvent e) {
        if (gesture == Gesture.NONE) {
            return;
        }
        Point2D p = canvas.viewport().toDiagram(e.getX(), e.getY());
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
            case PAN -> canvas.getStyleClass().remove("panning");
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
        canvas.boxes().forEach((id, box) -> {
            if (band.intersects(DiagramView.boxBounds(box))) {
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
        canvas.viewport().zoomAt(canvas.viewport().zoomProperty().get() * factor, e.getX(), e.getY());
        e.consume();
    }

    private void keyPressed(KeyEvent e) {
        if (e.getTarget() instanceof TextField) {
            return;
        }
        switch (e.getCode()) {
            case DELETE, BACK_SPACE -> vm.deleteSelection();
            case F2 -> vm.singleSelection().ifPresent(n -> canvas.startRename(n.id()));
            case ENTER -> {
                if (vm.singleSelection().isEmpty()) {
                    return;
                }
                canvas.startRename(vm.singleSelection().get().id());
            }
            case TAB -> {
                // Past the last (first) node the Tab is not used, so focus moves on out of the canvas.
                if (e.isShortcutDown() || e.isAltDown() || !canvas.selectNext(!e.isShiftDown())) {
                    return;
                }
            }
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
                canvas.zoomIn();
            }
            case MINUS, SUBTRACT -> {
                if (!e.isShortcutDown()) {
                    return;
                }
                canvas.zoomOut();
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
        for (javafx.scene.Node n = e.getPickResult().getIntersectedNode(); n != null && n != canvas; n = n.getParent()) {
            if (type.isInstance(n)) {
                return type.cast(n);
            }
        }
        return null;
    }

    private Optional<NodeBox> boxAtDiagram(Point2D p) {
        NodeBox found = null;
        for (NodeBox box : canvas.boxes().values()) {
            if (DiagramView.boxBounds(box).contains(p)) {
                found = box; // the last one is drawn on top
            }
        }
        return Optional.ofNullable(found);
    }
}
