package org.backendlab.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.backendlab.io.DiagramFiles;
import org.backendlab.model.Diagram;
import org.backendlab.model.NodeKind;
import org.backendlab.model.RequestKind;
import org.junit.jupiter.api.Test;

/** Absurd loads neither exhaust memory nor run forever: rates are capped and in-flight requests bounded. */
class LimitsTest {

    @Test
    void anAbsurdRateIsCappedPerClient() {
        Diagram diagram = DiagramFiles.example("full");
        long clients = diagram.nodes().stream().filter(n -> n.traffic() != null).count();
        Simulation sim = new Simulation(diagram, 1);
        sim.setTotalRate(1e12);
        double seconds = 0.05;
        sim.runUntil(seconds);
        MetricsSnapshot m = sim.metrics();
        long offered = m.total().started() + m.shedRequests();
        assertTrue(offered > 0);
        // each client sends at most MAX_RATE x the pattern's peak factor
        assertTrue(offered <= clients * ClientSource.MAX_RATE * ClientSource.SPIKE_FACTOR * seconds * 1.1,
                "offered " + offered);
    }

    @Test
    void requestsInFlightAreBoundedAndTheRestAreCountedAsShed() {
        // a slow server with a huge queue: without a limit, requests would pile up without bound
        Diagram diagram = Diagrams.start().client("client-1", 1_000_000, RequestKind.API_READ)
                .node("api-1", NodeKind.API_SERVER)
                .server("api-1", s -> Diagrams.settings(org.backendlab.model.InstanceSize.SMALL, 1, 100_000, 1000))
                .calls("client-1", "api-1", 1).build();
        Simulation sim = new Simulation(diagram, 1);
        sim.limitInFlight(5_000);
        sim.runUntil(0.5);
        assertTrue(sim.requestsInFlight() <= 5_000, "in flight " + sim.requestsInFlight());
        MetricsSnapshot m = sim.metrics();
        assertTrue(m.shedRequests() > 100_000, "shed " + m.shedRequests());
        assertTrue(m.total().started() <= 5_000 + m.total().completed() + m.total().failed());
    }

    @Test
    void aSensibleRunShedsNothing() {
        Simulation sim = new Simulation(DiagramFiles.example("full"), 1);
        sim.runUntil(30);
        assertEquals(0, sim.metrics().shedRequests());
    }
}
