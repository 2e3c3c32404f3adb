package org.backendlab.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.backendlab.io.DiagramFiles;
import org.junit.jupiter.api.Test;

/** Laws every run obeys: Little's law, exact conservation of requests, and seeded determinism. */
class InvariantsTest {

    @Test
    void littlesLawHoldsAtAServerOverALongRun() {
        Simulation sim = new Simulation(Diagrams.singleTier(3400, 4, 16), 3);
        sim.runUntil(400);
        NodeStats stats = sim.metrics().node("api-1").total();
        double meanInSystem = stats.inSystem();
        double littles = stats.throughput() * stats.meanLatencyMs() / 1000.0;
        assertEquals(meanInSystem, littles, meanInSystem * 0.01);
    }

    @Test
    void littlesLawHoldsForTheWholeFullExample() {
        Simulation sim = new Simulation(DiagramFiles.example("full"), 5);
        sim.setTotalRate(150);
        sim.runUntil(600);
        NodeStats api = sim.metrics().node("api-1").total();
        assertEquals(api.inSystem(), api.throughput() * api.meanLatencyMs() / 1000.0, api.inSystem() * 0.01);
    }

    @Test
    void everyArrivalIsCompletedDroppedOrStillInsideAtTheEnd() {
        Simulation sim = new Simulation(Diagrams.singleTier(5000, 4, 16), 9);
        sim.runUntil(37.3);
        NodeMetrics api = sim.metrics().node("api-1");
        NodeStats total = api.total();
        assertTrue(total.dropped() > 0, "the run must be overloaded enough to drop");
        assertEquals(total.arrived(), total.completed() + total.dropped() + api.threadsBusyNow() + api.queueNow());
    }

    @Test
    void everyRequestOfTheFullExampleEndsCompletedOrFailedOrIsStillInFlight() {
        Simulation sim = new Simulation(DiagramFiles.example("full"), 4);
        sim.setTotalRate(400);
        sim.runUntil(45.5);
        EndToEnd total = sim.metrics().total();
        assertTrue(total.failed() > 0 && total.completed() > 0);
        long inFlight = total.started() - total.completed() - total.failed();
        assertTrue(inFlight >= 0 && inFlight < 400 * 3, "in flight: " + inFlight);
        sim.setTotalRate(0);
        sim.advanceBy(600);
        EndToEnd drained = sim.metrics().total();
        assertEquals(drained.started(), drained.completed() + drained.failed());
    }

    @Test
    void theSameSeedGivesTheSameResults() {
        Simulation first = new Simulation(DiagramFiles.example("full"), 42);
        Simulation second = new Simulation(DiagramFiles.example("full"), 42);
        first.runUntil(30);
        second.advanceBy(10);
        second.advanceBy(20);
        assertEquals(first.metrics(), second.metrics());
    }

    @Test
    void anotherSeedGivesOtherResults() {
        Simulation first = new Simulation(DiagramFiles.example("full"), 1);
        Simulation second = new Simulation(DiagramFiles.example("full"), 2);
        first.runUntil(30);
        second.runUntil(30);
        assertNotEquals(first.metrics().total(), second.metrics().total());
    }
}
