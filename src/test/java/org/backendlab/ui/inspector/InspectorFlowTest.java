package org.backendlab.ui.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.backendlab.model.Diagram;
import org.backendlab.model.FirewallRule;
import org.backendlab.model.Link;
import org.backendlab.model.Node;
import org.backendlab.model.NodeKind;
import org.backendlab.model.TrafficPattern;
import org.backendlab.ui.widgets.Fonts;
import org.backendlab.ui.Theme;
import org.backendlab.ui.editor.EditorViewModel;
import org.backendlab.ui.text.Language;
import org.backendlab.ui.text.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The inspector on its own stage, driven like a learner would, checked against the diagram and its history. */
@ExtendWith(ApplicationExtension.class)
class InspectorFlowTest {

    private EditorViewModel vm;
    private InspectorView inspector;

    @Start
    void start(Stage stage) {
        Fonts.load();
        Theme.apply();
        vm = new EditorViewModel(Diagram.of(List.of(
                Node.create("client-1", NodeKind.CLIENT, "Client", 0, 0),
                Node.create("fw-1", NodeKind.FIREWALL, "Firewall", 0, 0),
                Node.create("api-1", NodeKind.API_SERVER, "API", 0, 0),
                Node.create("db-1", NodeKind.DATABASE, "DB", 0, 0)),
                List.of(Link.calls("client-1", "fw-1"), Link.calls("fw-1", "api-1"), Link.calls("api-1", "db-1"))));
        inspector = new InspectorView(vm, Messages.of(Language.ENGLISH));
        Scene scene = new Scene(inspector, 480, 900);
        scene.getStylesheets().add(InspectorView.class.getResource("/css/app.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    private Node node(String id) {
        return vm.diagram().require(id);
    }

    private void select(String id) {
        interact(() -> vm.select(id));
    }

    private <T extends javafx.scene.Node> T find(FxRobot robot, String id) {
        return robot.from(inspector).lookup("#" + id).query();
    }

    /** Types into a number field and presses Enter, as a learner would. */
    private void type(FxRobot robot, String id, String text) {
        Spinner<?> spinner = find(robot, id);
        interact(() -> inspector.setVvalue(inspector.getVmax() * spinner.localToScene(0, 0).getY()
                / inspector.getContent().getBoundsInLocal().getHeight()));
        robot.clickOn(spinner.getEditor()).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL)
                .write(text).type(KeyCode.ENTER);
    }

    @Test
    void togglingARuleChangesTheFirewallAndUndoRestoresIt(FxRobot robot) {
        select("fw-1");
        CheckBox third = find(robot, "inspector-rule-3-enabled");
        assertEquals("3. Deny anything → databases", third.getText());
        interact(third::fire);
        assertFalse(node("fw-1").rules().get(2).enabled());
        CheckBox shown = find(robot, "inspector-rule-3-enabled");
        assertEquals("3. (off) Deny anything → databases", shown.getText());
        interact(vm::undo);
        assertEquals(FirewallRule.defaults(), node("fw-1").rules());
        assertTrue(robot.from(inspector).lookup("#inspector-rule-3-enabled").<CheckBox>query().isSelected());
    }

    @Test
    void movingARuleDownSwapsItWithTheNextAsOneEdit(FxRobot robot) {
        select("fw-1");
        interact(() -> robot.from(inspector).lookup("#inspector-rule-1-down").<Button>query().fire());
        List<FirewallRule> defaults = FirewallRule.defaults();
        assertEquals(List.of(defaults.get(1), defaults.get(0), defaults.get(2), defaults.get(3)), node("fw-1").rules());
        assertTrue(robot.from(inspector).lookup("#inspector-rule-1-up").<Button>query().isDisabled());
        assertFalse(robot.from(inspector).lookup("#inspector-rules-restore").<Button>query().isDisabled());
        interact(vm::undo);
        assertEquals(defaults, node("fw-1").rules());
        assertFalse(vm.document().canUndo());
    }

    @Test
    void keyboardFocusFollowsAMovedRule(FxRobot robot) {
        select("fw-1");
        Button down = find(robot, "inspector-rule-1-down");
        interact(down::requestFocus);
        robot.type(KeyCode.SPACE);
        assertEquals(FirewallRule.defaults().get(0), node("fw-1").rules().get(1));
        javafx.scene.Node focused = robot.window(0).getScene().getFocusOwner();
        assertEquals("inspector-rule-2-down", focused.getId());
    }

    @Test
    void aNumberTypedAndLeftWithTabIsTakenToo(FxRobot robot) {
        select("api-1");
        Spinner<?> queue = find(robot, "inspector-queue");
        robot.clickOn(queue.getEditor()).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL)
                .write("80").type(KeyCode.TAB);
        assertEquals(80, node("api-1").server().queue());
    }

