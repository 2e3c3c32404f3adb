package org.backendlab.ui.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.backendlab.model.Diagram;
import org.backendlab.model.Link;
import org.backendlab.model.LinkKind;
import org.backendlab.model.Node;
import org.backendlab.model.NodeKind;
import org.backendlab.model.edit.EditHistory;
import org.junit.jupiter.api.Test;

class LinkEditsTest {

    private final Link toApi1 = Link.calls("lb-1", "api-1");
    private final Link toApi2 = Link.calls("lb-1", "api-2");
    private final Diagram diagram = Diagram.of(List.of(
            Node.create("lb-1", NodeKind.LOAD_BALANCER, "LB", 0, 0),
            Node.create("api-1", NodeKind.API_SERVER, "A1", 0, 0),
            Node.create("api-2", NodeKind.API_SERVER, "A2", 0, 0)), List.of(toApi1, toApi2));

    @Test
    void aNewLatencyKeepsTheWireWhereItWasAndUndoPutsTheOldOneBack() {
        EditHistory history = new EditHistory(diagram);
        Link slower = new Link("lb-1", "api-1", LinkKind.CALLS, 40);
        history.perform(LinkEdits.replace(toApi1, slower));
        assertEquals(List.of(slower, toApi2), diagram.links());
        history.undo();
        assertEquals(List.of(toApi1, toApi2), diagram.links());
        history.redo();
        assertEquals(List.of(slower, toApi2), diagram.links());
    }

    @Test
    void aReplacementMustKeepTheEnds() {
        assertThrows(IllegalArgumentException.class, () -> LinkEdits.replace(toApi1, toApi2));
    }
}
