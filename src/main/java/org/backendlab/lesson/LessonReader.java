package org.backendlab.lesson;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.backendlab.io.DiagramFileException;
import org.backendlab.io.DiagramFiles;
import org.backendlab.lesson.goal.ActionClauses;
import org.backendlab.lesson.goal.Goal;
import org.backendlab.model.Diagram;

/**
 * Reads and checks a lesson folder's {@code lesson.json}: the schema, both languages of every text, known
 * concept ids, diagrams and pictures inside the lesson's own folder, and node ids that exist in the diagram
 * each step starts from. Every problem is reported with its JSON path; one bad file never throws anything
 * but a {@link LessonFileException}.
 */
public final class LessonReader {

    public static final String FORMAT = "backend-lab-lesson";
    public static final int VERSION = 1;
    public static final String FILE = "lesson.json";
    static final int MAX_STEPS = 50;

    private LessonReader() {
    }

    /** Reads the lesson in a folder; the folder's name is the lesson's id. */
    public static Lesson read(Path folder) throws LessonFileException {
        return readFile(folder.resolve(FILE));
    }

    /** Reads a lesson file; its folder is the lesson's folder. */
    public static Lesson readFile(Path file) throws LessonFileException {
        Path folder = file.toAbsolutePath().getParent();
        String name = display(file.toAbsolutePath());
        JsonNode tree = StrictJson.read(file, name);
        JsonFields.Sink sink = new JsonFields.Sink(name);
        Lesson lesson = read(tree, folder, sink);
        if (!sink.errors.isEmpty()) {
            throw new LessonFileException(sink.errors);
        }
        return lesson;
    }

    /** How files are named in messages: the lesson folder's name and the file, e.g. {@code intro/lesson.json}. */
    static String display(Path file) {
        Path parent = file.getParent() == null ? null : file.getParent().getFileName();
        return (parent == null ? "" : parent + "/") + file.getFileName();
    }

    /** Checks format and version before anything else, so a file of another kind gets one clear error. */
    static boolean checkHeader(JsonNode tree, JsonFields.Sink sink, String format, int known) {
        if (tree == null || !tree.isObject()) {
            sink.error("$", "must be an object");
            return false;
        }
        JsonNode fmt = tree.get("format");
        if (fmt == null || !fmt.isTextual() || !fmt.asText().equals(format)) {
            sink.error("$.format", "must be \"" + format + "\"");
            return false;
        }
        JsonNode v = tree.get("version");
        if (v == null || !v.isIntegralNumber() || v.asLong() < 1) {
            sink.error("$.version", "must be a whole number from 1");
            return false;
        }
        if (v.asLong() > known) {
            sink.error("$.version", "made by a newer Backend Lab (version " + v.asLong() + ", this app reads up to " + known + ")");
            return false;
        }
        return true;
    }

    private static Lesson read(JsonNode tree, Path folder, JsonFields.Sink sink) {
        if (!checkHeader(tree, sink, FORMAT, VERSION)) {
            return null;
        }
        JsonFields f = sink.object(tree, "$", "format", "version", "id", "title", "summary", "minutes", "concepts",
                "diagram", "steps");
        String id = f.string("id", true);
        String folderName = folder.getFileName() == null ? null : folder.getFileName().toString();
        if (id != null && folderName != null && !id.equals(folderName)) {
            sink.error(f.at("id"), "must be the folder's name '" + folderName + "'");
        }
        Text title = f.text("title", true);
        Text summary = f.text("summary", true);
        Integer minutes = f.integer("minutes", true, 1, 600);
        List<String> concepts = concepts(f);
        String diagramName = f.string("diagram", true);
        Diagram start = diagramName == null ? null : diagram(folder, diagramName, sink, f.at("diagram"));
        List<JsonFields.Element> steps = f.array("steps", true);
        if (f.has("steps") && steps.isEmpty()) {
            sink.error(f.at("steps"), "a lesson needs at least one step");
        }
        if (steps.size() > MAX_STEPS) {
            sink.error(f.at("steps"), "more than " + MAX_STEPS + " steps");
            steps = steps.subList(0, MAX_STEPS);
        }
        List<LessonStep> read = new ArrayList<>();
        Diagram current = start;
        for (int i = 0; i < steps.size(); i++) {
            StepReader stepReader = new StepReader(sink, folder);
            LessonStep step = stepReader.read(steps.get(i), i + 1);
            if (stepReader.diagram != null) {
                current = stepReader.diagram;
            }
            if (current != null) {
                for (GoalReader.NodeRef ref : stepReader.refs()) {
                    if (!current.contains(ref.id())) {
                        sink.error(ref.path(), "no node '" + ref.id() + "' in the diagram this step starts from");
                    }
                }
            }
            read.add(step);
        }
        if (!sink.errors.isEmpty()) {
            return null;
        }
        return new Lesson(id, tree.get("version").asInt(), title, summary, minutes, concepts, diagramName, read, folder);
    }

    static List<String> concepts(JsonFields f) {
        List<String> ids = f.strings("concepts");
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            if (!Concepts.known(ids.get(i))) {
                f.sink.error(f.at("concepts") + "[" + i + "]", "unknown concept id '" + ids.get(i) + "'");
            } else if (!seen.add(ids.get(i))) {
                f.sink.error(f.at("concepts") + "[" + i + "]", "concept '" + ids.get(i) + "' listed twice");
            }
        }
        return ids;
    }

    /** A file named in a lesson, refused unless it is inside the lesson's own folder. */
    static Path inside(Path folder, String name, JsonFields.Sink sink, String path) {
        if (name.contains("\\") || name.startsWith("/") || name.contains(":")) {
            sink.error(path, "must be a file name inside the lesson's folder");
            return null;
        }
        Path file = folder.resolve(name).normalize();
        if (!file.startsWith(folder.normalize()) || file.equals(folder.normalize())) {
            sink.error(path, "must be a file name inside the lesson's folder");
            return null;
        }
        if (!Files.isRegularFile(file)) {
            sink.error(path, "no file '" + name + "' in the lesson's folder");
            return null;
        }
        return file;
    }

    /** Reads a diagram a lesson names; errors name the lesson's field and the diagram's own problem. */
    static Diagram diagram(Path folder, String name, JsonFields.Sink sink, String path) {
        Path file = inside(folder, name, sink, path);
        if (file == null) {
            return null;
        }
        try {
            return readDiagram(file);
        } catch (LessonFileException e) {
            sink.error(path, "'" + name + "' cannot be used: " + e.errors().get(0).message());
            return null;
        }
    }

    /** Reads a diagram file strictly (duplicate keys, nesting, byte-order mark) and then as the app does. */
    public static Diagram readDiagram(Path file) throws LessonFileException {
        String name = display(file);
        JsonNode tree = StrictJson.read(file, name);
        try {
            return DiagramFiles.parse(StrictJson.write(tree));
        } catch (DiagramFileException e) {
            throw new LessonFileException(name, "$", e.getMessage());
        }
    }

    /** The goal of a step as checked: with a question, answering it is part of the goal. */
    public static Goal effectiveGoal(LessonStep step) {
        if (step.question() == null) {
            return step.goal();
        }
        List<Goal> parts = new ArrayList<>();
        parts.add(new ActionClauses.Answered());
        if (step.goal() instanceof Goal.All all) {
            parts.addAll(all.goals());
        } else {
            parts.add(step.goal());
        }
        return new Goal.All(parts);
    }
}
