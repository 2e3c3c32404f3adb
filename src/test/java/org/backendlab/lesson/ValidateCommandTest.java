package org.backendlab.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.backendlab.cli.ValidateCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code validate} refuses broken lessons, scripts and diagrams with one short line each, never a stack trace. */
class ValidateCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SOURCE = Path.of("lessons", "guarding-the-data");

    @TempDir
    Path temp;

    private Path copyLesson() throws IOException {
        Path folder = temp.resolve("guarding-the-data");
        Files.createDirectories(folder);
        try (Stream<Path> files = Files.list(SOURCE)) {
            for (Path f : files.toList()) {
                Files.copy(f, folder.resolve(f.getFileName()));
            }
        }
        return folder;
    }

    private static String[] validate(Path... paths) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] args = Stream.of(paths).map(Path::toString).toArray(String[]::new);
        int code = new ValidateCommand().run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new String[] {String.valueOf(code), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)};
    }

    private void editLesson(Path folder, Consumer<ObjectNode> edit) throws IOException {
        Path file = folder.resolve("lesson.json");
        ObjectNode tree = (ObjectNode) JSON.readTree(file.toFile());
        edit.accept(tree);
        Files.writeString(file, JSON.writeValueAsString(tree));
    }

    private static ObjectNode step(ObjectNode lesson, int index) {
        return (ObjectNode) lesson.get("steps").get(index);
    }

    static Stream<Arguments> brokenLessons() {
        return Stream.of(
                Arguments.of("newer version", (Consumer<ObjectNode>) l -> l.put("version", 9), "$.version: made by a newer Backend Lab"),
                Arguments.of("no steps", (Consumer<ObjectNode>) l -> l.putArray("steps"), "$.steps: a lesson needs at least one step"),
                Arguments.of("missing Korean", (Consumer<ObjectNode>) l -> ((ObjectNode) l.get("title")).remove("ko"), "$.title.ko: missing"),
                Arguments.of("blank English", (Consumer<ObjectNode>) l -> ((ObjectNode) step(l, 1).get("text")).put("en", " "), "$.steps[1].text.en: must be a non-blank text"),
                Arguments.of("text too long", (Consumer<ObjectNode>) l -> ((ObjectNode) l.get("summary")).put("en", "a".repeat(10_001)), "$.summary.en: longer than 10000 characters"),
                Arguments.of("unknown concept", (Consumer<ObjectNode>) l -> ((ArrayNode) l.get("concepts")).add("rocket.science"), "$.concepts[3]: unknown concept id 'rocket.science'"),
                Arguments.of("unknown node", (Consumer<ObjectNode>) l -> ((ArrayNode) step(l, 0).get("highlights")).add("db-9"), "$.steps[0].highlights[3]: no node 'db-9'"),
                Arguments.of("unknown goal node", (Consumer<ObjectNode>) l -> ((ObjectNode) step(l, 3).get("goal")).put("from", "admin-7"), "$.steps[3].goal.from: no node 'admin-7'"),
                Arguments.of("unknown check", (Consumer<ObjectNode>) l -> ((ObjectNode) step(l, 2).get("goal")).removeAll().put("check", "magic"), "$.steps[2].goal.check: unknown check 'magic'"),
                Arguments.of("unknown field", (Consumer<ObjectNode>) l -> step(l, 2).put("colour", "red"), "$.steps[2].colour: unknown field 'colour'"),
                Arguments.of("picture outside", (Consumer<ObjectNode>) l -> step(l, 0).put("picture", "../secret.png"), "$.steps[0].picture: must be a file name inside the lesson's folder"),
                Arguments.of("diagram outside", (Consumer<ObjectNode>) l -> l.put("diagram", "/etc/passwd"), "$.diagram: must be a file name inside the lesson's folder"),
                Arguments.of("number as text", (Consumer<ObjectNode>) l -> l.put("minutes", "15"), "$.minutes: must be a whole number"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenLessons")
    void refusesABrokenLessonWithItsPath(String name, Consumer<ObjectNode> edit, String expected) throws IOException {
        Path folder = copyLesson();
        editLesson(folder, edit);
        String[] r = validate(folder);
        assertEquals("2", r[0], r[1]);
        assertTrue(r[2].contains("guarding-the-data/lesson.json: " + expected), r[2]);
        checkShape(r[2]);
    }

    static Stream<Arguments> damagedFiles() {
        String good = "{\"format\":\"backend-lab-script\",\"version\":1,\"steps\":[]}";
        return Stream.of(
                Arguments.of("malformed", "{\"format\": backend}", "not valid JSON"),
                Arguments.of("truncated", good.substring(0, 30), "ends too early"),
                Arguments.of("duplicate key", "{\"format\":\"backend-lab-script\",\"format\":\"x\",\"version\":1,\"steps\":[]}", "duplicate key 'format'"),
                Arguments.of("deeply nested", "[".repeat(5000), "too deeply nested"),
                Arguments.of("unknown field", "{\"format\":\"backend-lab-script\",\"version\":1,\"steps\":[],\"extra\":1}", "$.extra: unknown field"),
                Arguments.of("unknown action", "{\"format\":\"backend-lab-script\",\"version\":1,\"steps\":[{\"step\":1,\"actions\":[{\"do\":\"fly\"}]}]}", "$.steps[0].actions[0].do: unknown action 'fly'"),
                Arguments.of("newer script", "{\"format\":\"backend-lab-script\",\"version\":2,\"steps\":[]}", "$.version: made by a newer"),
                Arguments.of("empty", "   ", "the file is empty"),
                Arguments.of("not ours", "{\"format\":\"something\"}", "$.format: not a Backend Lab lesson, script or diagram"),
                Arguments.of("huge", "{\"x\":\"" + "a".repeat(1_100_000) + "\"}", "larger than 1 MB"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("damagedFiles")
    void refusesADamagedFileInOneLine(String name, String content, String expected) throws IOException {
        Path file = temp.resolve("script.json");
        Files.writeString(file, content);
        String[] r = validate(file);
        assertEquals("2", r[0]);
        assertEquals(1, r[2].lines().count(), r[2]);
        assertTrue(r[2].contains(expected), r[2]);
        checkShape(r[2]);
    }

    @Test
    void aByteOrderMarkIsSkipped() throws IOException {
        Path file = temp.resolve("bom.json");
        byte[] body = "{\"format\":\"backend-lab-script\",\"version\":1,\"steps\":[]}".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        Files.write(file, bytes);
        assertEquals("0", validate(file)[0]);
    }

    @Test
    void manyErrorsShowTwoAndACount() throws IOException {
        Path folder = copyLesson();
        editLesson(folder, l -> {
            l.put("minutes", "x");
            l.put("a", 1);
            l.put("b", 2);
            l.put("c", 3);
        });
        String[] r = validate(folder);
        List<String> lines = r[2].lines().toList();
        assertEquals(3, lines.size(), r[2]);
        assertEquals("... and 2 more", lines.get(2));
    }

    @Test
    void shippedLessonsAndExamplesAreClean() {
        String[] r = validate(Path.of("lessons"), Path.of("resources", "examples", "full.json"));
        assertEquals("0", r[0], r[2]);
    }

    @Test
    void aScriptIsCheckedAgainstTheLessonBesideIt() throws IOException {
        Path folder = copyLesson();
        Files.writeString(folder.resolve("wrong-x.json"), "{\"format\":\"backend-lab-script\",\"version\":1,\"failsStep\":9,"
                + "\"steps\":[{\"step\":2,\"actions\":[{\"do\":\"answer\",\"choice\":1}]}]}");
        String[] r = validate(folder);
        assertEquals("2", r[0]);
        assertTrue(r[2].contains("wrong-x.json: $.failsStep: must be a whole number from 1 to 5"), r[2]);
        assertTrue(r[2].contains("$.steps[0].actions[0].choice: step 2 asks no question"), r[2]);
    }

    private static void checkShape(String err) {
        List<String> lines = err.lines().toList();
        assertTrue(lines.size() <= 3, err);
        for (String line : lines) {
            assertTrue(line.length() <= 300, line);
            assertTrue(!line.contains("Exception") && !line.contains("\tat "), line);
        }
    }
}
