package org.backendlab.ui.editor;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.AccessibleRole;
import javafx.scene.Group;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import org.backendlab.model.Link;
import org.backendlab.model.LinkKind;

/**
 * One wire on the canvas: a line from the border of one node to the border of the other with an arrowhead
 * at the callee (or watched node). Monitoring wires are dashed. Its id is {@code wire:} + the link id.
 */
public final class WireNode extends Group {

    public static final String ID_PREFIX = "wire:";
    private static final double ARROW_LENGTH = 12;
    private static final double ARROW_HALF_WIDTH = 6;
    private static final double GAP = 3;

    private final Link link;
    private final Line line = new Line();
    private final Line hit = new Line();
    private final Polygon arrow = new Polygon();

    WireNode(Link link) {
        this.link = link;
        setId(ID_PREFIX + link.id());
        getStyleClass().addAll("wire", link.kind() == LinkKind.MONITORS ? "wire-monitors" : "wire-calls");
        line.getStyleClass().add("wire-line");
        hit.getStyleClass().add("wire-hit");
        arrow.getStyleClass().add("wire-arrow");
        getChildren().addAll(hit, line, arrow);
        setAccessibleRole(AccessibleRole.TEXT);
    }

    public Link link() {
        return link;
    }

    /** The visible end points, in diagram coordinates (for tests and hit checks). */
    public Point2D start() {
        return new Point2D(line.getStartX(), line.getStartY());
    }

    public Point2D end() {
        return new Point2D(line.getEndX(), line.getEndY());
    }

    void setSelected(boolean selected) {
        pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("selected"), selected);
    }

    /**
     * Lays the wire between two node boxes; {@code offset} shifts it sideways so that two wires between the
     * same pair (one each way) stay apart.
     */
    void route(Bounds from, Bounds to, double offset) {
        Point2D a = new Point2D(from.getCenterX(), from.getCenterY());
        Point2D b = new Point2D(to.getCenterX(), to.getCenterY());
        Point2D dir = b.subtract(a);
        if (dir.magnitude() < 1e-6) {
            setVisible(false);
            return;
        }
        setVisible(true);
        Point2D unit = dir.normalize();
        Point2D normal = new Point2D(-unit.getY(), unit.getX()).multiply(offset);
        a = a.add(normal);
        b = b.add(normal);
        Point2D start = a.add(unit.multiply(exitDistance(from, unit) + GAP));
        Point2D tip = b.subtract(unit.multiply(exitDistance(to, unit) + GAP));
        if (tip.subtract(start).dotProduct(unit) <= ARROW_LENGTH) {
            // The boxes overlap or nearly touch: draw a short stub instead of a wire under the nodes.
            tip = start.add(unit.multiply(ARROW_LENGTH + 1));
        }
        Point2D base = tip.subtract(unit.multiply(ARROW_LENGTH));
        Point2D side = new Point2D(-unit.getY(), unit.getX()).multiply(ARROW_HALF_WIDTH);
        for (Line l : new Line[] {line, hit}) {
            l.setStartX(start.getX());
            l.setStartY(start.getY());
            l.setEndX(base.getX());
            l.setEndY(base.getY());
        }
        arrow.getPoints().setAll(tip.getX(), tip.getY(),
                base.getX() + side.getX(), base.getY() + side.getY(),
                base.getX() - side.getX(), base.getY() - side.getY());
    }

    /** Distance from a box's centre to its border along a unit direction. */
    static double exitDistance(Bounds box, Point2D unit) {
        double halfW = box.getWidth() / 2;
        double halfH = box.getHeight() / 2;
        double tx = Math.abs(unit.getX()) < 1e-9 ? Double.POSITIVE_INFINITY : halfW / Math.abs(unit.getX());
        double ty = Math.abs(unit.getY()) < 1e-9 ? Double.POSITIVE_INFINITY : halfH / Math.abs(unit.getY());
        return Math.min(tx, ty);
    }
}
