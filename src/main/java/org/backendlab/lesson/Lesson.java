package org.backendlab.lesson;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A lesson as read from {@code lessons/<id>/lesson.json}: its texts, the concepts it teaches, the starting
 * diagram's file name and its steps. {@code folder} is where its diagrams, pictures and scripts are (it may
 * be inside the app's jar).
 */
public record Lesson(String id, int version, Text title, Text summary, int minutes, List<String> concepts,
                     String diagram, List<LessonStep> steps, Path folder) {

    public Lesson {
        concepts = List.copyOf(concepts);
        steps = List.copyOf(steps);
    }

    /** A step by its number as shown to the learner (from 1). */
    public Optional<LessonStep> step(int number) {
        return number >= 1 && number <= steps.size() ? Optional.of(steps.get(number - 1)) : Optional.empty();
    }
}
