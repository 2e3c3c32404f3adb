package org.backendlab.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.DoubleSupplier;
import org.backendlab.io.DiagramFiles;
import org.backendlab.model.Diagram;
import org.backendlab.sim.Benchmarks;

/**
 * {@code backend-lab bench}: engine speed figures as {@code name: value} lines (plain numbers, median of
 * three runs after a warm-up). Takes well under two minutes; figures vary with the machine and never fail a build.
 */
public final class BenchCommand implements Command {

    private static final int RUNS = 3;

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length > 0) {
            err.println("backend-lab bench: takes no arguments. usage: backend-lab bench");
            return 2;
        }
        Diagram full = DiagramFiles.example("full");
        Diagram fullScaled = Benchmarks.scaledOut(full, 60);
        Benchmarks.holdEventsPerSecond(1000, 5_000_000, 1);
        line(out, "hold_events_per_second", median(() -> Benchmarks.holdEventsPerSecond(1000, 10_000_000, 2)));
        Benchmarks.run(full, 10_000, 5, 20, false, 1);
        Benchmarks.Throughput[] plain = new Benchmarks.Throughput[RUNS];
        for (int i = 0; i < RUNS; i++) {
            plain[i] = Benchmarks.run(full, 10_000, 10, 60, false, 3 + i);
        }
        line(out, "requests_per_second", median(plain, true));
        line(out, "events_per_second_full_example", median(plain, false));
        line(out, "requests_per_second_traced",
                median(() -> Benchmarks.run(full, 10_000, 10, 60, true, 7).requestsPerSecond()));
        Benchmarks.Throughput[] scaled = new Benchmarks.Throughput[RUNS];
        for (int i = 0; i < RUNS; i++) {
            scaled[i] = Benchmarks.run(fullScaled, 10_000, 10, 30, false, 11 + i);
        }
        line(out, "requests_per_second_scaled_out", median(scaled, true));
        line(out, "events_per_second_scaled_out", median(scaled, false));
        line(out, "snapshot_microseconds", median(() -> Benchmarks.snapshotMicros(fullScaled, 10_000, 600, 5)));
        return 0;
    }

    private static double median(DoubleSupplier run) {
        double[] values = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            values[i] = run.getAsDouble();
        }
        Arrays.sort(values);
        return values[RUNS / 2];
    }

    private static double median(Benchmarks.Throughput[] runs, boolean requests) {
        double[] values = Arrays.stream(runs)
                .mapToDouble(t -> requests ? t.requestsPerSecond() : t.eventsPerSecond()).sorted().toArray();
        return values[RUNS / 2];
    }

    private static void line(PrintStream out, String name, double value) {
        out.println(name + ": " + String.format(Locale.ROOT, "%.0f", value));
        out.flush();
    }
}
