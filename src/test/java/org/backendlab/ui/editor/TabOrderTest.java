package org.backendlab.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.backendlab.model.Node;
import org.backendlab.model.NodeKind;
import org.junit.jupiter.api.Test;

class TabOrderTest {

    private static Node at(String id, double x, double y) {
        return Node.create(id, NodeKind.API_SERVER, id, x, y);
    }

    @Test
    void readsRowsTopToBottomAndLeftToRightWithinARow() {
        List<String> order = TabOrder.of(List.of(at("d", 100, 300), at("c", 700, 95), at("a", 100, 100),
                at("b", 400, 110), at("e", 400, 300)));
        assertEquals(List.of("a", "b", "c", "d", "e"), order);
    }

    @Test
    void stepsFromTheSelectionAndStopsAtTheEnds() {
        List<String> order = List.of("a", "b", "c");
        assertEquals(Optional.of("a"), TabOrder.next(order, Set.of(), true));
        assertEquals(Optional.of("c"), TabOrder.next(order, Set.of(), false));
        assertEquals(Optional.of("c"), TabOrder.next(order, Set.of("b"), true));
        assertEquals(Optional.of("a"), TabOrder.next(order, Set.of("b"), false));
        assertEquals(Optional.empty(), TabOrder.next(order, Set.of("c"), true));
        assertEquals(Optional.empty(), TabOrder.next(order, Set.of("a"), false));
        assertEquals(Optional.of("c"), TabOrder.next(order, Set.of("a", "b"), true));
        assertEquals(Optional.empty(), TabOrder.next(order, Set.of("a", "b"), false));
    }
}
