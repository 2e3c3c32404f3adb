package org.backendlab.ui.lesson;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.backendlab.lesson.LessonRun;
import org.backendlab.lesson.ScriptAction;
import org.backendlab.lesson.ScriptActions;
import org.backendlab.ui.run.RunViewModel;
import org.backendlab.ui.text.Messages;

/**
 * "Show me": plays a step's solution actions one at a time on the app's frame clock, one action every
 * {@link #PACE_SECONDS} of wall time, so the learner can follow each change. A {@code run} action plays
 * the clock and the next action waits until that much simulated time has passed. No threads, no sleeping.
 */
final class ShowMe {

    /** Wall seconds between two actions: long enough to see what changed. */
    static final double PACE_SECONDS = 0.8;

    private final RunViewModel run;
    private final Consumer<String> afterAction;
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing");
    private final Deque<ScriptAction> queue = new ArrayDeque<>();
    private LessonRun lesson;
    private Messages messages;
    private double waited;
    private double runUntil = Double.NaN;

    /** @param afterAction told after each action: null, or why the app refused it (playing stops then) */
    ShowMe(RunViewModel run, Consumer<String> afterAction) {
        this.run = run;
        this.afterAction = afterAction;
        // Lives as long as the run view-model; does nothing while the queue is empty.
        run.onFrame(this::frame);
    }

    ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    /** Plays the actions: the first at once, the rest at the pace. */
    void play(LessonRun lesson, List<ScriptAction> actions, Messages messages) {
        stop();
        this.lesson = lesson;
        this.messages = messages;
        queue.addAll(actions);
        playing.set(true);
        doNext();
    }

    void stop() {
        queue.clear();
        runUntil = Double.NaN;
        playing.set(false);
    }

    private void frame(double wallSeconds, double simulatedSeconds) {
        if (!playing.get()) {
            return;
        }
        if (!Double.isNaN(runUntil)) {
            if (run.session().now() + 1e-9 < runUntil) {
                return;
            }
            runUntil = Double.NaN;
            waited = PACE_SECONDS; // the run was the wait
        }
        waited += wallSeconds;
        if (waited >= PACE_SECONDS) {
            doNext();
        }
    }

    private void doNext() {
        waited = 0;
        ScriptAction action = queue.poll();
        if (action == null) {
            playing.set(false);
            afterAction.accept(null);
            return;
        }
        String refused = null;
        if (action instanceof ScriptAction.Run r) {
            runUntil = run.session().now() + r.seconds();
            run.session().setRunning(true);
        } else {
            try {
                lesson.apply(inWords(action));
                run.refresh();
            } catch (ScriptActions.Refused e) {
                refused = e.getMessage();
                queue.clear();
            }
        }
        if (queue.isEmpty() && Double.isNaN(runUntil)) {
            playing.set(false);
        }
        afterAction.accept(refused);
    }

    /** A node added by the solution gets the default name in the learner's language. */
    private ScriptAction inWords(ScriptAction action) {
        if (action instanceof ScriptAction.Add a && a.label() == null) {
            return new ScriptAction.Add(a.kind(), a.id(), messages.kindName(a.kind()), a.x(), a.y());
        }
        return action;
    }
}