    @Test
    void addingARuleThenRestoringTheSafeDefaults(FxRobot robot) {
        select("fw-1");
        interact(() -> robot.from(inspector).lookup("#inspector-rule-add").<Button>query().fire());
        assertEquals(5, node("fw-1").rules().size());
        ComboBox<org.backendlab.model.Endpoint> origin = find(robot, "inspector-rule-4-origin");
        interact(() -> origin.setValue(org.backendlab.model.Endpoint.ofNode("client-1")));
        assertEquals(org.backendlab.model.Endpoint.ofNode("client-1"), node("fw-1").rules().get(3).origin());
        assertEquals("4. Allow Client → anything", robot.from(inspector).lookup("#inspector-rule-4-enabled").<CheckBox>query().getText());
        interact(() -> robot.from(inspector).lookup("#inspector-rules-restore").<Button>query().fire());
        assertEquals(FirewallRule.defaults(), node("fw-1").rules());
        interact(vm::undo);
        assertEquals(5, node("fw-1").rules().size());
    }

    @Test
    void ruleChoicesHaveFullWidthLinesAndAreNotCutOffInANarrowInspector(FxRobot robot) {
        interact(() -> inspector.getScene().getWindow().setWidth(340));
        select("fw-1");
        interact(() -> robot.from(inspector).lookup("#inspector-rule-add").<Button>query().fire());
        ComboBox<org.backendlab.model.Endpoint> origin = find(robot, "inspector-rule-4-origin");
        interact(() -> origin.setValue(org.backendlab.model.Endpoint.ofNode("client-1")));
        interact(() -> inspector.layout());
        // one rules list, no second read-only summary of the same rules
        assertEquals(1, robot.from(inspector).lookup("#inspector-rules").queryAll().size());
        for (int rule = 1; rule <= 5; rule++) {
            double lastY = -1;
            for (String part : List.of("action", "origin", "destination")) {
                ComboBox<?> combo = find(robot, "inspector-rule-" + rule + "-" + part);
                var cell = combo.getButtonCell();
                var shown = (javafx.scene.text.Text) cell.lookup(".text");
                assertEquals(cell.getText(), shown.getText(), "rule " + rule + " " + part + " is cut off");
                double y = combo.localToScene(0, 0).getY();
                assertTrue(y > lastY + combo.getHeight() / 2, "rule " + rule + " " + part + " has its own line");
                lastY = y;
            }
            Button remove = find(robot, "inspector-rule-" + rule + "-remove");
            CheckBox on = find(robot, "inspector-rule-" + rule + "-enabled");
            assertTrue(remove.getText() == null || remove.getText().isEmpty(), "icon-only buttons");
            assertTrue(remove.localToScene(0, 0).getY() < on.localToScene(0, on.getHeight()).getY(),
                    "buttons stay on the rule's first line");
        }
    }

    @Test
    void aMinimumAboveTheMaximumIsRefusedWithASentenceAndNothingChanges(FxRobot robot) {
        select("api-1");
        var before = node("api-1");
        type(robot, "inspector-autoscaling-min", "9");
        assertEquals(before, node("api-1"));
        assertFalse(vm.document().canUndo());
        Label message = find(robot, "inspector-autoscaling-message");
        assertTrue(message.isVisible());
        assertEquals("The minimum (9) cannot be more than the maximum (6); it stays 1. Raise the maximum first.",
                message.getText());
        assertEquals(1, robot.from(inspector).lookup("#inspector-autoscaling-min").<Spinner<Integer>>query().getValue());
        type(robot, "inspector-autoscaling-max", "12");
        type(robot, "inspector-autoscaling-min", "9");
        assertEquals(9, node("api-1").server().autoscaling().min());
        assertFalse(message.isVisible());
    }

    @Test
    void wordsInANumberFieldAreRefusedAndTheLastValueKept(FxRobot robot) {
        select("api-1");
        type(robot, "inspector-threads", "lots");
        assertEquals(16, node("api-1").server().threads());
        assertEquals("16", robot.from(inspector).lookup("#inspector-threads").<Spinner<Integer>>query().getEditor().getText());
        assertEquals("Threads: \"lots\" is not a number, so 16 was kept.",
                robot.from(inspector).lookup("#inspector-capacity-message").<Label>query().getText());
        type(robot, "inspector-threads", "5000000");
        assertEquals(16, node("api-1").server().threads());
        type(robot, "inspector-threads", "24");
        assertEquals(24, node("api-1").server().threads());
    }

