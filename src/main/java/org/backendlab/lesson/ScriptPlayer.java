package org.backendlab.lesson;

import java.util.ArrayList;
import java.util.List;
import org.backendlab.lesson.goal.GoalState;
import org.backendlab.model.Diagram;
import org.backendlab.session.Document;
import org.backendlab.session.RunSession;

/**
 * Plays a script against a lesson headless: opens the lesson at step 1 in a fresh document and run
 * session, does each step's actions, and records whether the step's goal was met. Stops after the first
 * step that fails (later steps build on it).
 */
public final class ScriptPlayer {

    /** How one step went: passed (with the stars earned, when the step has any), or failed with the reason in plain English. */
    public record StepResult(int step, boolean passed, String reason) {

        public String line() {
            if (passed) {
                return reason == null ? "step " + step + ": pass" : "step " + step + ": pass (" + reason + ")";
            }
            return "step " + step + ": fail: " + reason;
        }
    }

    private ScriptPlayer() {
    }

    /** Plays steps 1 to {@code lastStep} (at most the lesson's steps). */
    public static List<StepResult> play(Lesson lesson, Script script, int lastStep) throws LessonFileException {
        List<StepResult> results = new ArrayList<>();
        Document document = new Document(new Diagram());
        try (RunSession session = new RunSession(document); LessonRun run = new LessonRun(lesson, session)) {
            int last = Math.min(lastStep, lesson.steps().size());
            for (int n = 1; n <= last; n++) {
                StepRun step = n == 1 ? run.open(1) : run.next();
                String refused = null;
                List<ScriptAction> actions = script.actionsFor(n);
                for (int i = 0; i < actions.size() && refused == null; i++) {
                    try {
                        ScriptActions.apply(actions.get(i), session, step);
                    } catch (ScriptActions.Refused e) {
                        refused = "action " + (i + 1) + " (" + actions.get(i).name() + ") was refused: " + e.getMessage();
                    }
                }
                session.publishSnapshot();
                StepResult result;
                if (refused != null) {
                    result = new StepResult(n, false, refused);
                } else if (step.passed()) {
                    int starCount = step.step().stars().size();
                    result = new StepResult(n, true, starCount == 0 ? null : "stars " + step.stars() + "/" + starCount);
                } else {
                    GoalState unmet = step.state().firstUnmet();
                    result = new StepResult(n, false, unmet == null ? "goal not met" : unmet.text("en"));
                }
                results.add(result);
                if (!result.passed()) {
                    break;
                }
            }
        }
        return results;
    }

    /** The steps a script is meant to cover: up to its failing step, else every step it names (at least 1). */
    public static int reach(Script script) {
        return script.failsStep() != null ? script.failsStep() : Math.max(1, script.lastStep());
    }
}
