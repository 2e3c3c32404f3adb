package org.backendlab.lesson;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.backendlab.io.AppHome;

/**
 * Finds lessons: the ones shipped inside the app (classpath {@code lessons/}, read in place even from
 * the jar), the teacher's own in {@code <backendlab.home>/lessons/}, or any folder. Every folder directly
 * under a root that holds a {@code lesson.json} is a lesson; {@code order.json} gives the teaching order
 * (folders it does not name follow, by name). A broken lesson is listed with its error, never thrown.
 */
public final class LessonLibrary {

    public static final String ORDER_FILE = "order.json";
    public static final String ORDER_FORMAT = "backend-lab-lesson-order";

    /** A lesson found in a root: read, or its one-line error (exactly one of the two is set). */
    public record Entry(String id, Path folder, Lesson lesson, LessonFileException error) {

        public boolean ok() {
            return lesson != null;
        }
    }

    private static FileSystem jar;

    private LessonLibrary() {
    }

    /** The lessons folder shipped with the app (inside the jar or in the build's classes). */
    public static synchronized Path bundledRoot() {
        URL url = LessonLibrary.class.getResource("/lessons/" + ORDER_FILE);
        if (url == null) {
            throw new IllegalStateException("the app's lessons are missing");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                if (jar == null) {
                    try {
                        jar = FileSystems.newFileSystem(uri, Map.of());
                    } catch (FileSystemAlreadyExistsException e) {
                        jar = FileSystems.getFileSystem(uri);
                    }
                }
                return jar.provider().getPath(uri).getParent();
            }
            return Path.of(uri).getParent();
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("the app's lessons cannot be read", e);
        }
    }

    /** The teacher's own lessons folder in the app folder. */
    public static Path homeRoot() {
        return AppHome.dir().resolve("lessons");
    }

    /** The shipped lessons, then the teacher's own (those with an id already shipped are skipped). */
    public static List<Entry> all() {
        List<Entry> all = new ArrayList<>(list(bundledRoot()));
        if (Files.isDirectory(homeRoot())) {
            for (Entry e : list(homeRoot())) {
                if (all.stream().noneMatch(x -> x.id().equals(e.id()))) {
                    all.add(e);
                }
            }
        }
        return all;
    }

    /** The lessons under a root folder, in teaching order. */
    public static List<Entry> list(Path root) {
        List<Entry> entries = new ArrayList<>();
        for (Path folder : folders(root)) {
            try {
                entries.add(new Entry(name(folder), folder, LessonReader.read(folder), null));
            } catch (LessonFileException e) {
                entries.add(new Entry(name(folder), folder, null, e));
            }
        }
        return entries;
    }

    /** Reads one lesson folder (File > Open lesson folder). */
    public static Lesson load(Path folder) throws LessonFileException {
        return LessonReader.read(folder);
    }

    private static String name(Path folder) {
        return folder.getFileName().toString().replaceAll("/$", "");
    }

    /** Lesson folders of a root: those order.json names (in its order), then the rest by name. */
    static List<Path> folders(Path root) {
        List<Path> found = new ArrayList<>();
        try (Stream<Path> children = Files.list(root)) {
            children.filter(p -> Files.isRegularFile(p.resolve(LessonReader.FILE)))
                    .sorted((a, b) -> name(a).compareTo(name(b))).forEach(found::add);
        } catch (IOException e) {
            return found;
        }
        List<Path> ordered = new ArrayList<>();
        try {
            for (String id : order(root)) {
                found.stream().filter(p -> name(p).equals(id)).findFirst().ifPresent(ordered::add);
            }
        } catch (LessonFileException e) {
            // A broken order file leaves the lessons in name order; "lessons check" reports it.
        }
        found.stream().filter(p -> !ordered.contains(p)).forEach(ordered::add);
        return ordered;
    }

    /** The ids order.json lists (empty when there is no order file). */
    public static List<String> order(Path root) throws LessonFileException {
        Path file = root.resolve(ORDER_FILE);
        if (!Files.exists(file)) {
            return List.of();
        }
        String display = ORDER_FILE;
        JsonNode tree = StrictJson.read(file, display);
        JsonFields.Sink sink = new JsonFields.Sink(display);
        List<String> ids = new ArrayList<>();
        JsonFields f = LessonReader.checkHeader(tree, sink, ORDER_FORMAT, 1)
                ? sink.object(tree, "$", "format", "version", "lessons") : null;
        if (f != null) {
            ids = f.strings("lessons");
            for (int i = 0; i < ids.size(); i++) {
                if (!Files.isRegularFile(root.resolve(ids.get(i)).resolve(LessonReader.FILE)) || ids.get(i).contains("/")
                        || ids.get(i).contains("\\") || ids.get(i).startsWith(".")) {
                    sink.error(f.at("lessons") + "[" + i + "]", "no lesson folder '" + ids.get(i) + "'");
                }
            }
        }
        if (!sink.errors.isEmpty()) {
            throw new LessonFileException(sink.errors);
        }
        return ids;
    }
}
