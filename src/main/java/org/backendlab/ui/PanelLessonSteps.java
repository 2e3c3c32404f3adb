package org.backendlab.ui;

import java.util.List;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import org.backendlab.ui.lesson.LessonViewModel;
import org.backendlab.ui.present.LessonSteps;
import org.backendlab.ui.text.Messages;

/**
 * The lesson panel as presentation mode sees it: Right and Left move between steps (a teacher moves on
 * even before the class has passed a step: that is a skip), and the presenter window shows the step, its
 * teacher note and the live checklist. Lives in the shell because it joins two panels that do not know
 * each other.
 */
final class PanelLessonSteps implements LessonSteps {

    private final LessonViewModel lesson;
    private final ObservableValue<String> stepTitle;
    private final ObservableValue<List<Check>> checklist;
    private final ReadOnlyStringWrapper nextTitle = new ReadOnlyStringWrapper("");

    PanelLessonSteps(LessonViewModel lesson, Supplier<Messages> messages) {
        this.lesson = lesson;
        stepTitle = Bindings.createStringBinding(() -> lesson.lessonIdProperty().get() == null ? ""
                        : messages.get().text("lesson.step.counter", lesson.stepNumberProperty().get(),
                                lesson.stepCountProperty().get()) + ": " + lesson.stepTitleProperty().get(),
                lesson.lessonIdProperty(), lesson.stepNumberProperty(), lesson.stepCountProperty(),
                lesson.stepTitleProperty());
        checklist = Bindings.createObjectBinding(() -> lesson.checklistProperty().get().stream()
                .map(c -> new Check(c.met(), c.text())).toList(), lesson.checklistProperty());
    }

    @Override
    public boolean next() {
        int before = lesson.stepNumberProperty().get();
        if (lesson.passedProperty().get()) {
            lesson.next();
        } else {
            lesson.skip();
        }
        return lesson.stepNumberProperty().get() != before;
    }

    @Override
    public boolean previous() {
        int before = lesson.stepNumberProperty().get();
        lesson.back();
        return lesson.stepNumberProperty().get() != before;
    }

    @Override
    public ObservableValue<String> stepTitle() {
        return stepTitle;
    }

    @Override
    public ObservableValue<String> stepText() {
        return lesson.stepTextProperty();
    }

    @Override
    public ObservableValue<String> teacherNote() {
        return lesson.teacherNoteProperty();
    }

    /** The panel does not name the next step yet; the presenter shows nothing there. */
    @Override
    public ObservableValue<String> nextStepTitle() {
        return nextTitle.getReadOnlyProperty();
    }

    @Override
    public ObservableValue<List<Check>> checklist() {
        return checklist;
    }
}
