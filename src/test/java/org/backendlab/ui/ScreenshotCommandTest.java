package org.backendlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.backendlab.io.DiagramFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxToolkit;

/** The headless screenshot command, run in the test JVM on the toolkit TestFX already started. */
class ScreenshotCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private int run(String... args) {
        return new ScreenshotCommand().run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void writesAPngOfTheRequestedSize() throws Exception {
        Path png = dir.resolve("shot.png");
        assertEquals(0, run("--screenshot", png.toString(), "--lang", "ko", "--size", "1000x700"));
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1000, image.getWidth());
        assertEquals(700, image.getHeight());
        assertTrue(colours(image) > 50, "the image should show a window, not a blank");
    }

    @Test
    void presentationFlagShowsTheProjectedWindowInTheChosenSizeAndLeavesNoPresenterOpen() throws Exception {
        Path png = dir.resolve("present.png");
        assertEquals(0, run("--screenshot", png.toString(), "--presentation", "--size", "1280x720", "--lang", "ko",
                "--theme", "dark", "--run-seconds", "2"));
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1280, image.getWidth());
        assertEquals(720, image.getHeight());
        // the projection is dark on white whatever the theme: its top-left corner is light, not dark
        int rgb = image.getRGB(image.getWidth() / 2, image.getHeight() / 2);
        int grey = ((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) / 3;
        assertTrue(grey > 128, "projected canvas is light: " + Integer.toHexString(rgb));
        long open = javafx.stage.Window.getWindows().stream().filter(javafx.stage.Window::isShowing)
                .filter(w -> w.getScene() != null && w.getScene().getRoot() instanceof org.backendlab.ui.present.PresenterView)
                .count();
        assertEquals(0, open, "the presenter window closed after the screenshot");
    }

    @Test
    void themeOptionIsParsedAndPresentationIsAFlag() {
        ScreenshotOptions o = ScreenshotOptions.parse(new String[] {"--screenshot", "a.png", "--presentation", "--theme", "projector"});
        assertTrue(o.presentation());
        assertEquals(org.backendlab.ui.widgets.CanvasTheme.Profile.PROJECTOR, o.theme());
        ScreenshotOptions plain = ScreenshotOptions.parse(new String[] {"--screenshot", "a.png"});
        assertEquals(false, plain.presentation());
        assertEquals(org.backendlab.ui.widgets.CanvasTheme.Profile.LIGHT, plain.theme());
    }

    @Test
    void rendersAGivenDiagramFile() throws Exception {
        Path file = dir.resolve("small.json");
        DiagramFiles.write(DiagramFiles.example("client-api-db"), file);
        Path png = dir.resolve("small.png");
        assertEquals(0, run("--screenshot", png.toString(), "--diagram", file.toString(), "--size", "800x600"));
        assertTrue(Files.size(png) > 1000);
    }

    @Test
    void raceIsAFlagThatShowsTheDiagramAgainstACopy() throws Exception {
        Path png = dir.resolve("race.png");
        assertEquals(0, run("--screenshot", png.toString(), "--race", "--run-seconds", "2", "--size", "1000x700"));
        assertTrue(ScreenshotOptions.parse(new String[] {"--screenshot", "x.png", "--race"}).race());
        assertFalse(ScreenshotOptions.parse(new String[] {"--screenshot", "x.png"}).race());
        assertTrue(colours(ImageIO.read(png.toFile())) > 50);
    }

    @Test
    void screenshotsNeitherReadNorWriteTheAppFolder() throws Exception {
        Path settings = org.backendlab.io.Settings.file();
        Files.createDirectories(settings.getParent());
        // a learner's settings in Korean with a recent file must not change an English screenshot ...
        new org.backendlab.io.Settings("ko", List.of()).save();
        byte[] before = Files.readAllBytes(settings);
        List<String> filesBefore = listing(settings.getParent());
        Path file = dir.resolve("small.json");
        DiagramFiles.write(DiagramFiles.example("client-api-db"), file);
        assertEquals(0, run("--screenshot", dir.resolve("a.png").toString(), "--diagram", file.toString(),
                "--lang", "en", "--size", "800x600"));
        // ... and opening --diagram must not add it to the recent files
        assertEquals(new String(before, java.nio.charset.StandardCharsets.UTF_8),
                new String(Files.readAllBytes(settings), java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(filesBefore, listing(settings.getParent()), "no file appears in the app folder");
    }

    private static List<String> listing(Path folder) throws Exception {
        try (var files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void rendersALessonAtAStepWithoutTouchingTheProgressFile() throws Exception {
        Path png = dir.resolve("lesson.png");
        Path progress = org.backendlab.lesson.ProgressStore.inAppHome().file();
        boolean existed = Files.exists(progress);
        long before = existed ? Files.getLastModifiedTime(progress).toMillis() : -1;
        assertEquals(0, run("--screenshot", png.toString(), "--lesson", "what-is-a-backend", "--step", "2", "--size", "1000x700"));
        assertTrue(Files.size(png) > 1000);
        assertEquals(existed, Files.exists(progress), "no progress file written");
        if (existed) {
            assertEquals(before, Files.getLastModifiedTime(progress).toMillis());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "--screenshot",
        "--screenshot out.png --lang fr",
        "--screenshot out.png --size big",
        "--screenshot out.png --size 10x10",
        "--screenshot out.png --colour red",
        "--screenshot out.png --lang",
        "--screenshot out.txt",
        "--screenshot out.png --diagram /no/such/file.json",
        "--screenshot out.png --lesson no-such-lesson",
        "--screenshot out.png --step 2",
        "--screenshot out.png --lesson what-is-a-backend --step 99",
        "--screenshot out.png --run-seconds 3600 --rate 20000",
        "--screenshot out.png --run-seconds 601",
        "--screenshot out.png --run-seconds 600 --rate 20000",
        "--screenshot out.png --theme pink",
        "--screenshot out.png --theme",
    })
    void badArgumentsGiveOneLineAndExitCodeTwo(String line) {
        assertEquals(2, run(line.split(" ")));
        String message = err.toString(StandardCharsets.UTF_8).strip();
        assertTrue(message.startsWith("backend-lab --screenshot: "), message);
        assertEquals(1, message.lines().count(), message);
    }

    private static int colours(BufferedImage image) {
        var seen = new java.util.HashSet<Integer>();
        for (int y = 0; y < image.getHeight(); y += 7) {
            for (int x = 0; x < image.getWidth(); x += 7) {
                seen.add(image.getRGB(x, y));
            }
        }
        return seen.size();
    }
}
