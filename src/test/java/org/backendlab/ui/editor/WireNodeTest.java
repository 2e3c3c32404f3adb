package org.backendlab.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.BoundingBox;
import javafx.geometry.Point2D;
import org.backendlab.model.Link;
import org.junit.jupiter.api.Test;

/** Wire geometry: wires start and end at node borders, never under a node. */
class WireNodeTest {

    private final BoundingBox left = new BoundingBox(0, 0, 100, 40);
    private final BoundingBox right = new BoundingBox(300, 100, 100, 40);

    @Test
    void exitDistanceReachesTheBorder() {
        assertEquals(50, WireNode.exitDistance(left, new Point2D(1, 0)), 1e-9);
        assertEquals(20, WireNode.exitDistance(left, new Point2D(0, 1)), 1e-9);
        Point2D diagonal = new Point2D(1, 1).normalize();
        assertEquals(20 * Math.sqrt(2), WireNode.exitDistance(left, diagonal), 1e-9);
    }

    @Test
    void wireEndsOutsideBothBoxes() {
        WireNode wire = new WireNode(Link.calls("a", "b"));
        wire.route(left, right, 0);
        assertTrue(!left.contains(wire.start()), "starts under the caller: " + wire.start());
        assertTrue(!right.contains(wire.end()), "ends under the callee: " + wire.end());
        assertEquals("wire:a->b", wire.getId());
    }

    @Test
    void twoWayWiresAreOffsetApart() {
        WireNode there = new WireNode(Link.calls("a", "b"));
        WireNode back = new WireNode(Link.calls("b", "a"));
        there.route(left, right, 7);
        back.route(right, left, 7);
        assertTrue(there.start().distance(back.end()) > 10);
    }
}
