package org.backendlab.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.backendlab.model.Autoscaling;
import org.backendlab.model.BalancePolicy;
import org.backendlab.model.Diagram;
import org.backendlab.model.InstanceSize;
import org.backendlab.model.NodeKind;
import org.backendlab.model.RequestKind;
import org.junit.jupiter.api.Test;

/** Per-instance figures of a server node: arrivals per second and CPU over the window, per instance. */
class InstanceMetricsTest {

    private static Diagram oneNodeBehind(BalancePolicy policy, int instances, double rate) {
        return Diagrams.start().client("client-1", rate, RequestKind.API_READ)
                .node("lb-1", NodeKind.LOAD_BALANCER).with("lb-1", n -> n.withPolicy(policy))
                .node("api-1", NodeKind.API_SERVER).server("api-1", s -> s.withInstances(instances))
                .calls("client-1", "lb-1", 2).calls("lb-1", "api-1", 1)
                .build();
    }

    @Test
    void roundRobinSplitsEvenlyOverFourInstancesAndTheSharesAddUp() {
        Simulation sim = new Simulation(oneNodeBehind(BalancePolicy.ROUND_ROBIN, 4, 200), 1);
        sim.runUntil(30);
        NodeMetrics api = sim.metrics().node("api-1");
        List<InstanceMetrics> instances = api.instances();
        assertEquals(4, instances.size());
        double sum = 0;
        for (InstanceMetrics m : instances) {
            assertEquals(InstanceMetrics.Status.RUNNING, m.status());
            assertEquals(50, m.arrivalsPerSecond(), 50 * 0.05, "instance #" + m.number());
            assertTrue(m.utilization() > 0 && m.utilization() < 1, "cpu " + m.utilization());
            sum += m.arrivalsPerSecond();
        }
        assertEquals(api.window().arrived() / api.window().seconds(), sum, 1e-6);
        assertEquals(api.utilization(), instances.stream().mapToDouble(InstanceMetrics::utilization).average().orElseThrow(), 0.02);
    }

    @Test
    void leastConnectionsSendsMoreToTheBiggerNodesInstances() {
        Diagram diagram = Diagrams.start().client("client-1", 150, RequestKind.API_READ)
                .node("lb-1", NodeKind.LOAD_BALANCER).with("lb-1", n -> n.withPolicy(BalancePolicy.LEAST_CONNECTIONS))
                .node("small", NodeKind.API_SERVER).server("small", s -> s.withSize(InstanceSize.SMALL).withInstances(2))
                .node("big", NodeKind.API_SERVER).server("big", s -> s.withSize(InstanceSize.XLARGE).withInstances(2))
                .calls("client-1", "lb-1", 2).calls("lb-1", "small", 1).calls("lb-1", "big", 1)
                .build();
        Simulation sim = new Simulation(diagram, 1);
        sim.runUntil(30);
        double small = sim.metrics().node("small").instances().get(0).arrivalsPerSecond();
        double big = sim.metrics().node("big").instances().get(0).arrivalsPerSecond();
        assertTrue(big > small * 1.2, big + " vs " + small);
    }

    @Test
    void aDownedNodesInstancesGetNothing() {
        Diagram diagram = Diagrams.start().client("client-1", 100, RequestKind.API_READ)
                .node("lb-1", NodeKind.LOAD_BALANCER)
                .node("api-1", NodeKind.API_SERVER).server("api-1", s -> s.withInstances(2))
                .node("api-2", NodeKind.API_SERVER).server("api-2", s -> s.withInstances(2))
                .calls("client-1", "lb-1", 2).calls("lb-1", "api-1", 1).calls("lb-1", "api-2", 1)
                .build();
        Simulation sim = new Simulation(diagram, 1);
        sim.setDown("api-2", true);
        sim.runUntil(20);
        for (InstanceMetrics m : sim.metrics().node("api-2").instances()) {
            assertEquals(0, m.arrivalsPerSecond());
            assertEquals(0, m.utilization());
        }
        assertTrue(sim.metrics().node("api-1").instances().stream().allMatch(m -> m.arrivalsPerSecond() > 40));
    }

    @Test
    void aBootingInstanceGetsNothingAndTheListFollowsScaling() {
        Diagram diagram = oneNodeBehind(BalancePolicy.ROUND_ROBIN, 1, 400);
        diagram.replaceNode(diagram.require("api-1").withServer(diagram.require("api-1").server()
                .withAutoscaling(new Autoscaling(true, 0.6, 1, 3, 30, 20, 0, 0))));
        Simulation sim = new Simulation(diagram, 1);
        boolean sawBooting = false;
        for (int t = 1; t <= 120 && !sawBooting; t++) {
            sim.runUntil(t);
            for (InstanceMetrics m : sim.metrics().node("api-1").instances()) {
                if (m.status() == InstanceMetrics.Status.BOOTING) {
                    sawBooting = true;
                    assertEquals(0, m.inFlightNow());
                    assertEquals(0, m.utilization());
                }
            }
        }
        assertTrue(sawBooting, "the autoscaler started an instance");
        sim.runUntil(sim.now() + 60);
        List<InstanceMetrics> after = sim.metrics().node("api-1").instances();
        assertTrue(after.size() >= 2, "" + after.size());
        assertTrue(after.get(1).arrivalsPerSecond() > 0);
    }
}
