package org.backendlab.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.backendlab.model.Diagram;
import org.backendlab.model.EditRefusedException;
import org.backendlab.model.Link;
import org.backendlab.model.Node;
import org.backendlab.model.NodeKind;
import org.backendlab.model.edit.Edits;
import org.junit.jupiter.api.Test;

/** The one gateway: observable changes, and compound edits that are all or nothing. */
class DocumentTest {

    private static Diagram clientAndApi() {
        return Diagram.of(List.of(Node.create("client-1", NodeKind.CLIENT, "Client", 0, 0),
                Node.create("api-1", NodeKind.API_SERVER, "API", 200, 0)), List.of());
    }

    private static List<DocumentChange> changesOf(Document doc) {
        List<DocumentChange> seen = new ArrayList<>();
        doc.addListener(new DocumentListener() {
            @Override
            public void changed(DocumentChange change) {
                seen.add(change);
            }
        });
        return seen;
    }

    @Test
    void aCompoundEditRefusedHalfwayChangesNothingAndIsNotUndoable() {
        Document doc = new Document(clientAndApi());
        List<DocumentChange> seen = changesOf(doc);
        Node cache = Node.create("cache-1", NodeKind.CACHE, "Cache", 100, 100);
        // the second part is refused: a wire into a client
        var compound = Edits.all(List.of(Edits.addNode(cache), Edits.addLink(Link.calls("api-1", "client-1"))));

        assertThrows(EditRefusedException.class, () -> doc.perform(compound));

        assertFalse(doc.diagram().contains("cache-1"), "the first part must not stay applied");
        assertEquals(0, doc.diagram().links().size());
        assertFalse(doc.canUndo());
        assertFalse(doc.isDirty());
        assertTrue(seen.isEmpty(), "observers must not see a half-applied edit");
    }

    @Test
    void observersSeeWhatTheLearnerBuilt() {
        Document doc = new Document(clientAndApi());
        List<DocumentChange> seen = changesOf(doc);
        Node cache = Node.create("cache-1", NodeKind.CACHE, "Cache", 100, 100);
        doc.perform(Edits.all(List.of(Edits.addNode(cache), Edits.addLink(Link.calls("api-1", "cache-1")))));
        doc.undo();

        assertEquals(2, seen.size());
        assertEquals(List.of(new DocumentChange.NodeAdded(cache), new DocumentChange.LinkAdded(Link.calls("api-1", "cache-1"))),
                seen.get(0).parts());
        assertEquals(DocumentChange.Source.UNDO, seen.get(1).source());
        assertFalse(doc.diagram().contains("cache-1"));
    }

    @Test
    void releasedListenersAreNotToldAnyMore() {
        Document doc = new Document(clientAndApi());
        int[] told = {0};
        Subscription s = doc.addListener(new DocumentListener() {
            @Override
            public void historyChanged() {
                told[0]++;
            }
        });
        doc.perform(Edits.addNode(Node.create("db-1", NodeKind.DATABASE, "DB", 0, 100)));
        s.unsubscribe();
        doc.undo();
        assertEquals(1, told[0]);
        assertEquals(0, doc.listenerCount());
    }
}
