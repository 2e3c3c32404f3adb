package org.backendlab.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.backendlab.lesson.goal.GoalState;
import org.backendlab.lesson.goal.GoalWatch;
import org.backendlab.model.Diagram;
import org.backendlab.session.RunSession;
import org.backendlab.session.Subscription;

/**
 * The learner's attempt at one step: the live goal check, the hints revealed so far, the answer to the
 * step's question and, once answered, each choice beside what the simulation measured.
 */
public final class StepRun implements AutoCloseable {

    /** One choice of the question: its text, whether the learner picked it, and whether it came true now. */
    public record Prediction(int choice, Text text, boolean picked, GoalState measured) {
    }

    private final LessonStep step;
    private final GoalWatch watch;
    private final Diagram startedFrom;
    private Integer answer;
    private int hintsShown;
    private int stars;
    private List<GoalState> starStates = List.of();

    StepRun(LessonStep step, RunSession session) {
        this.step = step;
        this.startedFrom = session.diagram().copy();
        this.watch = new GoalWatch(LessonReader.effectiveGoal(step), session);
        if (!step.stars().isEmpty()) {
            watch.addListener(this::countStars);
            countStars(watch.state());
        }
    }

    /** Star goals are evaluated on every change (so "held for" clauses keep time); they count only while the goal is met. */
    private void countStars(GoalState goal) {
        List<GoalState> now = step.stars().stream().map(watch::evaluate).toList();
        int met = (int) now.stream().filter(GoalState::met).count();
        if (goal != null && goal.met() && met >= stars) {
            stars = met;
            starStates = now;
        } else if (stars == 0) {
            starStates = now;
        }
    }

    /** The most stars earned at one moment the goal was met (0 before that, or when the step has no stars). */
    public int stars() {
        return stars;
    }

    /** Each star goal as it stood when the best count was earned (else now): what held and what did not. */
    public List<GoalState> starStates() {
        return starStates;
    }

    public LessonStep step() {
        return step;
    }

    /** The diagram as it was when the step began (restart step loads it again). */
    Diagram startedFrom() {
        return startedFrom.copy();
    }

    /** The goal now; {@link GoalState#checklist()} gives the rows, {@link GoalState#text(String)} each row's words. */
    public GoalState state() {
        return watch.state();
    }

    /** True once the step's goal was met (it stays passed). */
    public boolean passed() {
        return watch.passed();
    }

    /** Told the new goal state after every change (on the thread that drives the session). */
    public Subscription addListener(Consumer<GoalState> listener) {
        return watch.addListener(listener);
    }

    /** Records the learner's answer (choice counted from 1); false when the step asks nothing or it is out of range. */
    public boolean answer(int choice) {
        if (step.question() == null || choice < 1 || choice > step.question().choices().size()) {
            return false;
        }
        answer = choice;
        watch.setAnswered(true);
        return true;
    }

    public Optional<Integer> answer() {
        return Optional.ofNullable(answer);
    }

    /** Each choice with whether it was picked and what was measured (empty before an answer or without a question). */
    public List<Prediction> predictions() {
        List<Prediction> out = new ArrayList<>();
        if (step.question() == null || answer == null) {
            return out;
        }
        List<Question.Choice> choices = step.question().choices();
        for (int i = 0; i < choices.size(); i++) {
            out.add(new Prediction(i + 1, choices.get(i).text(), answer == i + 1, watch.evaluate(choices.get(i).measure())));
        }
        return out;
    }

    /** The hints revealed so far, in order. */
    public List<Text> hints() {
        return step.hints().subList(0, hintsShown);
    }

    /** Reveals the next hint, if there is one left. */
    public Optional<Text> nextHint() {
        if (hintsShown >= step.hints().size()) {
            return Optional.empty();
        }
        return Optional.of(step.hints().get(hintsShown++));
    }

    @Override
    public void close() {
        watch.close();
    }
}
