package org.backendlab.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.backendlab.io.DiagramFiles;
import org.backendlab.model.Diagram;
import org.backendlab.model.NodeKind;
import org.backendlab.model.RequestKind;
import org.backendlab.model.TrafficPattern;
import org.junit.jupiter.api.Test;

/** What the UI reads: traces for animation, alerts of monitors, bottlenecks and traffic patterns. */
class ObservationTest {

    @Test
    void recentTracesAreBoundedAndCarryEveryHop() {
        Simulation sim = new Simulation(DiagramFiles.example("full"), 1);
        sim.setTotalRate(2000);
        sim.runUntil(10);
        List<RequestStory> traces = sim.recentTraces();
        assertTrue(traces.size() <= 300, "at most 200 in flight + 100 finished: " + traces.size());
        assertTrue(traces.stream().anyMatch(t -> t.outcome() == Outcome.IN_FLIGHT));
        RequestStory done = traces.stream().filter(t -> t.outcome() == Outcome.COMPLETED).findFirst().orElseThrow();
        for (int i = 1; i < done.steps().size(); i++) {
            assertTrue(done.steps().get(i).time() >= done.steps().get(i - 1).time() - 1e-12, "steps in time order");
        }
        assertEquals(StepKind.TRAVEL, done.steps().get(0).kind());
    }

    @Test
    void aMonitorRaisesAnAlertOnlyAfterTheThresholdHeld() {
        Simulation sim = new Simulation(DiagramFiles.example("full"), 1);
        sim.setTotalRate(400);
        sim.runUntil(5);
        assertTrue(sim.alerts().isEmpty(), "not yet held for 10 s");
        sim.runUntil(30);
        assertTrue(sim.alerts().stream().anyMatch(a -> a.node().equals("api-1") && a.cause() == AlertCause.CPU));
        assertTrue(sim.alerts().stream().noneMatch(a -> a.node().equals("cache-1")), "cache-1 is not watched");
    }

    @Test
    void aCalmBackendHasNoBottleneck() {
        Simulation sim = new Simulation(DiagramFiles.example("full"), 1);
        sim.setTotalRate(20);
        sim.runUntil(60);
        assertTrue(sim.bottleneck().isEmpty(), sim.bottleneck().toString());
        assertTrue(sim.alerts().isEmpty());
    }

    @Test
    void aSpikeTriplesTheRateForTenSecondsAMinute() {
        Diagram diagram = Diagrams.start().client("client-1", 40, RequestKind.API_READ)
                .with("client-1", n -> n.withTraffic(n.traffic().withPattern(TrafficPattern.SPIKE)))
                .node("api-1", NodeKind.API_SERVER).server("api-1", s -> s.withInstances(4))
                .calls("client-1", "api-1").build();
        Simulation sim = new Simulation(diagram, 1);
        sim.runUntil(49);
        double calm = sim.metrics().window().started() / sim.metrics().window().seconds();
        sim.runUntil(60);
        double spike = sim.metrics().window().started() / sim.metrics().window().seconds();
        assertEquals(40, calm, 6);
        assertEquals(120, spike, 12);
    }

    @Test
    void aDailyWaveAveragesToTheSetRate() {
        Diagram diagram = Diagrams.start().client("client-1", 50, RequestKind.API_READ)
                .with("client-1", n -> n.withTraffic(n.traffic().withPattern(TrafficPattern.DAILY_WAVE)))
                .node("api-1", NodeKind.API_SERVER).server("api-1", s -> s.withInstances(4))
                .calls("client-1", "api-1").build();
        Simulation sim = new Simulation(diagram, 1);
        sim.runUntil(30);
        double rising = sim.metrics().window().started() / sim.metrics().window().seconds();
        sim.runUntil(1200);
        assertEquals(50, sim.metrics().total().started() / 1200.0, 1.5);
        assertTrue(rising > 70, "a quarter into the day the rate is near its peak: " + rising);
    }
}
