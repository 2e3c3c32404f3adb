package org.backendlab.sim;

import java.util.SplittableRandom;
import org.backendlab.model.Diagram;
import org.backendlab.model.Node;

/**
 * Speed measurements of the engine for the {@code bench} command (wall-clock time is read here, never
 * inside the engine): the classic hold model on the event calendar, and whole diagrams under traffic.
 */
public final class Benchmarks {

    /** Result of running a diagram: simulated requests and events per wall second. */
    public record Throughput(long requests, long events, double wallSeconds) {

        public double requestsPerSecond() {
            return requests / wallSeconds;
        }

        public double eventsPerSecond() {
            return events / wallSeconds;
        }
    }

    private Benchmarks() {
    }

    /**
     * Hold model: {@code pending} events wait in the calendar; each step takes the earliest and schedules
     * one at an exponential delay, with the engine's calendar and random streams. Returns events per wall second.
     */
    public static double holdEventsPerSecond(int pending, long steps, long seed) {
        EventCalendar calendar = new EventCalendar();
        SplittableRandom random = Streams.of(seed, "hold", "delays");
        for (int i = 0; i < pending; i++) {
            calendar.schedule(Streams.exponential(random, 1.0), Engine.ARRIVAL, i, 0);
        }
        long start = System.nanoTime();
        double sink = 0;
        for (long k = 0; k < steps; k++) {
            calendar.take();
            sink += calendar.takenA;
            calendar.schedule(calendar.takenTime + Streams.exponential(random, 1.0), Engine.ARRIVAL, calendar.takenA, 0);
        }
        long end = System.nanoTime();
        if (sink < 0) {
            throw new IllegalStateException();
        }
        return steps / ((end - start) / 1e9);
    }

    /**
     * Runs a diagram at a total client rate for some simulated seconds after a warm-up, with or without
     * sampled traces (the UI samples), and measures simulated requests and events per wall second.
     */
    public static Throughput run(Diagram diagram, double totalRate, double warmupSeconds, double seconds,
                                 boolean traced, long seed) {
        try (Simulation sim = new Simulation(diagram, seed)) {
            sim.setTotalRate(totalRate);
            if (!traced) {
                sim.setTraceSampling(1, 0, 0);
            }
            sim.runUntil(warmupSeconds);
            long requests = sim.metrics().total().started();
            long events = sim.eventsProcessed();
            long start = System.nanoTime();
            sim.runUntil(warmupSeconds + seconds);
            long end = System.nanoTime();
            return new Throughput(sim.metrics().total().started() - requests, sim.eventsProcessed() - events,
                    (end - start) / 1e9);
        }
    }

    /** Wall time of one metrics snapshot of a running diagram, in microseconds (mean of many). */
    public static double snapshotMicros(Diagram diagram, double totalRate, int snapshots, long seed) {
        try (Simulation sim = new Simulation(diagram, seed)) {
            sim.setTotalRate(totalRate);
            sim.runUntil(30);
            long start = System.nanoTime();
            double sink = 0;
            for (int i = 0; i < snapshots; i++) {
                sim.advanceBy(1.0 / 60);
                sink += sim.metrics().time();
            }
            long end = System.nanoTime();
            if (sink < 0) {
                throw new IllegalStateException();
            }
            return (end - start) / 1e3 / snapshots;
        }
    }

    /** The diagram with every server node given more instances, so it keeps up with heavy traffic. */
    public static Diagram scaledOut(Diagram diagram, int instances) {
        Diagram copy = diagram.copy();
        for (Node node : copy.nodes()) {
            if (node.server() != null) {
                copy.replaceNode(node.withServer(node.server().withInstances(instances)));
            }
        }
        return copy;
    }
}
