package org.backendlab.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.backendlab.cli.LessonsCommand;
import org.backendlab.lesson.goal.BehaviourClauses;
import org.backendlab.lesson.goal.Compare;
import org.backendlab.lesson.goal.Goal;
import org.backendlab.lesson.goal.GoalWatch;
import org.backendlab.lesson.goal.Measure;
import org.backendlab.model.Diagram;
import org.backendlab.model.Link;
import org.backendlab.model.Node;
import org.backendlab.model.NodeKind;
import org.backendlab.model.edit.Edits;
import org.backendlab.session.Document;
import org.backendlab.session.RunSession;
import org.junit.jupiter.api.Test;

/** Goals judged over a whole run (a challenge): time run, p95 and errors since the restart, mean cost; stars. */
class RunGoalsTest {

    private static Diagram threeTier() {
        return Diagram.of(List.of(Node.create("client-1", NodeKind.CLIENT, "c", 0, 0),
                Node.create("api-1", NodeKind.API_SERVER, "a", 0, 0), Node.create("db-1", NodeKind.DATABASE, "d", 0, 0)),
                List.of(Link.calls("client-1", "api-1"), Link.calls("api-1", "db-1")));
    }

    private static Goal run(Measure m, Compare.Op op, double v) {
        return new BehaviourClauses.Metric(m, null, new Compare(op, v), 0);
    }

    @Test
    void errorsOverTheRunRememberAnOverloadTheWindowForgets() {
        // A new client also sends uploads and downloads, which fail here (no file storage): about 10% at any load.
        Goal calmNow = run(Measure.END_TO_END_ERROR_SHARE, Compare.Op.BELOW, 0.15);
        Goal calmAllRun = run(Measure.RUN_ERROR_SHARE, Compare.Op.BELOW, 0.15);
        try (RunSession session = new RunSession(new Document(threeTier()));
             GoalWatch now = new GoalWatch(calmNow, session); GoalWatch whole = new GoalWatch(calmAllRun, session)) {
            session.setRate(400);
            session.runFor(15, 1);
            session.setRate(10);
            session.runFor(60, 1);
            assertTrue(now.state().met(), now.state().text("en"));
            assertFalse(whole.state().met(), whole.state().text("en"));
            assertTrue(whole.state().text("en").startsWith("error rate over the whole run"), whole.state().text("en"));
            session.restart();
            session.runFor(20, 1);
            assertTrue(whole.state().met(), "a restart starts the run over: " + whole.state().text("en"));
        }
    }

    @Test
    void timeRunCountsFromTheRestart() {
        Goal threeMinutes = run(Measure.RUN_SECONDS, Compare.Op.AT_LEAST, 30);
        try (RunSession session = new RunSession(new Document(threeTier())); GoalWatch watch = new GoalWatch(threeMinutes, session)) {
            session.runFor(25, 1);
            assertFalse(watch.state().met());
            session.restart();
            session.runFor(25, 1);
            assertFalse(watch.state().met(), watch.state().text("en"));
            session.runFor(6, 1);
            assertTrue(watch.state().met(), watch.state().text("en"));
        }
    }

    @Test
    void meanCostWeighsEachPriceByTheTimeItWasPaid() {
        Goal cheap = run(Measure.RUN_MEAN_COST_PER_HOUR, Compare.Op.AT_MOST, 0.23);
        Goal notTooCheap = run(Measure.RUN_MEAN_COST_PER_HOUR, Compare.Op.AT_LEAST, 0.21);
        Goal costNow = run(Measure.COST_PER_HOUR, Compare.Op.AT_LEAST, 0.27 - 1e-6);
        Document document = new Document(threeTier());
        try (RunSession session = new RunSession(document); GoalWatch a = new GoalWatch(cheap, session);
             GoalWatch b = new GoalWatch(notTooCheap, session); GoalWatch c = new GoalWatch(costNow, session)) {
            session.runFor(30, 1);
            Node api = document.diagram().require("api-1");
            document.perform(Edits.change(api, api.withServer(api.server().withInstances(3))));
            session.runFor(30, 1);
            // 30 s at $0.17 (medium API + large database) and 30 s at $0.27 (two more API instances): $0.22 on average.
            assertTrue(a.state().met() && b.state().met(), a.state().text("en"));
            assertTrue(c.state().met(), c.state().text("en"));
            assertFalse(new GoalWatch(run(Measure.RUN_MEAN_COST_PER_HOUR, Compare.Op.AT_MOST, 0.2), session).evaluate().met());
        }
    }

    @Test
    void launchDaySolutionEarnsStarsAndTheLineSaysHowMany() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Path folder = Path.of("lessons", "launch-day");
        int code = new LessonsCommand().run(new String[] {"play", folder.toString(), folder.resolve("solution.json").toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, text);
        assertTrue(text.lines().anyMatch(l -> l.matches("step 4: pass \\(stars [1-3]/3\\)")), text);
    }

    @Test
    void aStepWithTooManyStarsIsRefused() throws Exception {
        Path dir = java.nio.file.Files.createTempDirectory("stars");
        Path lesson = dir.resolve("starry");
        java.nio.file.Files.createDirectories(lesson);
        String goal = "{\"check\": \"metric\", \"measure\": \"RUN_SECONDS\", \"atLeast\": 1}";
        java.nio.file.Files.writeString(lesson.resolve("start.json"),
                "{\"format\": \"backend-lab-diagram\", \"version\": 1, \"nodes\": [], \"links\": []}");
        String t = "{\"en\": \"x\", \"ko\": \"x\"}";
        java.nio.file.Files.writeString(lesson.resolve("lesson.json"), "{\"format\": \"backend-lab-lesson\", \"version\": 1, "
                + "\"id\": \"starry\", \"title\": " + t + ", \"summary\": " + t + ", \"minutes\": 5, \"concepts\": [\"traffic\"], "
                + "\"diagram\": \"start.json\", \"steps\": [{\"title\": " + t + ", \"text\": " + t + ", \"goal\": " + goal
                + ", \"explanation\": " + t + ", \"teacherNote\": " + t + ", \"concepts\": [\"traffic\"], \"stars\": ["
                + goal + ", " + goal + ", " + goal + ", " + goal + "]}]}");
        LessonFileException e = org.junit.jupiter.api.Assertions.assertThrows(LessonFileException.class,
                () -> LessonReader.read(lesson));
        assertTrue(e.errors().get(0).line().contains("$.steps[0].stars"), e.errors().get(0).line());
    }
}
