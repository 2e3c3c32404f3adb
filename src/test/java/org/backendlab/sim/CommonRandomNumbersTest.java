package org.backendlab.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.backendlab.io.DiagramFiles;
import org.backendlab.model.Diagram;
import org.backendlab.model.InstanceSize;
import org.backendlab.model.Link;
import org.backendlab.model.LinkKind;
import org.backendlab.model.Node;
import org.backendlab.model.NodeKind;
import org.junit.jupiter.api.Test;

/**
 * Two designs fed the same seed see the same requests: every client's arrival times, kinds, keys and work
 * draws do not depend on anything else in the diagram, so a difference in results is the design's doing.
 */
class CommonRandomNumbersTest {

    /** What one client arrival carried, as text (exact doubles), so two runs compare with equals. */
    private static List<String> arrivals(Diagram diagram, long seed, double seconds) {
        List<String> seen = new ArrayList<>();
        try (Simulation sim = new Simulation(diagram, seed)) {
            sim.watchArrivals((client, time, kind, key, work) ->
                    seen.add(client + " " + time + " " + kind + " " + key + " " + Arrays.toString(work)));
            sim.runUntil(seconds);
        }
        return seen;
    }

    private static Diagram changed(Diagram diagram, String id, UnaryOperator<Node> change) {
        Diagram copy = diagram.copy();
        copy.replaceNode(change.apply(copy.require(id)));
        return copy;
    }

    @Test
    void changingTheDatabaseThreadsLeavesEveryRequestAsItWas() {
        Diagram full = DiagramFiles.example("full");
        Diagram fewThreads = changed(full, "db-1", n -> n.withServer(n.server().withThreads(2)));
        List<String> a = arrivals(full, 3, 60);
        List<String> b = arrivals(fewThreads, 3, 60);
        assertTrue(a.size() > 5000, "the full example sends about 120 requests/s: " + a.size());
        assertEquals(a, b);
        assertNotEquals(meanLatency(full, 3, 60), meanLatency(fewThreads, 3, 60), "the designs do differ");
    }

    @Test
    void addingACacheLeavesEveryRequestAsItWas() {
        Diagram plain = DiagramFiles.example("client-api-db");
        Diagram cached = plain.copy();
        String api = plain.nodes().stream().filter(n -> n.kind() == NodeKind.API_SERVER).findFirst().orElseThrow().id();
        cached.addNode(Node.create("cache-9", NodeKind.CACHE, "cache", 0, 0));
        cached.addLink(new Link(api, "cache-9", LinkKind.CALLS, 1));
        List<String> a = arrivals(plain, 5, 60);
        List<String> b = arrivals(cached, 5, 60);
        assertTrue(a.size() > 1000, "requests seen: " + a.size());
        assertEquals(a, b);
    }

    @Test
    void anotherSeedGivesOtherRequests() {
        Diagram full = DiagramFiles.example("full");
        assertNotEquals(arrivals(full, 1, 10), arrivals(full, 2, 10));
    }

    private static double meanLatency(Diagram diagram, long seed, double seconds) {
        try (Simulation sim = new Simulation(diagram, seed)) {
            sim.setTraceSampling(1, 0, 0);
            sim.runUntil(seconds);
            return sim.metrics().total().meanLatencyMs();
        }
    }

    /**
     * The figure that makes a race worth watching: scale api-1 of the full example up to LARGE and run 120 s
     * for seeds 1-20. The difference in mean end-to-end latency varies far less over seeds when both designs
     * get the same seed than when they get different seeds.
     */
    @Test
    void theSameSeedMakesTheDifferenceBetweenTwoDesignsSharp() {
        Diagram a = DiagramFiles.example("full");
        Diagram b = changed(a, "api-1", n -> n.withServer(n.server().withSize(InstanceSize.LARGE)));
        int seeds = 20;
        double[] same = new double[seeds];
        double[] other = new double[seeds];
        for (int s = 1; s <= seeds; s++) {
            double meanA = meanLatency(a, s, 120);
            same[s - 1] = meanLatency(b, s, 120) - meanA;
            other[s - 1] = meanLatency(b, s + 1000, 120) - meanA;
        }
        double ratio = variance(other) / variance(same);
        System.out.printf(Locale.ROOT, "crn_difference_variance_same_seed_ms2: %.5f%n", variance(same));
        System.out.printf(Locale.ROOT, "crn_difference_variance_other_seed_ms2: %.5f%n", variance(other));
        System.out.printf(Locale.ROOT, "crn_variance_ratio: %.1f%n", ratio);
        assertTrue(ratio >= 20, "variance ratio " + ratio);
    }

    private static double variance(double[] x) {
        double mean = Arrays.stream(x).average().orElseThrow();
        return Arrays.stream(x).map(v -> (v - mean) * (v - mean)).sum() / (x.length - 1);
    }
}
