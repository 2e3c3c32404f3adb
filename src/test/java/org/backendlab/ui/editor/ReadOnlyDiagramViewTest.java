package org.backendlab.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.backendlab.io.Settings;
import org.backendlab.model.NodeKind;
import org.backendlab.ui.MainViewModel;
import org.backendlab.ui.MainWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A second, read-only view of the open document: follows every edit, has its own zoom, edits nothing. */
@ExtendWith(ApplicationExtension.class)
class ReadOnlyDiagramViewTest {

    private MainViewModel vm;
    private MainWindow window;
    private DiagramView projected;

    @Start
    void start(Stage stage) {
        vm = new MainViewModel(new Settings("en", List.of()), false);
        window = new MainWindow(stage, vm);
        window.show(1280, 800);
        projected = DiagramView.readOnly(vm.editor(), vm.messages());
        Stage second = new Stage();
        second.setScene(new Scene(projected, 900, 600));
        second.setX(0);
        second.setY(0);
        second.show();
    }

    @Test
    void followsEditsKeepsItsOwnZoomAndCannotEdit(FxRobot robot) {
        assertFalse(projected.isEditable());
        assertTrue(projected.box("db-1").isPresent());

        robot.interact(() -> vm.editor().addNode(NodeKind.CACHE, "Cache 2", 300, 300));
        String added = vm.editor().diagram().nodes().stream().filter(n -> n.label().equals("Cache 2")).findFirst().orElseThrow().id();
        assertTrue(projected.box(added).isPresent(), "an edit in the main window shows in the read-only view");

        double mainZoom = window.view().canvas().viewport().zoomProperty().get();
        robot.interact(() -> projected.viewport().zoomAt(2.0, 100, 100));
        assertEquals(2.0, projected.viewport().zoomProperty().get(), 1e-9);
        assertEquals(mainZoom, window.view().canvas().viewport().zoomProperty().get(), 1e-9, "zoom is per view");

        robot.interact(() -> { projected.viewport().zoomProperty().set(1); projected.viewport().panXProperty().set(0);
                projected.viewport().panYProperty().set(0); });
        robot.interact(() -> vm.editor().markSaved());
        var db = vm.editor().diagram().require("db-1");
        NodeBox box = projected.box("db-1").orElseThrow();
        robot.drag(box, MouseButton.PRIMARY).moveBy(80, 40).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(db, vm.editor().diagram().require("db-1"), "dragging in a read-only view moves nothing");
        assertFalse(vm.editor().isDirty());
    }
}
