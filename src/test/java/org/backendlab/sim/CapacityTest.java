package org.backendlab.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.backendlab.model.Diagram;
import org.backendlab.model.InstanceSize;
import org.backendlab.model.NodeKind;
import org.backendlab.model.RequestKind;
import org.junit.jupiter.api.Test;

/** Threads, cores, queues and timeouts: where a slow part shows its symptom and where its cause is. */
class CapacityTest {

    /**
     * API server (16 threads, 20 ms work on 2 cores) in front of a database that takes 400 ms per query
     * on 3 x 8 cores: the database could serve 60 queries/s, the API's threads only 16 / 0.4 s = 40.
     */
    private static Diagram slowDatabase(double rate, double apiTimeoutMs) {
        return Diagrams.start().client("client-1", rate, RequestKind.API_READ)
                .node("api-1", NodeKind.API_SERVER).node("db-1", NodeKind.DATABASE)
                .server("api-1", s -> Diagrams.settings(InstanceSize.MEDIUM, 16, 50, 20).withTimeoutMs(apiTimeoutMs))
                .server("db-1", s -> Diagrams.settings(InstanceSize.XLARGE, 64, 100, 400 * 1.5).withInstances(3))
                .calls("client-1", "api-1", 5).calls("api-1", "db-1", 1).build();
    }

    @Test
    void slowDatabaseFillsApiThreadsWhileApiCpuStaysLow() {
        Simulation sim = new Simulation(slowDatabase(45, 0), 1);
        sim.runUntil(120);
        NodeMetrics api = sim.metrics().node("api-1");
        assertTrue(api.threadsBusyShare() > 0.9, "threads busy " + api.threadsBusyShare());
        assertTrue(api.utilization() < 0.5, "cpu " + api.utilization());
        Bottleneck bottleneck = sim.bottleneck().orElseThrow();
        assertEquals("db-1", bottleneck.node());
        assertEquals(BottleneckCause.HOLDS_CALLER_THREADS, bottleneck.cause());
        assertEquals("api-1", bottleneck.symptomNode());
    }

    @Test
    void aCallThatWaitsLongerThanTheTimeoutFailsWithTimeout() {
        Simulation sim = new Simulation(slowDatabase(45, 300), 1);
        sim.runUntil(60);
        MetricsSnapshot m = sim.metrics();
        assertTrue(m.node("api-1").total().timeouts() > 100);
        assertTrue(m.total().failures().getOrDefault(ReasonCode.TIMEOUT, 0L) > 100);
        assertTrue(m.node("api-1").total().p99LatencyMs() < 300 + 1, "completed calls all finished within the timeout");
    }

    @Test
    void aFullQueueDropsWithQueueFull() {
        Simulation sim = new Simulation(Diagrams.singleTier(3000, 1, 5), 1);
        sim.runUntil(10);
        MetricsSnapshot m = sim.metrics();
        assertTrue(m.node("api-1").total().dropped() > 10_000);
        assertEquals(m.node("api-1").total().dropped(), m.total().failures().get(ReasonCode.QUEUE_FULL));
        assertEquals(BottleneckCause.CPU_SATURATED, m.bottleneck().orElseThrow().cause());
    }

    @Test
    void moreThreadsThanCoresMakeThreadsWaitForACore() {
        Diagram diagram = Diagrams.start().client("client-1", 1700, RequestKind.API_READ)
                .node("api-1", NodeKind.API_SERVER)
                .server("api-1", s -> Diagrams.settings(InstanceSize.MEDIUM, 8, 1000, 1.0))
                .calls("client-1", "api-1").build();
        Simulation sim = new Simulation(diagram, 1);
        sim.runUntil(200);
        NodeStats stats = sim.metrics().node("api-1").total();
        assertEquals(0.85, stats.utilization(), 0.01, "cores, not threads, bound the CPU");
        assertTrue(stats.threadsBusy() > 2, "more threads are busy than there are cores");
    }

    @Test
    void aBiggerInstanceServesFaster() {
        double small = meanLatency(InstanceSize.MEDIUM);
        double bigger = meanLatency(InstanceSize.XLARGE);
        assertTrue(bigger < small * 0.8, small + " vs " + bigger);
    }

    private static double meanLatency(InstanceSize size) {
        Diagram diagram = Diagrams.start().client("client-1", 80, RequestKind.API_READ)
                .node("api-1", NodeKind.API_SERVER).server("api-1", s -> s.withSize(size))
                .calls("client-1", "api-1").build();
        Simulation sim = new Simulation(diagram, 1);
        sim.runUntil(300);
        return sim.metrics().node("api-1").total().meanLatencyMs();
    }

    @Test
    void aDownServerWithoutBalancerFailsWithNodeDown() {
        Simulation sim = new Simulation(slowDatabase(0, 0), 1);
        sim.setDown("db-1", true);
        RequestStory story = sim.sendOne(RequestKind.API_READ, "client-1", CacheForce.NONE);
        assertEquals(ReasonCode.NODE_DOWN, story.failure().code());
        assertEquals("db-1", story.failure().node());
    }

    @Test
    void takingANodeDownFailsTheCallsItHolds() {
        Simulation sim = new Simulation(slowDatabase(45, 0), 1);
        sim.runUntil(20);
        sim.setDown("db-1", true);
        sim.advanceBy(1);
        MetricsSnapshot m = sim.metrics();
        assertTrue(m.node("db-1").total().errors(ReasonCode.NODE_DOWN) > 10);
        assertEquals(0, m.node("db-1").threadsBusyNow());
    }
}
