package org.backendlab.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A single tier built as an M/M/c/K queue agrees with shared/reference/queueing.md (mu = 1 per ms, so the
 * reference values in units of 1/mu are milliseconds) within the tolerances written there.
 */
class QueueingTheoryTest {

    private static final int UNBOUNDED = 10_000_000;

    private static NodeStats run(double lambdaPerMs, int cores, int queue, double customers, long seed) {
        double lambda = lambdaPerMs * 1000;
        Simulation sim = new Simulation(Diagrams.singleTier(lambda, cores, queue), seed);
        sim.runUntil(customers / lambda);
        return sim.metrics().node("api-1").total();
    }

    private static void near(double expected, double actual, double relative, String what) {
        assertEquals(expected, actual, Math.abs(expected) * relative, what);
    }

    @ParameterizedTest(name = "M/M/{1}, lambda {0}")
    @CsvSource({
        // lambda, c, C, W, p95, tolerance (W, C, util, throughput), p95 tolerance, customers
        "0.5, 1, 0.5, 2.0000, 5.9915, 0.02, 0.03, 600000",
        "0.8, 1, 0.8, 5.0000, 14.9787, 0.02, 0.03, 2000000",
        "0.9, 1, 0.9, 10.0000, 29.9573, 0.03, 0.05, 3000000",
        "3.0, 4, 0.5094, 1.5094, 4.1281, 0.02, 0.03, 1000000",
        "3.6, 4, 0.7878, 2.9694, 8.1655, 0.03, 0.05, 2000000",
    })
    void infiniteQueueMatchesErlangC(double lambda, int c, double waitProbability, double w, double p95,
                                     double tolerance, double p95Tolerance, double customers) {
        NodeStats stats = run(lambda, c, UNBOUNDED - c, customers, 7);
        near(w, stats.meanLatencyMs(), tolerance, "mean response time W");
        near(p95, stats.p95LatencyMs(), p95Tolerance, "p95 response time");
        near(waitProbability, (double) stats.waited() / stats.arrived(), tolerance, "probability of waiting C");
        near(lambda / c, stats.utilization(), tolerance, "utilisation");
        near(lambda * 1000, stats.throughput(), tolerance, "throughput per second");
        assertEquals(0, stats.dropped());
    }

    @ParameterizedTest(name = "M/M/{1}/{2}, lambda {0}")
    @CsvSource({
        // lambda, c, K, W, P_block, utilisation, tolerance, customers
        "0.9, 1, 10, 4.6466, 0.05081, 0.85427, 0.03, 1500000",
        "3.6, 4, 20, 2.1950, 0.01680, 0.88488, 0.03, 1000000",
        "5.0, 4, 20, 4.0821, 0.20284, 0.99645, 0.03, 1000000",
    })
    void finiteQueueMatchesMmck(double lambda, int c, int k, double w, double blocking, double utilisation,
                                double tolerance, double customers) {
        NodeStats stats = run(lambda, c, k - c, customers, 11);
        near(w, stats.meanLatencyMs(), tolerance, "mean response time W");
        double measuredBlocking = (double) stats.dropped() / stats.arrived();
        assertEquals(blocking, measuredBlocking, Math.max(0.05 * blocking, 0.002), "blocking probability");
        near(utilisation, stats.utilization(), tolerance, "utilisation");
        near(lambda * 1000 * (1 - blocking), stats.throughput(), tolerance, "throughput per second");
    }
}
