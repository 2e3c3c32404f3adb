package org.backendlab.ui;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.backendlab.cli.Command;
import org.backendlab.io.Settings;
import org.backendlab.ui.run.RateScale;
import org.backendlab.ui.run.RunViewModel;
import org.backendlab.ui.run.Speed;

/**
 * {@code backend-lab bench-soak [--minutes N]}: the real window on the full example at the slider's
 * highest traffic, animated (Monocle), for N minutes; prints the heap after a full GC and the resident
 * memory each minute, then {@code rss_mb_max}, {@code heap_growth_share} (last minute against the first)
 * and {@code exceptions}. Figures, never a pass or fail.
 */
public final class BenchSoakCommand implements Command {

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) {
        int minutes = 10;
        try {
            if (args.length == 2 && args[0].equals("--minutes")) {
                minutes = Integer.parseInt(args[1]);
            } else if (args.length != 0) {
                throw new IllegalArgumentException("unknown option");
            }
            if (minutes < 1 || minutes > 120) {
                throw new IllegalArgumentException("--minutes must be 1-120");
            }
        } catch (IllegalArgumentException e) {
            err.println("backend-lab bench-soak: " + e.getMessage() + ". Usage: backend-lab bench-soak [--minutes N]");
            return 2;
        }
        AtomicInteger exceptions = new AtomicInteger();
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> exceptions.incrementAndGet());
        try {
            BenchUiCommand.startHeadless();
            CompletableFuture<RunViewModel> started = new CompletableFuture<>();
            Platform.runLater(() -> {
                Thread.currentThread().setUncaughtExceptionHandler((t, e) -> exceptions.incrementAndGet());
                MainViewModel vm = new MainViewModel(new Settings("en", List.of()), false);
                MainWindow window = new MainWindow(new Stage(), vm);
                window.show(1600, 1000);
                RunViewModel run = vm.run();
                run.previewRate(RateScale.MAX_RATE);
                run.clock().speedProperty().set(Speed.NORMAL);
                run.togglePlaying();
                started.complete(run);
            });
            RunViewModel run = started.get(60, TimeUnit.SECONDS);
            double firstHeap = Double.NaN;
            double lastHeap = Double.NaN;
            double rssMax = 0;
            for (int minute = 1; minute <= minutes; minute++) {
                // waiting is the point of a soak: the window runs on its own thread meanwhile
                Thread.sleep(60_000);
                // the window keeps allocating meanwhile: of three full collections, the least left over
                double heap = Double.MAX_VALUE;
                for (int gc = 0; gc < 3; gc++) {
                    System.gc();
                    heap = Math.min(heap, heapAfterGcMb());
                }
                double rss = residentMb();
                rssMax = Math.max(rssMax, rss);
                if (minute == 1) {
                    firstHeap = heap;
                }
                lastHeap = heap;
                out.printf(Locale.ROOT, "minute_%d_heap_mb: %.1f%n", minute, heap);
                out.printf(Locale.ROOT, "minute_%d_rss_mb: %.1f%n", minute, rss);
                out.printf(Locale.ROOT, "minute_%d_simulated_seconds: %.1f%n", minute, run.clock().time());
                out.flush();
            }
            out.printf(Locale.ROOT, "rss_mb_max: %.1f%n", rssMax);
            out.printf(Locale.ROOT, "heap_growth_share: %.3f%n", (lastHeap - firstHeap) / firstHeap);
            out.println("exceptions: " + exceptions.get());
            Platform.exit();
            return 0;
        } catch (Exception e) {
            err.println("backend-lab bench-soak: could not run: " + e);
            return 1;
        }
    }

    /**
     * Heap still in use after the last collection, MB: what the collector could not free (the window keeps
     * allocating while this runs, so "used now" would count fresh garbage).
     */
    static double heapAfterGcMb() {
        long bytes = 0;
        for (var pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == java.lang.management.MemoryType.HEAP && pool.getCollectionUsage() != null) {
                bytes += pool.getCollectionUsage().getUsed();
            }
        }
        return bytes / 1e6;
    }

    /** Resident memory of this process in MB (Linux; NaN elsewhere). */
    static double residentMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
                }
            }
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
        return Double.NaN;
    }
}
