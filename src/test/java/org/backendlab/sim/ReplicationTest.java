package org.backendlab.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.backendlab.model.Autoscaling;
import org.backendlab.model.Diagram;
import org.backendlab.model.NodeKind;
import org.backendlab.model.RequestKind;
import org.backendlab.model.TrafficPattern;
import org.junit.jupiter.api.Test;

/**
 * Where theory has no closed form (spikes, autoscaling), ten seeded replications must keep the invariants
 * and move in the right direction.
 */
class ReplicationTest {

    private static final int REPLICATIONS = 10;

    private static Diagram spiky(int instances, boolean autoscaled) {
        return Diagrams.start().client("client-1", 60, RequestKind.API_READ)
                .with("client-1", n -> n.withTraffic(n.traffic().withPattern(TrafficPattern.SPIKE)))
                .node("api-1", NodeKind.API_SERVER)
                .server("api-1", s -> s.withInstances(instances)
                        .withAutoscaling(new Autoscaling(autoscaled, 0.5, 1, 5, 15, 10, 0, 0)))
                .calls("client-1", "api-1", 2).build();
    }

    @Test
    void moreServersNeverRaiseTheMeanWaitAtEqualLoad() {
        for (long seed = 1; seed <= REPLICATIONS; seed++) {
            double two = meanLatency(spiky(2, false), seed);
            double three = meanLatency(spiky(3, false), seed);
            assertTrue(three <= two, "seed " + seed + ": " + three + " > " + two);
        }
    }

    private static double meanLatency(Diagram diagram, long seed) {
        Simulation sim = new Simulation(diagram, seed);
        sim.runUntil(300);
        return sim.metrics().total().meanLatencyMs();
    }

    @Test
    void autoscaledSpikesKeepCooldownBoundsAndConservation() {
        for (long seed = 1; seed <= REPLICATIONS; seed++) {
            Simulation sim = new Simulation(spiky(1, true), seed);
            sim.runUntil(600);
            List<ScalingEvent> actions = sim.scalingEvents().stream()
                    .filter(e -> e.action() == ScalingAction.SCALE_OUT || e.action() == ScalingAction.SCALE_IN).toList();
            assertTrue(!actions.isEmpty(), "seed " + seed + " never scaled");
            for (int i = 1; i < actions.size(); i++) {
                assertTrue(actions.get(i).time() - actions.get(i - 1).time() >= 15);
            }
            for (ScalingEvent e : sim.scalingEvents()) {
                assertTrue(e.instancesAfter() >= 1 && e.instancesAfter() <= 5);
            }
            sim.setTotalRate(0);
            sim.advanceBy(120);
            EndToEnd total = sim.metrics().total();
            assertEquals(total.started(), total.completed() + total.failed());
            NodeStats api = sim.metrics().node("api-1").total();
            assertEquals(api.arrived(), api.completed() + api.dropped());
        }
    }
}
