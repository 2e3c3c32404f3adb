package org.backendlab.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.backendlab.lesson.FileErrors;
import org.backendlab.lesson.Lesson;
import org.backendlab.lesson.LessonChecker;
import org.backendlab.lesson.LessonFileException;
import org.backendlab.lesson.LessonLibrary;
import org.backendlab.lesson.LessonReader;
import org.backendlab.lesson.Script;
import org.backendlab.lesson.ScriptPlayer;
import org.backendlab.lesson.ScriptReader;

/**
 * {@code backend-lab lessons check [FOLDER]}: plays every lesson's solution and wrong attempts headless,
 * one line per lesson and a summary; {@code backend-lab lessons play LESSON_FOLDER SCRIPT.json}: plays any
 * script and prints each step's verdict. Exit 0 when all held, 1 when something failed, 2 on bad input.
 */
public final class LessonsCommand implements Command {

    static final String USAGE = "usage: backend-lab lessons check [FOLDER] | backend-lab lessons play LESSON_FOLDER SCRIPT.json";

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length >= 1 && args[0].equals("check") && args.length <= 2) {
            return check(args.length == 2 ? Path.of(args[1]) : null, out, err);
        }
        if (args.length == 3 && args[0].equals("play")) {
            return play(Path.of(args[1]), Path.of(args[2]), out, err);
        }
        err.println("backend-lab lessons: " + USAGE);
        return 2;
    }

    private static int check(Path folder, PrintStream out, PrintStream err) {
        if (folder != null && !Files.isDirectory(folder)) {
            err.println("backend-lab lessons: no such folder: " + folder);
            return 2;
        }
        Path root = folder != null ? folder : LessonLibrary.bundledRoot();
        boolean[] ok = {false};
        List<String> lines = LessonChecker.checkAll(root, ok);
        lines.forEach(out::println);
        out.flush();
        return ok[0] ? 0 : 1;
    }

    private static int play(Path folder, Path scriptFile, PrintStream out, PrintStream err) {
        try {
            Lesson lesson = Files.isRegularFile(folder) ? LessonReader.readFile(folder) : LessonReader.read(folder);
            Script script = ScriptReader.read(scriptFile, lesson);
            List<ScriptPlayer.StepResult> results = ScriptPlayer.play(lesson, script, ScriptPlayer.reach(script));
            results.forEach(r -> out.println(r.line()));
            out.flush();
            return results.stream().allMatch(ScriptPlayer.StepResult::passed) ? 0 : 1;
        } catch (LessonFileException e) {
            FileErrors.lines(e.errors()).forEach(err::println);
            return 2;
        }
    }
}
