package org.backendlab.lesson;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Checks that a lesson proves itself: its solution passes every step in order and each wrong attempt
 * passes every step before the one it names and fails that one. One line per lesson, for the command line.
 */
public final class LessonChecker {

    /** The verdict on one lesson: ok or not, and the line to print. */
    public record Report(String id, boolean ok, String line, int steps) {
    }

    private LessonChecker() {
    }

    public static Report check(LessonLibrary.Entry entry) {
        if (!entry.ok()) {
            return new Report(entry.id(), false, entry.id() + ": FAIL: " + oneLine(entry.error()), 0);
        }
        Lesson lesson = entry.lesson();
        int steps = lesson.steps().size();
        try {
            Path solutionFile = lesson.folder().resolve("solution.json");
            if (!Files.isRegularFile(solutionFile)) {
                return fail(lesson, "no solution.json");
            }
            Script solution = ScriptReader.read(solutionFile, lesson);
            if (solution.failsStep() != null) {
                return fail(lesson, "solution.json: a solution names no failsStep");
            }
            List<ScriptPlayer.StepResult> results = ScriptPlayer.play(lesson, solution, steps);
            ScriptPlayer.StepResult last = results.get(results.size() - 1);
            if (!last.passed()) {
                return fail(lesson, "solution.json " + last.line());
            }
            List<Path> wrong = wrongAttempts(lesson.folder());
            if (wrong.isEmpty()) {
                return fail(lesson, "no wrong-*.json attempt");
            }
            for (Path file : wrong) {
                Script script = ScriptReader.read(file, lesson);
                String name = file.getFileName().toString();
                if (script.failsStep() == null) {
                    return fail(lesson, name + ": a wrong attempt needs failsStep");
                }
                List<ScriptPlayer.StepResult> r = ScriptPlayer.play(lesson, script, script.failsStep());
                ScriptPlayer.StepResult end = r.get(r.size() - 1);
                if (end.step() != script.failsStep()) {
                    return fail(lesson, name + " should fail step " + script.failsStep() + " but " + end.line());
                }
                if (end.passed()) {
                    return fail(lesson, name + " should fail step " + script.failsStep() + " but passes it");
                }
            }
            return new Report(lesson.id(), true, lesson.id() + ": ok (" + steps + " steps, solution passes, "
                    + wrong.size() + " wrong attempt" + (wrong.size() == 1 ? "" : "s") + " fail where expected)", steps);
        } catch (LessonFileException e) {
            return fail(lesson, oneLine(e));
        }
    }

    private static Report fail(Lesson lesson, String why) {
        return new Report(lesson.id(), false, lesson.id() + ": FAIL: " + why, lesson.steps().size());
    }

    private static String oneLine(LessonFileException e) {
        return e.errors().get(0).line() + (e.errors().size() > 1 ? " (and " + (e.errors().size() - 1) + " more)" : "");
    }

    /** The wrong-*.json files of a lesson folder, by name. */
    public static List<Path> wrongAttempts(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> {
                String n = p.getFileName().toString().replaceAll("/$", "");
                return n.startsWith("wrong-") && n.endsWith(".json");
            }).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** The distinct concept ids the readable lessons teach (the lesson's and its steps'). */
    public static int conceptsCovered(List<LessonLibrary.Entry> entries) {
        TreeSet<String> ids = new TreeSet<>();
        for (LessonLibrary.Entry e : entries) {
            if (e.ok()) {
                ids.addAll(e.lesson().concepts());
                e.lesson().steps().forEach(s -> ids.addAll(s.concepts()));
            }
        }
        return ids.size();
    }

    /** Every line of a check of a root, and whether all held. */
    public static List<String> checkAll(Path root, boolean[] ok) {
        List<String> lines = new ArrayList<>();
        boolean all = true;
        try {
            LessonLibrary.order(root);
        } catch (LessonFileException e) {
            lines.add(oneLine(e));
            all = false;
        }
        List<LessonLibrary.Entry> entries = LessonLibrary.list(root);
        int steps = 0;
        for (LessonLibrary.Entry e : entries) {
            Report r = check(e);
            lines.add(r.line());
            all &= r.ok();
            steps += r.steps();
        }
        if (entries.isEmpty()) {
            all = false;
        }
        lines.add("lessons: " + entries.size() + ", steps: " + steps + ", concepts covered: "
                + conceptsCovered(entries) + "/" + Concepts.all().size());
        ok[0] = all;
        return lines;
    }
}
