package org.backendlab.ui.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.stage.Stage;
import org.backendlab.io.Settings;
import org.backendlab.model.RequestKind;
import org.backendlab.ui.MainViewModel;
import org.backendlab.ui.MainWindow;
import org.backendlab.ui.dashboard.Gauge;
import org.backendlab.ui.run.NarrationLine;
import org.backendlab.ui.text.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The running side driven through the real window (full example, English), frames stepped by hand with a
 * {@link ManualFrameSource}: nothing here waits on the wall clock.
 */
@ExtendWith(ApplicationExtension.class)
class RunFlowTest {

    private final ManualFrameSource frames = new ManualFrameSource();
    private final Messages text = Messages.english();
    private MainViewModel vm;
    private RunViewModel run;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        vm = new MainViewModel(new Settings("en", List.of()));
        window = new MainWindow(stage, vm);
        run = vm.run();
        run.clock().setFrameSource(frames);
        run.clock().setBudgetNanos(Long.MAX_VALUE); // a busy test machine must not cut frames short
        window.show(1600, 1000);
    }

    private void frames(FxRobot robot, int count) {
        robot.interact(() -> frames.frames(count));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String label(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private List<String> log(FxRobot robot) {
        ListView<NarrationLine> log = robot.lookup("#run-log").queryListView();
        return log.getItems().stream().map(line -> text.get(line.phrase())).toList();
    }

    /** Steps a paused simulation by {@code presses} steps at fast-forward (3 simulated seconds each). */
    private void fastSteps(FxRobot robot, int presses) {
        robot.interact(() -> run.clock().speedProperty().set(Speed.FAST_FORWARD));
        for (int i = 0; i < presses; i++) {
            robot.clickOn("#run-step");
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Presses a control in the inspector, which may be scrolled out of view. */
    private void fire(FxRobot robot, String id) {
        robot.interact(() -> robot.lookup(id).<javafx.scene.control.ButtonBase>query().fire());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void sendAndFinish(FxRobot robot, RequestKind kind) {
        robot.interact(() -> robot.lookup("#send-kind").<ComboBox<RequestKind>>query().setValue(kind));
        robot.clickOn("#send-request");
        frames(robot, 60 * 60);
        assertTrue(run.narration().completeProperty().get(), "narration should be complete");
    }

    @Test
    void sentRequestIsNarratedHopByHopUntilTheClientGetsItsAnswer(FxRobot robot) {
        robot.clickOn("#send-request");
        frames(robot, 30);
        assertFalse(run.narration().completeProperty().get());
        assertTrue(robot.lookup("#run-narration").query().isVisible());
        assertTrue(label(robot, "#run-caption").contains("Web client"), label(robot, "#run-caption"));

        frames(robot, 60 * 60);
        assertTrue(run.narration().completeProperty().get());
        List<String> log = log(robot);
        assertTrue(log.get(0).startsWith("Web client sends the request on to Firewall"), log.get(0));
        assertTrue(log.stream().anyMatch(s -> s.contains("asks Cache")), String.join("\n", log));
        assertTrue(log.get(log.size() - 1).startsWith("Web client gets the answer after"), log.get(log.size() - 1));
        assertEquals(log.get(log.size() - 1), label(robot, "#run-caption"));
    }

    @Test
    void theStoryPanelHidesNoNodeAndClosesByItselfAfterTheStoryEnds(FxRobot robot) {
        robot.clickOn("#send-request");
        frames(robot, 30);
        javafx.scene.Node panel = robot.lookup("#run-narration").query();
        assertTrue(panel.isVisible());
        javafx.geometry.Bounds onScreen = panel.localToScene(panel.getLayoutBounds());
        for (String id : List.of("client-1", "admin-1", "fw-1", "lb-1", "api-1", "api-2", "db-1", "storage-1")) {
            javafx.scene.Node box = robot.lookup(n -> n instanceof org.backendlab.ui.editor.NodeBox && id.equals(n.getId())).query();
            assertFalse(onScreen.intersects(box.localToScene(box.getLayoutBounds())), "the story covers " + id);
        }
        frames(robot, 60 * 60);
        assertTrue(run.narration().completeProperty().get());
        assertFalse(panel.isVisible(), "closes by itself some seconds after the story ended");
        assertFalse(log(robot).isEmpty(), "the story is still there to read again");
        robot.clickOn("#send-request");
        frames(robot, 30);
        assertTrue(panel.isVisible(), "the next request opens it again");
        robot.interact(() -> robot.lookup("#run-narration-close").<javafx.scene.control.Button>query().fire());
        assertFalse(panel.isVisible());
    }

    @Test
    void anotherDocumentEndsTheOldRunCompletelyEvenAfterALanguageSwitch(FxRobot robot) {
        robot.clickOn("#run-play");
        robot.interact(() -> run.clock().speedProperty().set(Speed.FAST_FORWARD));
        frames(robot, 90);
        robot.type(javafx.scene.input.KeyCode.F7); // the teacher's key for "send one request"
        frames(robot, 5);
        assertFalse(log(robot).isEmpty());
        assertTrue(chartPoints(robot) > 0, "the chart drew the first run");
        robot.interact(run::togglePlaying); // pause, so nothing new is drawn after the switch

        robot.interact(() -> vm.openExample("client-api-db"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(log(robot).isEmpty(), "no narration of nodes from the old diagram");
        assertEquals(0, chartPoints(robot), "no curve of the old run");
        assertEquals(text.get("why.idle"), label(robot, "#why-cause"));
        assertEquals(0, run.clock().time(), 1e-9);

        robot.interact(() -> vm.setLanguage(org.backendlab.ui.text.Language.KOREAN));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#run-log").queryListView().getItems().isEmpty(), "the old story does not come back");
        assertEquals(0, chartPoints(robot));
        robot.interact(() -> vm.setLanguage(org.backendlab.ui.text.Language.ENGLISH));
    }

    private static int chartPoints(FxRobot robot) {
        int points = 0;
        for (javafx.scene.chart.LineChart<?, ?> chart : robot.lookup(".run-chart").<javafx.scene.chart.LineChart<?, ?>>queryAll()) {
            for (var series : chart.getData()) {
                points += series.getData().size();
            }
        }
        return points;
    }

    @Test
    void playPauseAndStepMoveTheClockAsExpected(FxRobot robot) {
        assertEquals("t = 0.0 s", label(robot, "#run-clock"));
        robot.clickOn("#run-play");
        frames(robot, 60);
        assertEquals("t = 1.0 s", label(robot, "#run-clock"));
        robot.clickOn("#run-play");
        frames(robot, 60);
        assertEquals("t = 1.0 s", label(robot, "#run-clock"));
        robot.clickOn("#run-step");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("t = 1.1 s", label(robot, "#run-clock"));
        assertEquals("Stepped to t = 1.1 s", label(robot, "#status"));
    }

    @Test
    void draggingTheTrafficSliderSetsExactlyTheRateShownAndUndoRestoresIt(FxRobot robot) {
        robot.clickOn("#run-play");
        frames(robot, 30);
        double configured = run.rateProperty().get();
        Slider slider = robot.lookup("#traffic-slider").query();
        robot.drag(slider.lookup(".thumb"), javafx.scene.input.MouseButton.PRIMARY).moveBy(60, 0)
                .release(javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        // what the thumb points at is what the label, the status bar, the document and the engine all say
        double chosen = RateScale.rateAt(slider.getValue());
        assertTrue(chosen > 2 * configured && chosen < 20_000, "thumb at " + chosen);
        String words = org.backendlab.ui.text.Numbers.whole(chosen);
        assertEquals(text.get("traffic.rate", words), label(robot, "#traffic-rate"));
        assertEquals(text.get("status.rate", words), label(robot, "#status"));
        assertEquals(chosen, run.rateProperty().get(), 1e-9);
        assertEquals(chosen, run.simulation().totalRate(), chosen * 1e-6);
        assertEquals(chosen, vm.editor().diagram().nodes().stream().filter(n -> n.traffic() != null)
                .mapToDouble(n -> n.traffic().rate()).sum(), chosen * 1e-6);
        assertTrue(vm.editor().isDirty(), "letting go of the slider is an edit");

        // the engine really sends at that rate, not at a multiple of it
        robot.interact(() -> run.clock().speedProperty().set(Speed.FAST_FORWARD));
        frames(robot, 120);
        double measured = run.measuredRateProperty().get();
        assertEquals(chosen, measured, chosen * 0.1);

        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.Z)
                .release(javafx.scene.input.KeyCode.Z, javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(configured, run.rateProperty().get(), 1e-9);
        assertEquals(configured, run.simulation().totalRate(), configured * 1e-6);
        assertEquals(text.get("traffic.rate", org.backendlab.ui.text.Numbers.whole(configured)), label(robot, "#traffic-rate"));
        assertEquals(RateScale.positionOf(configured), slider.getValue(), 1e-9);
    }

    @Test
    void keysOnTheSliderStayWithinTheScale(FxRobot robot) {
        Slider slider = robot.lookup("#traffic-slider").query();
        robot.interact(slider::requestFocus);
        robot.type(javafx.scene.input.KeyCode.END);
        assertEquals(RateScale.MAX_RATE, run.rateProperty().get(), 1e-9);
        assertEquals(RateScale.MAX_RATE, run.simulation().totalRate(), 1e-3);
        robot.type(javafx.scene.input.KeyCode.HOME);
        assertEquals(RateScale.MIN_RATE, run.rateProperty().get(), 1e-9);
        robot.type(javafx.scene.input.KeyCode.END);
        assertEquals(RateScale.MAX_RATE, run.simulation().totalRate(), 1e-3);
    }

    @Test
    void scalingOutAnOverloadedApiTierLowersItsCpuGauge(FxRobot robot) {
        robot.interact(() -> run.setRate(400));
        fastSteps(robot, 6);
        double overloaded = robot.lookup("#api-1-cpu").queryAs(Gauge.class).valueProperty().get();
        assertTrue(overloaded > 0.9, "overloaded CPU " + overloaded);

        for (String api : List.of("#api-1", "#api-2")) {
            robot.clickOn(api);
            robot.interact(() -> robot.lookup("#inspector-instances").<Spinner<Integer>>query().getValueFactory().setValue(4));
        }
        fastSteps(robot, 6);
        double scaledOut = robot.lookup("#api-1-cpu").queryAs(Gauge.class).valueProperty().get();
        assertTrue(scaledOut < overloaded - 0.3, overloaded + " -> " + scaledOut);
        assertEquals(4, run.simulation().runningInstances("api-1"));
    }

    @Test
    void scalingOutWhileRunningNeverMovesTheInstancesControl(FxRobot robot) {
        robot.interact(() -> run.setRate(400));
        fastSteps(robot, 4);
        robot.clickOn("#api-1");
        Spinner<Integer> instances = robot.lookup("#inspector-instances").query();
        javafx.scene.Node up = instances.lookup(".increment-arrow-button");
        double before = up.localToScene(0, 0).getY();
        robot.interact(() -> instances.getValueFactory().increment(1));
        fastSteps(robot, 4); // the live section now lists two instances
        assertEquals(2, label(robot, "#live-instances").lines().count());
        assertEquals(before, up.localToScene(0, 0).getY(), 0.5, "the ▲ moved under the pointer");
        robot.interact(() -> instances.getValueFactory().increment(1));
        fastSteps(robot, 4);
        assertEquals(3, instances.getValue());
        assertEquals(before, up.localToScene(0, 0).getY(), 0.5);
    }

    @Test
    void theInspectorShowsTheSelectedNodesLoadAndHowTheBalancerSpreadRequests(FxRobot robot) {
        robot.interact(() -> run.setRate(400));
        fastSteps(robot, 4);
        robot.clickOn("#storage-1"); // not monitored: its load is still readable here
        assertTrue(label(robot, "#live-cpu").endsWith("%"), label(robot, "#live-cpu"));
        assertTrue(label(robot, "#live-threads").contains(" of "), label(robot, "#live-threads"));
        assertTrue(Double.parseDouble(label(robot, "#live-rps").replace(",", "")) > 0, label(robot, "#live-rps"));

        robot.clickOn("#lb-1");
        fastSteps(robot, 1);
        double a = robot.lookup("#live-spread-bar-api-1").queryAs(javafx.scene.control.ProgressBar.class).getProgress();
        double b = robot.lookup("#live-spread-bar-api-2").queryAs(javafx.scene.control.ProgressBar.class).getProgress();
        assertEquals(1.0, a + b, 1e-6);
        assertTrue(a > 0.3 && b > 0.3, a + " / " + b);
        assertTrue(label(robot, "#live-spread-api-1").contains("req/s"), label(robot, "#live-spread-api-1"));

        robot.clickOn("#api-1"); // scale out: its instances get a row each behind the balancer
        robot.interact(() -> robot.lookup("#inspector-instances").<Spinner<Integer>>query().getValueFactory().setValue(3));
        fastSteps(robot, 12);
        String lines = label(robot, "#live-instances");
        assertEquals(3, lines.lines().count(), lines);
        assertTrue(lines.startsWith("#1  CPU ") && lines.contains("req/s"), lines);
        robot.clickOn("#lb-1");
        fastSteps(robot, 1);
        double sum = bar(robot, "#live-spread-bar-api-2");
        for (int i = 1; i <= 3; i++) {
            double share = bar(robot, "#live-spread-bar-api-1-i" + i);
            assertTrue(share > 0.1, "instance " + i + ": " + share);
            sum += share;
        }
        assertEquals(1.0, sum, 1e-6);
        assertTrue(label(robot, "#live-spread-name-api-1-i3").endsWith(" #3"), label(robot, "#live-spread-name-api-1-i3"));
    }

    private static double bar(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(javafx.scene.control.ProgressBar.class).getProgress();
    }

    @Test
    void theLoadBarsOnTheCanvasSayTheirNumbers(FxRobot robot) {
        robot.interact(() -> run.setRate(400));
        fastSteps(robot, 2);
        NodeGlance db = run.flow().glance("db-1");
        String words = window.view().runView().glanceWords(db);
        assertTrue(words.startsWith("Database\nCPU "), words);
        assertTrue(words.contains("threads") && words.contains("queue"), words);
    }

    @Test
    void switchingOffTheFirewallRuleLetsADatabaseRequestThroughAndWarns(FxRobot robot) {
        sendAndFinish(robot, RequestKind.DB_DIRECT);
        assertTrue(log(robot).stream().anyMatch(s -> s.startsWith("Firewall refuses Web client \u2192 Database: rule 3")),
                String.join("\n", log(robot)));
        assertEquals("refused", run.narration().log().stream().filter(l -> l.end() != null).findFirst()
                .map(l -> text.get("badge.refused")).orElse(""));
        frames(robot, 1);
        assertEquals(text.get("badge.refused"), vm.run() == run ? runViewBadge(robot, "fw-1") : null);

        robot.clickOn("#fw-1");
        fire(robot, "#inspector-rule-3-enabled");
        assertFalse(vm.editor().diagram().require("fw-1").rules().get(2).enabled());
        frames(robot, 2);
        assertEquals("Warning: clients can reach Database directly, past every firewall", label(robot, "#status"));
        assertEquals(text.get("badge.exposed"), runViewBadge(robot, "db-1"));

        sendAndFinish(robot, RequestKind.DB_DIRECT);
        List<String> log = log(robot);
        assertTrue(log.stream().anyMatch(s -> s.startsWith("Web client gets the answer")), String.join("\n", log));
        assertTrue(log.get(log.size() - 1).startsWith("Warning: Web client reached Database directly"),
                log.get(log.size() - 1));
        assertTrue(run.narration().current().warning());
    }

    private String runViewBadge(FxRobot robot, String node) {
        DotLayer layer = robot.lookup("#" + DotLayer.ID).query();
        return layer.badges().get(node);
    }

    @Test
    void takingTheDatabaseDownProducesErrorsAndAnExplanation(FxRobot robot) {
        robot.clickOn("#db-1");
        fire(robot, "#live-down");
        assertTrue(run.isDown("db-1"));
        assertEquals("Database taken down", label(robot, "#status"));
        fastSteps(robot, 4);
        assertTrue(run.dashboard().errorRateProperty().get() > 0.3, "error share " + run.dashboard().errorRateProperty().get());
        assertTrue(label(robot, "#why-failures").contains("failed because a node was down"), label(robot, "#why-failures"));
        String why = label(robot, "#why-cause") + " " + label(robot, "#why-next");
        assertTrue(why.contains("Database"), why);
        assertTrue(label(robot, "#live-runtime").startsWith("down"), label(robot, "#live-runtime"));
    }

    @Test
    void anInspectorChangeWhileRunningIsUndoable(FxRobot robot) {
        robot.clickOn("#run-play");
        frames(robot, 30);
        robot.clickOn("#api-2");
        robot.interact(() -> robot.lookup("#inspector-instances").<Spinner<Integer>>query().getValueFactory().setValue(3));
        frames(robot, 30);
        assertEquals(3, vm.editor().diagram().require("api-2").server().instances());
        assertEquals(3, run.simulation().runningInstances("api-2"));
        assertTrue(vm.editor().isDirty());
        assertTrue(run.clock().isPlaying());

        robot.clickOn("#undoButton");
        frames(robot, 30);
        assertEquals(1, vm.editor().diagram().require("api-2").server().instances());
        assertEquals(1, run.simulation().runningInstances("api-2"));
        assertFalse(vm.editor().isDirty());
        assertEquals(1, robot.lookup("#inspector-instances").<Spinner<Integer>>query().getValue());
    }

    @Test
    void switchingToKoreanKeepsTheRunAndSpeaksKorean(FxRobot robot) {
        fastSteps(robot, 2);
        double time = run.clock().time();
        robot.interact(() -> vm.setLanguage(org.backendlab.ui.text.Language.KOREAN));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(run, vm.run());
        assertEquals("t = " + org.backendlab.ui.text.Numbers.seconds(time) + "초", label(robot, "#run-clock"));
        robot.clickOn("#send-request");
        frames(robot, 20);
        assertEquals("Web client\uac00 \uc694\uccad\uc744 Firewall\ub85c \ubcf4\ub0c5\ub2c8\ub2e4.", label(robot, "#run-caption"));
        robot.interact(() -> run.clock().speedProperty().set(Speed.NORMAL));
        robot.clickOn("#run-play");
        frames(robot, 30);
        assertEquals(time + 0.5, run.clock().time(), 1e-6);
    }

    @Test
    void theAdminReachesTheDatabaseThroughTheFirewallWithoutAWarning(FxRobot robot) {
        robot.interact(() -> robot.lookup("#send-origin").<ComboBox<String>>query().setValue("admin-1"));
        sendAndFinish(robot, RequestKind.DB_DIRECT);
        List<String> log = log(robot);
        assertTrue(log.stream().anyMatch(s -> s.startsWith("Firewall lets Admin \u2192 Database through: rule 2")),
                String.join("\n", log));
        assertTrue(log.get(log.size() - 1).startsWith("Admin gets the answer after"), log.get(log.size() - 1));
        assertFalse(run.narration().log().stream().anyMatch(NarrationLine::warning));
    }
}
