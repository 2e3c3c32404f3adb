package org.backendlab.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.geometry.Point2D;
import org.backendlab.model.Diagram;
import org.backendlab.model.Link;
import org.backendlab.model.LinkKind;
import org.backendlab.model.Node;
import org.backendlab.model.NodeKind;
import org.junit.jupiter.api.Test;

/** The editor's view-model, with no window: every edit is undoable and refusals are explained. */
class EditorViewModelTest {

    private final EditorViewModel vm = new EditorViewModel(Diagram.of(List.of(
            Node.create("client-1", NodeKind.CLIENT, "Client", 0, 0),
            Node.create("api-1", NodeKind.API_SERVER, "API", 200, 0),
            Node.create("db-1", NodeKind.DATABASE, "DB", 400, 0),
            Node.create("monitor-1", NodeKind.MONITORING, "Monitor", 400, 200)), List.of()));

    @Test
    void addingANodeSelectsItAndCanBeUndone() {
        String id = vm.addNode(NodeKind.CACHE, "Cache", 10, 20);
        assertEquals("cache-1", id);
        assertEquals(Set.of("cache-1"), vm.selectedNodes());
        assertTrue(vm.isDirty());
        vm.undo();
        assertFalse(vm.diagram().contains("cache-1"));
        assertTrue(vm.selectedNodes().isEmpty());
        assertFalse(vm.isDirty());
    }

    @Test
    void aSecondNodeOfTheSameNameGetsANumber() {
        vm.addNode(NodeKind.API_SERVER, "API", 0, 0);
        assertEquals("API 2", vm.diagram().require("api-2").label());
    }

    @Test
    void connectingFromMonitoringMakesAMonitorsLink() {
        assertTrue(vm.connect("monitor-1", "db-1"));
        assertEquals(LinkKind.MONITORS, vm.diagram().links().get(0).kind());
    }

    @Test
    void connectingOtherNodesMakesACallsLink() {
        assertTrue(vm.connect("api-1", "db-1"));
        assertEquals(List.of(Link.calls("api-1", "db-1")), vm.diagram().links());
    }

    @Test
    void connectSelectionWiresTheFirstSelectedToTheSecond() {
        vm.select("api-1");
        vm.toggle("db-1");
        assertTrue(vm.connectSelection());
        assertEquals(List.of(Link.calls("api-1", "db-1")), vm.diagram().links());
    }

    @Test
    void connectSelectionNeedsExactlyTwoNodes() {
        vm.select("api-1");
        assertFalse(vm.connectSelection());
        assertEquals("status.selectTwoToConnect", vm.statusProperty().get().key());
    }

    @Test
    void aRefusedWireLeavesTheDiagramAndSaysWhy() {
        assertFalse(vm.connect("api-1", "client-1"));
        assertTrue(vm.diagram().links().isEmpty());
        assertEquals("refusal.CALLS_INTO_ORIGIN", vm.statusProperty().get().key());
        assertFalse(vm.canUndoProperty().get());
    }

    @Test
    void aDuplicateWireIsRefused() {
        vm.connect("api-1", "db-1");
        assertFalse(vm.connect("api-1", "db-1"));
        assertEquals("refusal.DUPLICATE_LINK", vm.statusProperty().get().key());
    }

    @Test
    void deletingANodeTakesItsWiresAndUndoBringsThemBack() {
        vm.connect("client-1", "api-1");
        vm.connect("api-1", "db-1");
        vm.select("api-1");
        vm.deleteSelection();
        assertFalse(vm.diagram().contains("api-1"));
        assertTrue(vm.diagram().links().isEmpty());
        vm.undo();
        assertTrue(vm.diagram().contains("api-1"));
        assertEquals(2, vm.diagram().links().size());
        vm.redo();
        assertFalse(vm.diagram().contains("api-1"));
    }

    @Test
    void movingSeveralNodesIsOneUndoableEdit() {
        vm.moveNodes(Map.of("api-1", new Point2D(210, 10), "db-1", new Point2D(410, 10)));
        assertEquals(210, vm.diagram().require("api-1").x());
        vm.undo();
        assertEquals(200, vm.diagram().require("api-1").x());
        assertEquals(400, vm.diagram().require("db-1").x());
        assertFalse(vm.canUndoProperty().get());
    }

    @Test
    void aBlankNameIsRefused() {
        assertFalse(vm.rename("api-1", "   "));
        assertEquals("API", vm.diagram().require("api-1").label());
        assertEquals("refusal.EMPTY_LABEL", vm.statusProperty().get().key());
    }

    @Test
    void renameTrimsAndIsUndoable() {
        assertTrue(vm.rename("api-1", "  Orders API "));
        assertEquals("Orders API", vm.diagram().require("api-1").label());
        vm.undo();
        assertEquals("API", vm.diagram().require("api-1").label());
    }

    @Test
    void zoomKeepsThePointUnderTheCursorInPlace() {
        Viewport viewport = new Viewport();
        Point2D before = viewport.toDiagram(300, 200);
        viewport.zoomAt(2.0, 300, 200);
        Point2D after = viewport.toDiagram(300, 200);
        assertEquals(before.getX(), after.getX(), 1e-9);
        assertEquals(before.getY(), after.getY(), 1e-9);
    }

    @Test
    void zoomStaysWithinLimits() {
        Viewport viewport = new Viewport();
        viewport.zoomAt(100, 0, 0);
        assertEquals(Viewport.MAX_ZOOM, viewport.zoomProperty().get());
    }

    @Test
    void loadingAnotherDiagramStartsACleanHistory() {
        vm.addNode(NodeKind.CACHE, "Cache", 0, 0);
        vm.load(new Diagram());
        assertFalse(vm.canUndoProperty().get());
        assertFalse(vm.isDirty());
        assertTrue(vm.selectedNodes().isEmpty());
    }
}
