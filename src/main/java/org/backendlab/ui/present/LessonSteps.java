package org.backendlab.ui.present;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;

/**
 * What presentation mode needs of the lesson panel: move to the next or previous step (Right and Left),
 * and, for the presenter window, the step now with its teacher notes, the next step's title and the live
 * checklist. The lesson panel provides one; without a lesson open every text is empty.
 */
public interface LessonSteps {

    /** One line of the live checklist: met or not, in words. */
    record Check(boolean met, String text) {
    }

    /** Moves to the next step (when the lesson allows it); false when nothing happened. */
    boolean next();

    /** Moves back one step; false when nothing happened. */
    boolean previous();

    /** "Step 2 of 5: Add a cache", empty without a lesson. */
    ObservableValue<String> stepTitle();

    ObservableValue<String> stepText();

    /** The step's notes for the teacher (never projected). */
    ObservableValue<String> teacherNote();

    /** The title of the step after this one, empty on the last step. */
    ObservableValue<String> nextStepTitle();

    ObservableValue<List<Check>> checklist();

    /** No lesson panel, or no lesson open: nothing to show, nothing to move. */
    LessonSteps NONE = new LessonSteps() {
        private final ReadOnlyStringWrapper empty = new ReadOnlyStringWrapper("");
        private final ReadOnlyObjectWrapper<List<Check>> none = new ReadOnlyObjectWrapper<>(List.of());

        @Override
        public boolean next() {
            return false;
        }

        @Override
        public boolean previous() {
            return false;
        }

        @Override
        public ObservableValue<String> stepTitle() {
            return empty.getReadOnlyProperty();
        }

        @Override
        public ObservableValue<String> stepText() {
            return empty.getReadOnlyProperty();
        }

        @Override
        public ObservableValue<String> teacherNote() {
            return empty.getReadOnlyProperty();
        }

        @Override
        public ObservableValue<String> nextStepTitle() {
            return empty.getReadOnlyProperty();
        }

        @Override
        public ObservableValue<List<Check>> checklist() {
            return none.getReadOnlyProperty();
        }
    };
}
