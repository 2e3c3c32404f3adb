package org.backendlab.ui.lesson;

/** The questions the lesson panel asks the learner through the window's dialogs (tests answer for them). */
public interface LessonAsk {

    /** True when the open document may be dropped (not changed, saved, or the learner chose to discard). */
    boolean mayDropChanges();

    /** True when the learner confirms forgetting their progress in a lesson. */
    boolean confirmReset(String lessonTitle);
}
