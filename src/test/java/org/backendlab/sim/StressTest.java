package org.backendlab.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.backendlab.io.DiagramFiles;
import org.backendlab.model.Autoscaling;
import org.backendlab.model.BalancePolicy;
import org.backendlab.model.Diagram;
import org.backendlab.model.InstanceSize;
import org.backendlab.model.Node;
import org.backendlab.model.TrafficPattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Turbulent runs (faults, short timeouts, live edits, autoscaling) leave no request or resource behind:
 * after the traffic stops and the backend drains, every request has ended and every thread and queue is free.
 */
class StressTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void aDrainedBackendHoldsNothingAfterFaultsAndEdits(long seed) {
        Diagram diagram = DiagramFiles.example("full");
        Node api = diagram.require("api-1");
        diagram.replaceNode(api.withServer(api.server().withTimeoutMs(300)
                .withAutoscaling(new Autoscaling(true, 0.6, 1, 4, 10, 5, 0, 0))));
        diagram.replaceNode(diagram.require("lb-1").withPolicy(BalancePolicy.LEAST_CONNECTIONS));
        Node client = diagram.require("client-1");
        diagram.replaceNode(client.withTraffic(client.traffic().withPattern(TrafficPattern.SPIKE)));
        Simulation sim = new Simulation(diagram, seed);
        SplittableRandom chaos = new SplittableRandom(seed);
        String[] victims = {"api-1", "api-2", "db-1", "cache-1", "storage-1", "lb-1", "fw-1"};
        for (int step = 0; step < 40; step++) {
            sim.setTotalRate(50 + chaos.nextInt(400));
            String victim = victims[chaos.nextInt(victims.length)];
            sim.setDown(victim, chaos.nextBoolean());
            if (chaos.nextInt(4) == 0) {
                Node db = diagram.require("db-1");
                diagram.replaceNode(db.withServer(db.server()
                        .withThreads(1 + chaos.nextInt(30)).withQueue(chaos.nextInt(100))
                        .withSize(InstanceSize.values()[chaos.nextInt(4)])
                        .withInstances(1 + chaos.nextInt(3))));
            }
            sim.advanceBy(chaos.nextDouble() * 5);
        }
        for (String victim : victims) {
            sim.setDown(victim, false);
        }
        sim.setTotalRate(0);
        sim.advanceBy(600);
        MetricsSnapshot m = sim.metrics();
        EndToEnd total = m.total();
        assertTrue(total.completed() > 100 && total.failed() > 100, total.toString());
        assertEquals(total.started(), total.completed() + total.failed());
        for (NodeMetrics node : m.nodes().values()) {
            assertEquals(0, node.threadsBusyNow(), node.id());
            assertEquals(0, node.queueNow(), node.id());
            assertEquals(0, node.window().utilization(), 1e-12, node.id());
        }
        assertTrue(sim.recentTraces().stream().noneMatch(t -> t.outcome() == Outcome.IN_FLIGHT));
    }
}
