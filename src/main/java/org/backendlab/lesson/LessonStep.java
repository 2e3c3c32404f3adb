package org.backendlab.lesson;

import java.util.List;
import org.backendlab.lesson.goal.Goal;

/**
 * One step of a lesson (numbered from 1): what to do and why, what to point at, how the stage is set,
 * the goal that says it is done, hints revealed one at a time, the explanation shown on success, a note
 * for the teacher, the concepts it teaches, an optional prediction question and an optional picture in the
 * lesson folder (both null when absent), and star goals: extra credit for margin, counted at a moment the
 * goal is met (empty for most steps).
 */
public record LessonStep(int number, Text title, Text text, List<Highlight> highlights, StartState start,
                         Goal goal, List<Text> hints, Text explanation, Text teacherNote,
                         List<String> concepts, Question question, String picture, List<Goal> stars) {

    public LessonStep {
        highlights = List.copyOf(highlights);
        hints = List.copyOf(hints);
        concepts = List.copyOf(concepts);
        stars = List.copyOf(stars);
    }
}
