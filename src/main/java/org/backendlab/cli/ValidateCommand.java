package org.backendlab.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.backendlab.io.DiagramFiles;
import org.backendlab.lesson.FileErrors;
import org.backendlab.lesson.Lesson;
import org.backendlab.lesson.LessonChecker;
import org.backendlab.lesson.LessonFileException;
import org.backendlab.lesson.LessonLibrary;
import org.backendlab.lesson.LessonReader;
import org.backendlab.lesson.ScriptReader;
import org.backendlab.lesson.StrictJson;

/**
 * {@code backend-lab validate PATH...}: checks lesson folders (with their scripts), folders of lessons,
 * lesson files, scripts and diagrams. Errors are printed in the one file error format (at most three
 * lines); exit 2 on any error, 0 when everything is clean.
 */
public final class ValidateCommand implements Command {

    static final String USAGE = "usage: backend-lab validate PATH...";

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            err.println("backend-lab validate: " + USAGE);
            return 2;
        }
        List<FileErrors.Error> errors = new ArrayList<>();
        int checked = 0;
        for (String arg : args) {
            checked += validate(Path.of(arg), errors);
        }
        if (!errors.isEmpty()) {
            FileErrors.lines(errors).forEach(err::println);
            return 2;
        }
        out.println("validate: " + checked + " file" + (checked == 1 ? "" : "s") + " ok");
        return 0;
    }

    /** Validates one path, adding its errors; returns how many files were checked. */
    static int validate(Path path, List<FileErrors.Error> errors) {
        if (Files.isDirectory(path)) {
            if (Files.isRegularFile(path.resolve(LessonReader.FILE))) {
                return lessonFolder(path, errors);
            }
            int n = 0;
            try {
                LessonLibrary.order(path);
            } catch (LessonFileException e) {
                errors.addAll(e.errors());
            }
            try (Stream<Path> children = Files.list(path)) {
                for (Path child : children.sorted().toList()) {
                    if (Files.isRegularFile(child.resolve(LessonReader.FILE))) {
                        n += lessonFolder(child, errors);
                    }
                }
            } catch (IOException e) {
                errors.add(new FileErrors.Error(path.toString(), "$", "cannot be read"));
            }
            if (n == 0) {
                errors.add(new FileErrors.Error(path.toString(), "$", "no lesson.json here or in its folders"));
            }
            return n;
        }
        return file(path, errors);
    }

    private static int lessonFolder(Path folder, List<FileErrors.Error> errors) {
        Lesson lesson;
        try {
            lesson = LessonReader.read(folder);
        } catch (LessonFileException e) {
            errors.addAll(e.errors());
            return 1;
        }
        int n = 1;
        List<Path> scripts = new ArrayList<>(LessonChecker.wrongAttempts(folder));
        if (Files.isRegularFile(folder.resolve("solution.json"))) {
            scripts.add(0, folder.resolve("solution.json"));
        }
        for (Path script : scripts) {
            n++;
            try {
                ScriptReader.read(script, lesson);
            } catch (LessonFileException e) {
                errors.addAll(e.errors());
            }
        }
        return n;
    }

    private static int file(Path file, List<FileErrors.Error> errors) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        try {
            JsonNode tree = StrictJson.read(file, name);
            String format = tree.path("format").asText("");
            switch (format) {
                case LessonReader.FORMAT -> LessonReader.readFile(file);
                case ScriptReader.FORMAT -> ScriptReader.read(file, besideLesson(file));
                case DiagramFiles.FORMAT -> LessonReader.readDiagram(file);
                case LessonLibrary.ORDER_FORMAT -> LessonLibrary.order(file.toAbsolutePath().getParent());
                default -> errors.add(new FileErrors.Error(name, "$.format",
                        "not a Backend Lab lesson, script or diagram"));
            }
        } catch (LessonFileException e) {
            errors.addAll(e.errors());
        }
        return 1;
    }

    /** The lesson in the script's folder, when there is a readable one (so step numbers can be checked). */
    private static Lesson besideLesson(Path script) {
        Path folder = script.toAbsolutePath().getParent();
        if (folder == null || !Files.isRegularFile(folder.resolve(LessonReader.FILE))) {
            return null;
        }
        try {
            return LessonReader.read(folder);
        } catch (LessonFileException e) {
            return null;
        }
    }
}
