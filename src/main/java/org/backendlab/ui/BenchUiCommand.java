package org.backendlab.ui;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.backendlab.cli.Command;
import org.backendlab.io.AppHome;
import org.backendlab.io.Settings;
import org.backendlab.ui.run.BenchDiagrams;
import org.backendlab.ui.run.RunViewModel;
import org.backendlab.ui.run.Speed;

/**
 * {@code backend-lab bench-ui [--seconds N] [--rate R] [--dots D]}: frame figures of the real main window
 * under Monocle's software renderer, running a 50-node diagram (the full example five times) at high
 * traffic with about 1,000 animated dots, and of an empty scene as the baseline. Prints {@code name: value}
 * lines; a figure, never a pass or fail.
 */
public final class BenchUiCommand implements Command {

    private static final int WIDTH = 1600;
    private static final int HEIGHT = 1000;
    private static final double LATE_MS = 25;

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) {
        double seconds = 15;
        double rate = 5000;
        int dots = 1000;
        try {
            for (int i = 0; i < args.length; i += 2) {
                String value = i + 1 < args.length ? args[i + 1] : "";
                switch (args[i]) {
                    case "--seconds" -> seconds = Double.parseDouble(value);
                    case "--rate" -> rate = Double.parseDouble(value);
                    case "--dots" -> dots = Integer.parseInt(value);
                    default -> throw new IllegalArgumentException("unknown option '" + args[i] + "'");
                }
            }
            if (seconds < 1 || seconds > 50 || rate < 0 || rate > 20_000 || dots < 0 || dots > 5000) {
                throw new IllegalArgumentException("--seconds 1-50, --rate 0-20000, --dots 0-5000");
            }
        } catch (IllegalArgumentException e) {
            err.println("backend-lab bench-ui: " + e.getMessage()
                    + ". Usage: backend-lab bench-ui [--seconds N] [--rate R] [--dots D]");
            return 2;
        }
        try {
            startHeadless();
            Figures empty = measure(() -> emptyScene(), seconds);
            final double r = rate;
            final int d = dots;
            Figures full = measure(() -> appScene(r, d), seconds);
            out.println("median_fps: " + fmt(full.medianFps));
            out.println("late_frame_share: " + fmt(full.lateShare));
            out.println("cpu_ms_per_frame: " + fmt(full.cpuMsPerFrame));
            out.println("empty_median_fps: " + fmt(empty.medianFps));
            out.println("empty_cpu_ms_per_frame: " + fmt(empty.cpuMsPerFrame));
            out.println("dots_on_screen: " + full.dots);
            out.println("simulated_seconds: " + fmt(full.simulated));
            out.println("frames: " + full.frames);
            Platform.exit();
            return 0;
        } catch (Exception e) {
            err.println("backend-lab bench-ui: could not run: " + e);
            return 1;
        }
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }

    /** A scene under test: its stage and, for the app, the run view-model and how many dots show. */
    private record Subject(Stage stage, RunViewModel run, java.util.function.IntSupplier dots) {
    }

    private record Figures(double medianFps, double lateShare, double cpuMsPerFrame, int dots, double simulated, int frames) {
    }

    private static Subject emptyScene() {
        Stage stage = new Stage();
        stage.setScene(new Scene(new Pane(), WIDTH, HEIGHT));
        stage.show();
        return new Subject(stage, null, () -> 0);
    }

    private static Subject appScene(double rate, int dots) {
        Stage stage = new Stage();
        MainViewModel vm = new MainViewModel(new Settings("en", List.of()));
        MainWindow window = new MainWindow(stage, vm);
        vm.editor().load(BenchDiagrams.repeatedFull(5));
        window.show(WIDTH, HEIGHT);
        window.view().fit();
        RunViewModel run = vm.run();
        window.view().runView().setDotCapacity(dots);
        run.setTracesPerSecond(Math.max(300, dots));
        run.previewRate(rate);
        run.clock().speedProperty().set(Speed.NORMAL);
        run.warmUp(5);
        run.clock().play();
        return new Subject(stage, run, () -> window.view().runView().layer().activeDots());
    }

    /** Shows a scene, lets it settle, then records pulse times and process CPU over {@code seconds}. */
    private static Figures measure(java.util.function.Supplier<Subject> make, double seconds) throws Exception {
        CompletableFuture<Subject> built = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                built.complete(make.get());
            } catch (Throwable t) {
                built.completeExceptionally(t);
            }
        });
        Subject subject = built.get(60, TimeUnit.SECONDS);
        long warmNanos = 3_000_000_000L;
        long measureNanos = (long) (seconds * 1e9);
        List<Long> stamps = new ArrayList<>();
        long[] cpu = new long[2];
        double[] sim = new double[2];
        int[] dotCount = {0};
        CountDownLatch done = new CountDownLatch(1);
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        Platform.runLater(() -> new AnimationTimer() {
            private long start = -1;

            @Override
            public void handle(long now) {
                long wall = System.nanoTime();
                if (start < 0) {
                    start = wall;
                }
                long t = wall - start;
                if (t >= warmNanos && cpu[0] == 0) {
                    cpu[0] = os.getProcessCpuTime();
                    sim[0] = subject.run() == null ? 0 : subject.run().clock().time();
                }
                if (t >= warmNanos) {
                    stamps.add(wall);
                    dotCount[0] = Math.max(dotCount[0], subject.dots().getAsInt());
                }
                if (t >= warmNanos + measureNanos) {
                    cpu[1] = os.getProcessCpuTime();
                    sim[1] = subject.run() == null ? 0 : subject.run().clock().time();
                    stop();
                    if (subject.run() != null) {
                        subject.run().clock().pause();
                        subject.run().clock().stop();
                    }
                    subject.stage().hide();
                    done.countDown();
                }
            }
        }.start());
        if (!done.await((long) (seconds + 60), TimeUnit.SECONDS)) {
            throw new IllegalStateException("the benchmark did not finish");
        }
        double[] intervals = new double[stamps.size() - 1];
        int late = 0;
        for (int i = 1; i < stamps.size(); i++) {
            intervals[i - 1] = (stamps.get(i) - stamps.get(i - 1)) / 1e6;
            if (intervals[i - 1] > LATE_MS) {
                late++;
            }
        }
        Arrays.sort(intervals);
        double median = intervals.length == 0 ? Double.NaN : intervals[intervals.length / 2];
        int frames = intervals.length;
        return new Figures(1000.0 / median, frames == 0 ? 0 : (double) late / frames,
                frames == 0 ? 0 : (cpu[1] - cpu[0]) / 1e6 / frames, dotCount[0], sim[1] - sim[0], frames);
    }

    static void startHeadless() throws Exception {
        setIfAbsent("glass.platform", "Monocle");
        setIfAbsent("monocle.platform", "Headless");
        setIfAbsent("prism.order", "sw");
        setIfAbsent("prism.text", "t2k");
        setIfAbsent("java.awt.headless", "true");
        System.setProperty("headless.geometry", WIDTH + "x" + HEIGHT + "-32");
        if (System.getProperty(AppHome.PROPERTY) == null) {
            try {
                Path home = Files.createTempDirectory("backend-lab-bench-ui");
                home.toFile().deleteOnExit();
                System.setProperty(AppHome.PROPERTY, home.toString());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        CompletableFuture<Void> started = new CompletableFuture<>();
        try {
            QuietJavaFx.apply();
            Platform.startup(() -> started.complete(null));
        } catch (IllegalStateException alreadyRunning) {
            started.complete(null);
        }
        started.get(60, TimeUnit.SECONDS);
        Platform.setImplicitExit(false);
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