    @Test
    void changingTheTrafficPatternIsUndoable(FxRobot robot) {
        select("client-1");
        ComboBox<TrafficPattern> pattern = find(robot, "inspector-pattern");
        interact(() -> pattern.setValue(TrafficPattern.SPIKE));
        assertEquals(TrafficPattern.SPIKE, node("client-1").traffic().pattern());
        assertTrue(vm.isDirty());
        interact(vm::undo);
        assertEquals(TrafficPattern.STEADY, node("client-1").traffic().pattern());
        assertEquals(TrafficPattern.STEADY, pattern.getValue());
    }

    @Test
    void raisingOneShareOfTheMixLowersTheOthers(FxRobot robot) {
        select("client-1");
        interact(() -> robot.from(inspector).lookup("#inspector-mix-api-write").<Spinner<Integer>>query().getValueFactory().setValue(60));
        var traffic = node("client-1").traffic();
        assertEquals(0.6, traffic.share(org.backendlab.model.RequestKind.API_WRITE), 1e-3);
        assertEquals(35, robot.from(inspector).lookup("#inspector-mix-api-read").<Spinner<Integer>>query().getValue());
    }

    @Test
    void aWiresDelayIsEditedInPlaceAndUndone(FxRobot robot) {
        interact(() -> vm.selectLink("fw-1->api-1"));
        assertEquals("Firewall calls API", robot.from(inspector).lookup("#inspector-link-ends").<Label>query().getText());
        type(robot, "inspector-link-latency", "35");
        assertEquals(35, vm.diagram().links().get(1).latencyMs());
        assertEquals("fw-1->api-1", vm.diagram().links().get(1).id());
        interact(vm::undo);
        assertEquals(Link.DEFAULT_LATENCY_MS, vm.diagram().links().get(1).latencyMs());
        assertEquals(1.0, robot.from(inspector).lookup("#inspector-link-latency").<Spinner<Double>>query().getValue());
    }

    @Test
    void theRunLayerCanPutRunTimeControlsApartFromTheSettings(FxRobot robot) {
        interact(() -> inspector.setRuntimeSection(node -> node.kind() == NodeKind.DATABASE ? new Label("down") : null));
        select("db-1");
        VBox slot = inspector.runtimeSlot();
        assertTrue(slot.isVisible());
        assertEquals("down", ((Label) slot.getChildren().get(0)).getText());
        select("client-1");
        assertFalse(slot.isVisible());
    }

    @Test
    void everyControlHasATooltipAndNoWordIsMissingInEitherLanguage(FxRobot robot) {
        interact(() -> {
            for (NodeKind kind : NodeKind.values()) {
                vm.addNode(kind, "New " + kind.name(), 0, 0);
            }
        });
        for (Language language : Language.values()) {
            interact(() -> {
                inspector.dispose();
                inspector = new InspectorView(vm, Messages.of(language));
                robot.window(0).getScene().setRoot(inspector);
            });
            List<String> shown = new java.util.ArrayList<>(vm.diagram().nodes().stream().map(Node::id).toList());
            shown.add("link:fw-1->api-1");
            for (String id : shown) {
                interact(() -> {
                    if (id.startsWith("link:")) {
                        vm.selectLink(id.substring(5));
                    } else {
                        vm.select(id);
                    }
                });
                int fields = 0;
                for (javafx.scene.Node n : robot.from(inspector).lookup(".inspector-body *").queryAll()) {
                    String where = language + " " + id + " " + n.getId();
                    if (n instanceof javafx.scene.control.Labeled labeled && labeled.getText() != null) {
                        assertFalse(labeled.getText().contains("!inspector") || labeled.getText().matches("!.*!"),
                                where + ": " + labeled.getText());
                    }
                    boolean field = n instanceof Spinner || n instanceof ComboBox || n instanceof CheckBox
                            || n instanceof org.controlsfx.control.ToggleSwitch
                            || n instanceof Button || n instanceof javafx.scene.control.TextField && n.getId() != null;
                    if (field && n.getId() != null && n.getId().startsWith("inspector-")) {
                        var tip = ((javafx.scene.control.Control) n).getTooltip();
                        assertTrue(tip != null && !tip.getText().isBlank() && !tip.getText().startsWith("!"), where);
                        fields++;
                    }
                }
                assertTrue(fields >= (id.startsWith("api") ? 15 : 1), id + " shows " + fields + " fields");
            }
        }
    }

    private static void interact(Runnable action) {
        WaitForAsyncUtils.waitForAsyncFx(10_000, action);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
