package org.backendlab.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.backendlab.model.Diagram;
import org.backendlab.model.RequestKind;
import org.backendlab.session.Document;
import org.backendlab.session.RunSession;
import org.backendlab.sim.CacheForce;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Taking a lesson as the panel will: steps, predictions, hints, "Show me" and progress. */
class LessonRunTest {

    @TempDir
    Path temp;

    private static Lesson guarding() throws LessonFileException {
        return LessonLibrary.list(LessonLibrary.bundledRoot()).stream().filter(e -> e.id().equals("guarding-the-data"))
                .findFirst().orElseThrow().lesson();
    }

    @Test
    void bundledLessonsAreListedInTeachingOrder() {
        List<LessonLibrary.Entry> all = LessonLibrary.list(LessonLibrary.bundledRoot());
        assertEquals(List.of("what-is-a-backend", "guarding-the-data", "files-belong-in-storage", "the-cache",
                "traffic-and-bottlenecks", "scale-up-or-out", "a-cache-instead-of-bigger-machines", "renting-machines-in-the-cloud",
                "autoscaling", "monitoring", "launch-day"), all.stream().map(LessonLibrary.Entry::id).toList());
        assertTrue(all.stream().allMatch(LessonLibrary.Entry::ok));
    }

    @Test
    void predictionIsShownBesideWhatHappened() throws LessonFileException {
        try (RunSession session = new RunSession(new Document(new Diagram())); LessonRun run = new LessonRun(guarding(), session)) {
            StepRun step = run.open(1);
            assertTrue(step.predictions().isEmpty());
            session.sendOne(RequestKind.DB_DIRECT, "client-1", CacheForce.NONE);
            assertFalse(step.passed(), "sending is not enough: the step asks for a prediction first");
            assertTrue(step.answer(2));
            assertTrue(step.passed());
            List<StepRun.Prediction> p = step.predictions();
            assertTrue(p.get(1).picked());
            assertFalse(p.get(1).measured().met(), "the guess 'it reaches the database' did not come true");
            assertTrue(p.get(0).measured().met(), "the firewall refused it");
        }
    }

    @Test
    void hintsComeOneAtATimeAndShowMePassesTheStep() throws Exception {
        try (RunSession session = new RunSession(new Document(new Diagram())); LessonRun run = new LessonRun(guarding(), session)) {
            run.open(3);
            StepRun step = run.current();
            assertEquals(0, step.hints().size());
            assertTrue(step.nextHint().isPresent());
            assertTrue(step.nextHint().isPresent());
            assertTrue(step.nextHint().isEmpty());
            for (ScriptAction action : run.solutionActions()) {
                run.apply(action);
            }
            assertTrue(step.passed(), step.state().text("en"));
            StepRun again = run.restartStep();
            assertFalse(again.passed());
        }
    }

    @Test
    void progressIsSavedAndResumed() throws IOException {
        ProgressStore store = new ProgressStore(temp.resolve("progress.json"));
        assertEquals(Progress.empty(), store.load());
        Progress p = Progress.empty().withStep("guarding-the-data", 3).withPassed("guarding-the-data", 1)
                .withAnswer("guarding-the-data", 1, 2);
        store.save(p);
        Progress back = store.load();
        assertEquals("guarding-the-data", back.current());
        assertEquals(3, back.of("guarding-the-data").step());
        assertEquals(2, back.of("guarding-the-data").answers().get(1));
        Files.writeString(store.file(), "{ broken");
        assertEquals(Progress.empty(), store.load());
    }
}
