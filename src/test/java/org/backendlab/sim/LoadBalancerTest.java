package org.backendlab.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.backendlab.model.BalancePolicy;
import org.backendlab.model.Diagram;
import org.backendlab.model.NodeKind;
import org.backendlab.model.RequestKind;
import org.junit.jupiter.api.Test;

/** A load balancer spreads calls over the running instances behind it and skips those that are down. */
class LoadBalancerTest {

    private static Diagram threeApisBehind(BalancePolicy policy, double rate) {
        return Diagrams.start().client("client-1", rate, RequestKind.API_READ)
                .node("lb-1", NodeKind.LOAD_BALANCER).with("lb-1", n -> n.withPolicy(policy))
                .node("api-1", NodeKind.API_SERVER).node("api-2", NodeKind.API_SERVER).node("api-3", NodeKind.API_SERVER)
                .calls("client-1", "lb-1", 2).calls("lb-1", "api-1", 1).calls("lb-1", "api-2", 1).calls("lb-1", "api-3", 1)
                .build();
    }

    private static long arrived(Simulation sim, String id) {
        return sim.metrics().node(id).total().arrived();
    }

    @Test
    void roundRobinSpreadsEvenly() {
        Simulation sim = new Simulation(threeApisBehind(BalancePolicy.ROUND_ROBIN, 100), 1);
        sim.runUntil(60);
        long a = arrived(sim, "api-1");
        long b = arrived(sim, "api-2");
        long c = arrived(sim, "api-3");
        assertTrue(a > 1500);
        assertTrue(Math.max(a, Math.max(b, c)) - Math.min(a, Math.min(b, c)) <= 1, a + " " + b + " " + c);
    }

    @Test
    void downedInstanceReceivesNothing() {
        Simulation sim = new Simulation(threeApisBehind(BalancePolicy.ROUND_ROBIN, 100), 1);
        sim.setDown("api-2", true);
        sim.runUntil(60);
        assertEquals(0, arrived(sim, "api-2"));
        assertTrue(arrived(sim, "api-1") > 2500 && arrived(sim, "api-3") > 2500);
        assertEquals(0, sim.metrics().total().failed(), "the balancer reroutes instead of failing");
    }

    @Test
    void aNodeBroughtBackReceivesCallsAgain() {
        Simulation sim = new Simulation(threeApisBehind(BalancePolicy.ROUND_ROBIN, 100), 1);
        sim.setDown("api-2", true);
        sim.runUntil(10);
        assertEquals(0, arrived(sim, "api-2"));
        sim.setDown("api-2", false);
        sim.runUntil(20);
        assertTrue(arrived(sim, "api-2") > 200);
    }

    @Test
    void everyBackendDownFailsWithNodeDown() {
        Simulation sim = new Simulation(threeApisBehind(BalancePolicy.ROUND_ROBIN, 0), 1);
        sim.setDown("api-1", true);
        sim.setDown("api-2", true);
        sim.setDown("api-3", true);
        RequestStory story = sim.sendOne(RequestKind.API_READ, "client-1", CacheForce.NONE);
        assertEquals(ReasonCode.NODE_DOWN, story.failure().code());
    }

    @Test
    void leastConnectionsAvoidsTheSlowInstance() {
        Diagram diagram = threeApisBehind(BalancePolicy.LEAST_CONNECTIONS, 150);
        diagram.replaceNode(diagram.require("api-3").withServer(
                diagram.require("api-3").server().withServiceMs(RequestKind.API_READ, 200)));
        Simulation sim = new Simulation(diagram, 1);
        sim.runUntil(60);
        assertTrue(arrived(sim, "api-3") < arrived(sim, "api-1") / 2, arrived(sim, "api-3") + " vs " + arrived(sim, "api-1"));
    }

    @Test
    void randomSpreadsRoughlyEvenly() {
        Simulation sim = new Simulation(threeApisBehind(BalancePolicy.RANDOM, 100), 1);
        sim.runUntil(60);
        long total = arrived(sim, "api-1") + arrived(sim, "api-2") + arrived(sim, "api-3");
        for (String id : new String[] {"api-1", "api-2", "api-3"}) {
            assertEquals(total / 3.0, arrived(sim, id), total * 0.03);
        }
    }

    @Test
    void aNodeWithSeveralInstancesSpreadsCallsRoundRobinByItself() {
        Diagram diagram = Diagrams.start().client("client-1", 100, RequestKind.API_READ)
                .node("api-1", NodeKind.API_SERVER).server("api-1", s -> s.withInstances(2))
                .calls("client-1", "api-1", 1).build();
        Simulation sim = new Simulation(diagram, 1);
        sim.runUntil(30);
        assertEquals(2, sim.runningInstances("api-1"));
        assertEquals(2, sim.metrics().node("api-1").coresTotal() / 2);
        assertEquals(0, sim.metrics().total().failed());
    }
}
