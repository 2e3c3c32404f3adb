package org.backendlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.backendlab.io.Settings;
import org.backendlab.model.Diagram;
import org.backendlab.model.Link;
import org.backendlab.model.Node;
import org.backendlab.model.NodeKind;
import org.backendlab.ui.editor.DiagramView;
import org.backendlab.ui.editor.NodeBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The canvas driven from the keyboard alone: Tab order, Escape, Enter, and what a screen reader is told. */
@ExtendWith(ApplicationExtension.class)
class CanvasKeyboardTest {

    private MainWindow window;
    private MainViewModel vm;

    @Start
    void start(Stage stage) {
        vm = new MainViewModel(new Settings("en", List.of()));
        window = new MainWindow(stage, vm);
        vm.setDialogs(new ScriptedDialogs());
        // Deliberately out of reading order in the file: db, monitor, then the top row's client and api.
        vm.editor().load(Diagram.of(List.of(
                Node.create("db-1", NodeKind.DATABASE, "DB", 700, 100),
                Node.create("monitor-1", NodeKind.MONITORING, "Monitor", 400, 400),
                Node.create("api-1", NodeKind.API_SERVER, "API server 1", 400, 110),
                Node.create("client-1", NodeKind.CLIENT, "Client", 100, 100)),
                List.of(Link.calls("client-1", "api-1"), Link.calls("api-1", "db-1"),
                        Link.monitors("monitor-1", "api-1"))));
        window.show(1400, 900);
        window.view().canvas().viewport().zoomProperty().set(1);
        window.view().canvas().viewport().panXProperty().set(0);
        window.view().canvas().viewport().panYProperty().set(0);
    }

    private DiagramView canvas() {
        return window.view().canvas();
    }

    private Set<String> selected() {
        return Set.copyOf(vm.editor().selectedNodes());
    }

    private void focusCanvas() {
        interact(() -> canvas().requestFocus());
        assertTrue(canvas().isFocused());
    }

    private static void shiftTab(FxRobot robot) {
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void tabWalksTheNodesInReadingOrderAndEscapeClears(FxRobot robot) {
        focusCanvas();
        robot.type(KeyCode.TAB);
        assertEquals(Set.of("client-1"), selected());
        assertEquals("Selected Client.", robot.lookup("#status").queryAs(Label.class).getText());
        robot.type(KeyCode.TAB);
        assertEquals(Set.of("api-1"), selected());
        robot.type(KeyCode.TAB);
        assertEquals(Set.of("db-1"), selected());
        shiftTab(robot);
        assertEquals(Set.of("api-1"), selected());
        robot.type(KeyCode.TAB).type(KeyCode.TAB);
        assertEquals(Set.of("monitor-1"), selected());
        assertTrue(canvas().isFocused(), "Tab between nodes keeps focus on the canvas");

        robot.type(KeyCode.ESCAPE);
        assertTrue(selected().isEmpty());
        assertTrue(canvas().isFocused());
    }

    @Test
    void tabPastTheLastNodeLeavesTheCanvas(FxRobot robot) {
        focusCanvas();
        interact(() -> vm.editor().select("monitor-1"));
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(canvas().isFocused(), "no keyboard trap: Tab after the last node moves focus on");
        assertEquals(Set.of("monitor-1"), selected());
    }

    @Test
    void tabScrollsTheSelectedNodeIntoView(FxRobot robot) {
        interact(() -> window.view().canvas().viewport().panXProperty().set(-1200));
        focusCanvas();
        robot.type(KeyCode.TAB);
        assertEquals(Set.of("client-1"), selected());
        NodeBox box = canvas().box("client-1").orElseThrow();
        Bounds shown = canvas().sceneToLocal(box.localToScene(box.getBoundsInLocal()));
        assertTrue(shown.getMinX() >= 0 && shown.getMaxX() <= canvas().getWidth(), "on screen: " + shown);
        assertTrue(shown.getMinY() >= 0 && shown.getMaxY() <= canvas().getHeight(), "on screen: " + shown);
    }

    @Test
    void enterRenamesTheSelectedNode(FxRobot robot) {
        focusCanvas();
        robot.type(KeyCode.TAB);
        robot.type(KeyCode.ENTER);
        TextField field = robot.lookup("#rename-field").queryAs(TextField.class);
        assertNotNull(field);
        assertEquals("Client", field.getText());
        robot.write("Browser").type(KeyCode.ENTER);
        assertEquals("Browser", vm.editor().diagram().node("client-1").orElseThrow().label());
        assertTrue(canvas().isFocused());
    }

    @Test
    void nodesAndWiresTellAScreenReaderWhatTheyAre() {
        assertEquals("API server 1, API server, 3 wires", canvas().box("api-1").orElseThrow().getAccessibleText());
        assertEquals("Client, Client, 1 wire", canvas().box("client-1").orElseThrow().getAccessibleText());
        assertEquals("Wire from Client to API server 1",
                canvas().wire("client-1->api-1").orElseThrow().getAccessibleText());
        assertEquals("Monitoring wire: Monitor watches API server 1",
                canvas().wire("monitor-1~>api-1").orElseThrow().getAccessibleText());
        interact(() -> vm.editor().connect("client-1", "db-1"));
        assertEquals("Client, Client, 2 wires", canvas().box("client-1").orElseThrow().getAccessibleText());
    }

    private static void interact(Runnable action) {
        WaitForAsyncUtils.waitForAsyncFx(10_000, action);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
