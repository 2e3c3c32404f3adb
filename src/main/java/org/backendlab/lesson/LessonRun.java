package org.backendlab.lesson;

import java.util.List;
import java.util.function.Consumer;
import org.backendlab.model.Diagram;
import org.backendlab.session.RunSession;

/**
 * A lesson being taken in a run session: which step is current, setting the stage for a step (its
 * starting state), moving on and back, restarting a step, and the solution's actions for "Show me". The
 * UI and the headless checker drive the same object.
 */
public final class LessonRun implements AutoCloseable {

    private final Lesson lesson;
    private final RunSession session;
    private StepRun current;
    private Consumer<Diagram> prepare = d -> { };

    public LessonRun(Lesson lesson, RunSession session) {
        this.lesson = lesson;
        this.session = session;
    }

    public Lesson lesson() {
        return lesson;
    }

    public RunSession session() {
        return session;
    }

    /**
     * Something to do to every diagram the lesson reads before the document sees it (the window puts
     * default labels into the learner's language), so no observer ever sees the unprepared one.
     */
    public void setDiagramPreparer(Consumer<Diagram> preparer) {
        prepare = preparer == null ? d -> { } : preparer;
    }

    private Diagram read(String file) throws LessonFileException {
        Diagram diagram = LessonReader.readDiagram(lesson.folder().resolve(file));
        prepare.accept(diagram);
        return diagram;
    }

    /** The current step's attempt (null before {@link #open}). */
    public StepRun current() {
        return current;
    }

    public int stepNumber() {
        return current == null ? 0 : current.step().number();
    }

    /**
     * Opens the lesson at a step (1 to start, or where progress left off): loads the diagram in effect at
     * that step (the last one a step up to it names, else the lesson's) and applies the step's starting state.
     */
    public StepRun open(int number) throws LessonFileException {
        int n = Math.max(1, Math.min(number, lesson.steps().size()));
        String diagram = lesson.diagram();
        for (LessonStep s : lesson.steps().subList(0, n)) {
            if (s.start() != null && s.start().diagram() != null) {
                diagram = s.start().diagram();
            }
        }
        session.document().load(read(diagram));
        return begin(n, false);
    }

    /** Moves on to the next step, keeping what the learner built (unless that step loads a diagram). */
    public StepRun next() throws LessonFileException {
        return current == null ? open(1) : begin(Math.min(stepNumber() + 1, lesson.steps().size()), true);
    }

    /** Goes back one step, setting its stage again from the diagram in effect there. */
    public StepRun back() throws LessonFileException {
        return open(Math.max(1, stepNumber() - 1));
    }

    /** True when the current step is the last one. */
    public boolean atLastStep() {
        return stepNumber() >= lesson.steps().size();
    }

    /** Starts the current step again from the diagram it began with, with its starting state. */
    public StepRun restartStep() throws LessonFileException {
        if (current == null) {
            return open(1);
        }
        Diagram start = current.startedFrom();
        session.document().load(start);
        return begin(stepNumber(), false);
    }

    private StepRun begin(int number, boolean loadStepDiagram) throws LessonFileException {
        if (current != null) {
            current.close();
        }
        LessonStep step = lesson.steps().get(number - 1);
        StartState start = step.start();
        if (start != null) {
            if (loadStepDiagram && start.diagram() != null) {
                session.document().load(read(start.diagram()));
            }
            if (start.rate() != null) {
                session.setRate(start.rate());
            }
            for (String id : start.down()) {
                session.setDown(id, true);
            }
            if (start.running() != null) {
                session.setRunning(start.running());
            }
        }
        current = new StepRun(step, session);
        return current;
    }

    /** The solution's actions for the current step, to play one at a time ("Show me"); empty without a solution. */
    public List<ScriptAction> solutionActions() {
        try {
            return ScriptReader.read(lesson.folder().resolve("solution.json"), lesson).actionsFor(stepNumber());
        } catch (LessonFileException e) {
            return List.of();
        }
    }

    /** Does one action in this lesson's session (answers go to the current step). */
    public void apply(ScriptAction action) throws ScriptActions.Refused {
        ScriptActions.apply(action, session, current);
    }

    @Override
    public void close() {
        if (current != null) {
            current.close();
            current = null;
        }
    }
}
