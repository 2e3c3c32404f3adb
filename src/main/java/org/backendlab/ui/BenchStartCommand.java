package org.backendlab.ui;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.backendlab.cli.Command;
import org.backendlab.io.AppHome;

/**
 * {@code backend-lab bench-start [--runs N] [--java-option OPT]...}: cold start of the app to its first
 * frame against a bare JavaFX window, each started in a fresh JVM (same java, class path and flags,
 * headless under Monocle). Prints medians and their ratio as {@code name: value} lines; never a verdict.
 */
public final class BenchStartCommand implements Command {

    private static final String USAGE = "usage: backend-lab bench-start [--runs N] [--java-option OPT]...";
    private static final long BUDGET_NANOS = TimeUnit.SECONDS.toNanos(115);
    private static final long RUN_TIMEOUT_MS = 25_000;
    /** Flags of this JVM that must not reach the children: they would write files or wait for a debugger. */
    private static final List<String> NOT_INHERITED = List.of("-XX:ArchiveClassesAtExit", "-XX:DumpLoadedClassList",
            "-XX:SharedClassListFile", "-Xshare:dump", "-agentlib:jdwp", "-Djava.class.path");

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) {
        int runs = 5;
        List<String> extra = new ArrayList<>();
        try {
            for (int i = 0; i < args.length; i += 2) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(args[i] + " needs a value");
                }
                switch (args[i]) {
                    case "--runs" -> runs = Integer.parseInt(args[i + 1]);
                    case "--java-option" -> extra.add(args[i + 1]);
                    default -> throw new IllegalArgumentException("unknown option '" + args[i] + "'");
                }
            }
            if (runs < 1 || runs > 9) {
                throw new IllegalArgumentException("--runs must be 1-9");
            }
        } catch (IllegalArgumentException e) {
            err.println("backend-lab bench-start: " + e.getMessage() + ". " + USAGE);
            return 2;
        }
        try {
            Path home = Files.createTempDirectory("backend-lab-bench-start");
            List<String> command = childCommand(extra, home);
            long deadline = System.nanoTime() + BUDGET_NANOS;
            long[] app = new long[runs];
            long[] hello = new long[runs];
            // Alternate, so a burst of load on the machine hits both sides alike.
            for (int i = 0; i < runs; i++) {
                app[i] = startMillis(command, "app", deadline);
                hello[i] = startMillis(command, "hello", deadline);
            }
            double appMedian = median(app);
            double helloMedian = median(hello);
            out.println("app_start_ms_median: " + Math.round(appMedian));
            out.println("hello_start_ms_median: " + Math.round(helloMedian));
            out.println("start_ratio: " + String.format(Locale.ROOT, "%.2f", appMedian / helloMedian));
            out.println("app_start_ms_runs: " + join(app));
            out.println("hello_start_ms_runs: " + join(hello));
            return 0;
        } catch (IOException | IllegalStateException e) {
            err.println("backend-lab bench-start: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("backend-lab bench-start: interrupted");
            return 1;
        }
    }

    /** This JVM's java binary, its own flags, Monocle's headless settings, then the class path and probe. */
    static List<String> childCommand(List<String> extra, Path home) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (NOT_INHERITED.stream().noneMatch(arg::startsWith)) {
                command.add(arg);
            }
        }
        command.addAll(List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Dprism.text=t2k", "-Djava.awt.headless=true", "-Dheadless.geometry=1400x900-32",
                "-D" + AppHome.PROPERTY + "=" + home));
        command.addAll(extra);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), StartProbe.class.getName()));
        return command;
    }

    private static long startMillis(List<String> base, String what, long deadline)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(base);
        command.add(what);
        Path errors = Files.createTempFile("backend-lab-bench-start", ".err");
        long start = System.nanoTime();
        Process child = new ProcessBuilder(command).redirectError(errors.toFile()).start();
        long timeout = Math.min(RUN_TIMEOUT_MS, TimeUnit.NANOSECONDS.toMillis(deadline - start));
        Thread killer = new Thread(() -> {
            try {
                if (!child.waitFor(Math.max(timeout, 0), TimeUnit.MILLISECONDS)) {
                    child.destroyForcibly();
                }
            } catch (InterruptedException e) {
                child.destroyForcibly();
            }
        }, "bench-start-timeout");
        killer.setDaemon(true);
        killer.start();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (StartProbe.FIRST_FRAME.equals(line.strip())) {
                    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
                    child.waitFor(5, TimeUnit.SECONDS);
                    Files.deleteIfExists(errors);
                    return millis;
                }
            }
        } finally {
            child.destroyForcibly();
        }
        String tail = Files.readString(errors);
        Files.deleteIfExists(errors);
        throw new IllegalStateException("the " + what + " did not show a first frame within the time limit"
                + (tail.isBlank() ? "" : ":\n" + tail.substring(Math.max(0, tail.length() - 2000))));
    }

    static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2.0;
    }

    private static String join(long[] values) {
        return String.join(",", Arrays.stream(values).mapToObj(Long::toString).toList());
    }
}
