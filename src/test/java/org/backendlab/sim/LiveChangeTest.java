package org.backendlab.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.backendlab.io.DiagramFiles;
import org.backendlab.model.Diagram;
import org.backendlab.model.InstanceSize;
import org.backendlab.model.Link;
import org.backendlab.model.Node;
import org.backendlab.model.NodeKind;
import org.backendlab.model.RequestKind;
import org.junit.jupiter.api.Test;

/** Edits to the diagram and run-time controls take effect while the simulation runs, without a restart. */
class LiveChangeTest {

    @Test
    void liveChangeTakesEffectWithoutRestart() {
        Diagram diagram = Diagrams.start().client("client-1", 30, RequestKind.API_READ)
                .node("api-1", NodeKind.API_SERVER).calls("client-1", "api-1", 1).build();
        Simulation sim = new Simulation(diagram, 1);
        sim.runUntil(30);
        double before = sim.metrics().node("api-1").window().throughput();
        Node client = diagram.require("client-1");
        diagram.replaceNode(client.withTraffic(client.traffic().withRate(80)));
        sim.runUntil(60);
        double after = sim.metrics().node("api-1").window().throughput();
        assertEquals(30, before, 4);
        assertEquals(80, after, 8);
        assertTrue(sim.now() == 60, "the clock went on");
    }

    @Test
    void scalingOutWhileRunningRelievesAnOverloadedServer() {
        Diagram diagram = Diagrams.start().client("client-1", 180, RequestKind.API_READ)
                .node("api-1", NodeKind.API_SERVER).calls("client-1", "api-1", 1).build();
        Simulation sim = new Simulation(diagram, 1);
        sim.runUntil(30);
        assertTrue(sim.metrics().node("api-1").window().dropped() > 0);
        diagram.replaceNode(diagram.require("api-1").withServer(diagram.require("api-1").server().withInstances(3)));
        sim.runUntil(40);
        assertEquals(3, sim.runningInstances("api-1"));
        sim.runUntil(60);
        assertEquals(0, sim.metrics().node("api-1").window().dropped());
    }

    @Test
    void scalingUpWhileRunningLowersCpu() {
        Diagram diagram = Diagrams.start().client("client-1", 60, RequestKind.API_READ)
                .node("api-1", NodeKind.API_SERVER).calls("client-1", "api-1", 1).build();
        Simulation sim = new Simulation(diagram, 1);
        sim.runUntil(30);
        double before = sim.metrics().node("api-1").utilization();
        diagram.replaceNode(diagram.require("api-1").withServer(diagram.require("api-1").server().withSize(InstanceSize.XLARGE)));
        sim.runUntil(60);
        double after = sim.metrics().node("api-1").utilization();
        assertEquals(0.6, before, 0.06);
        assertEquals(60 * 0.020 / 1.5 / 8, after, 0.02);
    }

    @Test
    void theTrafficSliderSharesTheTotalRateInProportion() {
        Diagram diagram = Diagrams.start().client("client-1", 10, RequestKind.API_READ)
                .client("client-2", 30, RequestKind.API_READ)
                .node("api-1", NodeKind.API_SERVER).server("api-1", s -> s.withInstances(4))
                .calls("client-1", "api-1", 1).calls("client-2", "api-1", 1).build();
        Simulation sim = new Simulation(diagram, 1);
        sim.setTotalRate(200);
        assertEquals(200, sim.totalRate(), 1e-9);
        sim.runUntil(100);
        assertEquals(200, sim.metrics().total().throughput(), 6);
    }

    @Test
    void wiringAServerInWhileRunningRoutesToIt() {
        Diagram diagram = Diagrams.start().client("client-1", 20, RequestKind.API_READ).build();
        Simulation sim = new Simulation(diagram, 1);
        sim.runUntil(10);
        assertTrue(sim.metrics().total().failures().get(ReasonCode.NO_ROUTE) > 100);
        diagram.addNode(Node.create("api-1", NodeKind.API_SERVER, "API", 0, 0));
        diagram.addLink(Link.calls("client-1", "api-1"));
        sim.runUntil(40);
        assertTrue(sim.metrics().node("api-1").window().completed() > 150);
        assertEquals(0, sim.metrics().window().failed());
    }

    @Test
    void removingANodeWhileRunningFailsItsCallsAndKeepsTheRestGoing() {
        Diagram diagram = DiagramFiles.example("full");
        Simulation sim = new Simulation(diagram, 1);
        sim.setTotalRate(100);
        sim.runUntil(20);
        diagram.removeNode("cache-1");
        sim.runUntil(40);
        MetricsSnapshot m = sim.metrics();
        assertTrue(!m.nodes().containsKey("cache-1"));
        assertTrue(m.window().completed() > 1000);
    }

    @Test
    void aClosedSimulationNoLongerFollowsItsDiagram() {
        Diagram diagram = Diagrams.start().client("client-1", 50, RequestKind.API_READ)
                .node("api-1", NodeKind.API_SERVER).calls("client-1", "api-1", 1).build();
        Simulation sim = new Simulation(diagram, 1);
        sim.close();
        diagram.replaceNode(diagram.require("client-1").withTraffic(diagram.require("client-1").traffic().withRate(0)));
        sim.runUntil(20);
        assertTrue(sim.metrics().total().completed() > 500);
    }
}
