package org.backendlab.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.backendlab.cli.Command;
import org.backendlab.cli.UsageException;
import org.backendlab.io.AppHome;
import org.backendlab.io.DiagramFileException;
import org.backendlab.io.DiagramFiles;
import org.backendlab.io.FileProblem;
import org.backendlab.model.Diagram;
import org.backendlab.io.Settings;
import org.backendlab.lesson.LessonLibrary;

/**
 * {@code backend-lab --screenshot OUT.png [--diagram FILE] [--lang ko|en] [--size WxH] [--run-seconds N] [--rate R]
 * [--lesson ID [--step N]] [--race] [--presentation] [--theme light|dark|projector]}: renders the real main window (or
 * presentation mode's projected window) headlessly with Monocle's software pipeline and writes it as a PNG. No display needed.
 */
public final class ScreenshotCommand implements Command {

    /** Generous for the longest allowed run ({@link ScreenshotOptions#MAX_RUN_REQUESTS}, about 30 s here). */
    private static final long TIMEOUT_SECONDS = 180;

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) {
        ScreenshotOptions options;
        try {
            options = ScreenshotOptions.parse(args);
            // A bad file is a usage error, reported before starting.
            Diagram diagram = options.diagram() != null ? DiagramFiles.read(options.diagram())
                    : DiagramFiles.example(MainViewModel.START_EXAMPLE);
            options.checkWork(diagram.nodes().stream().filter(n -> n.traffic() != null)
                    .mapToDouble(n -> n.traffic().rate()).sum());
            if (options.lesson() != null) {
                checkLesson(options);
            }
        } catch (UsageException e) {
            err.println(FileProblem.cap("backend-lab --screenshot: " + e.getMessage(), FileProblem.MAX_LINE));
            return 2;
        } catch (DiagramFileException e) {
            err.println(FileProblem.cap("backend-lab --screenshot: " + e.getMessage(), FileProblem.MAX_LINE));
            return 2;
        }
        try {
            startHeadless(options);
            WritableImage image = onFxThread(() -> render(options));
            write(image, options.output());
        } catch (IOException | RuntimeException e) {
            err.println(FileProblem.cap("backend-lab --screenshot: could not render: " + plainReason(e),
                    FileProblem.MAX_LINE));
            return 1;
        }
        out.println("wrote " + options.output() + " (" + options.width() + "x" + options.height() + ")");
        return 0;
    }

    /** An unknown lesson, a broken one or a step it does not have is a usage error. */
    private static void checkLesson(ScreenshotOptions options) {
        var entry = LessonLibrary.all().stream().filter(e -> e.id().equals(options.lesson())).findFirst()
                .orElseThrow(() -> new UsageException("no lesson '" + options.lesson() + "'"));
        if (!entry.ok()) {
            throw new UsageException(entry.error().getMessage());
        }
        int steps = entry.lesson().steps().size();
        if (options.step() > steps) {
            throw new UsageException("lesson '" + options.lesson() + "' has " + steps + " steps, not " + options.step());
        }
    }

    /** Why rendering failed in words, without Java class names. */
    private static String plainReason(Exception e) {
        String message = e.getMessage();
        if (message == null || message.matches("(?s).*(Exception|Error|java\\.|javafx\\.|com\\.sun).*")) {
            return e instanceof IOException ? "the picture could not be written" : "the window could not be drawn";
        }
        return message.lines().findFirst().orElse("");
    }

    /** Builds the main window at the requested size and language and takes a snapshot of its scene. */
    static WritableImage render(ScreenshotOptions options) {
        Stage stage = new Stage();
        // reproducible: no settings are read (language and example come from the options) and nothing is written
        MainViewModel vm = new MainViewModel(new Settings(options.language().code(), List.of(), options.theme().code()), false);
        MainWindow window = new MainWindow(stage, vm);
        if (options.lesson() != null && !vm.lesson().openAt(options.lesson(), options.step())) {
            throw new IllegalStateException("the lesson '" + options.lesson() + "' could not be opened");
        }
        if (options.diagram() != null) {
            vm.open(options.diagram());
        }
        window.show(options.width(), options.height());
        window.view().fit();
        window.layoutNow();
        if (options.presentation()) {
            vm.setPresenting(true);
            window.layoutNow();
        }
        // simulate some seconds of traffic so dots, gauges and charts show
        if (options.rate() >= 0) {
            vm.run().previewRate(options.rate());
        }
        if (options.race()) {
            vm.race().startWithCopy();
            window.layoutNow();
            window.view().fit();
        }
        if (options.runSeconds() > 0) {
            vm.run().warmUp(options.runSeconds());
            window.layoutNow();
        }
        WritableImage image = stage.getScene().snapshot(null);
        vm.setPresenting(false);
        stage.setOnCloseRequest(null);
        stage.hide();
        return image;
    }

    /** Sets Monocle's headless properties unless the toolkit is already running (as in tests). */
    private static void startHeadless(ScreenshotOptions options) {
        setIfAbsent("glass.platform", "Monocle");
        setIfAbsent("monocle.platform", "Headless");
        setIfAbsent("prism.order", "sw");
        setIfAbsent("prism.text", "t2k");
        setIfAbsent("java.awt.headless", "true");
        System.setProperty("headless.geometry", options.width() + "x" + options.height() + "-32");
        if (System.getProperty(AppHome.PROPERTY) == null) {
            try {
                Path home = Files.createTempDirectory("backend-lab-screenshot");
                home.toFile().deleteOnExit();
                System.setProperty(AppHome.PROPERTY, home.toString());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        try {
            CompletableFuture<Void> started = new CompletableFuture<>();
            QuietJavaFx.apply();
            Platform.startup(() -> started.complete(null));
            started.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (IllegalStateException alreadyRunning) {
            // The toolkit is up already (tests): render with it.
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new IllegalStateException("JavaFX did not start", e);
        }
        Platform.setImplicitExit(false);
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    private static <T> T onFxThread(java.util.function.Supplier<T> task) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(task.get());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        try {
            return result.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException | TimeoutException e) {
            throw new IllegalStateException("rendering did not finish", e);
        }
    }

    private static void write(WritableImage image, Path output) throws IOException {
        BufferedImage buffered = SwingFXUtils.fromFXImage(image, null);
        Path parent = output.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        if (!ImageIO.write(buffered, "png", output.toFile())) {
            throw new IOException("no PNG writer");
        }
    }
}
