package org.backendlab.lesson;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How far the learner got: the lesson open last, and per lesson the current step, the steps passed and the
 * answers given (step number to choice, both from 1). Immutable; the {@code with...} methods give a copy.
 */
public record Progress(String current, Map<String, LessonProgress> lessons) {

    /** One lesson's progress. */
    public record LessonProgress(int step, List<Integer> passed, Map<Integer, Integer> answers) {
        public LessonProgress {
            step = Math.max(1, step);
            passed = passed == null ? List.of() : List.copyOf(passed);
            answers = answers == null ? Map.of() : Map.copyOf(answers);
        }
    }

    public Progress {
        lessons = lessons == null ? Map.of() : Map.copyOf(lessons);
    }

    public static Progress empty() {
        return new Progress(null, Map.of());
    }

    public LessonProgress of(String lessonId) {
        return lessons.getOrDefault(lessonId, new LessonProgress(1, List.of(), Map.of()));
    }

    /** The learner is at a step of a lesson (it becomes the current lesson). */
    public Progress withStep(String lessonId, int step) {
        LessonProgress p = of(lessonId);
        return with(lessonId, new LessonProgress(step, p.passed(), p.answers())).withCurrent(lessonId);
    }

    /** A step was passed. */
    public Progress withPassed(String lessonId, int step) {
        LessonProgress p = of(lessonId);
        if (p.passed().contains(step)) {
            return this;
        }
        List<Integer> passed = new java.util.ArrayList<>(p.passed());
        passed.add(step);
        java.util.Collections.sort(passed);
        return with(lessonId, new LessonProgress(p.step(), passed, p.answers()));
    }

    /** The learner answered a step's question. */
    public Progress withAnswer(String lessonId, int step, int choice) {
        LessonProgress p = of(lessonId);
        Map<Integer, Integer> answers = new LinkedHashMap<>(p.answers());
        answers.put(step, choice);
        return with(lessonId, new LessonProgress(p.step(), p.passed(), answers));
    }

    /** Forgets a lesson's progress (reset progress). */
    public Progress without(String lessonId) {
        Map<String, LessonProgress> copy = new LinkedHashMap<>(lessons);
        copy.remove(lessonId);
        return new Progress(lessonId.equals(current) ? null : current, copy);
    }

    public Progress withCurrent(String lessonId) {
        return new Progress(lessonId, lessons);
    }

    private Progress with(String lessonId, LessonProgress p) {
        Map<String, LessonProgress> copy = new LinkedHashMap<>(lessons);
        copy.put(lessonId, p);
        return new Progress(current, copy);
    }
}
