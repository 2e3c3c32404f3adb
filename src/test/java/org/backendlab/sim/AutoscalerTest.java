package org.backendlab.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.backendlab.model.Autoscaling;
import org.backendlab.model.Diagram;
import org.backendlab.model.NodeKind;
import org.backendlab.model.RequestKind;
import org.backendlab.model.Traffic;
import org.junit.jupiter.api.Test;

/** The autoscaler adds instances only after sustained load, lets them boot, and respects its cooldown. */
class AutoscalerTest {

    /** One API server (2 cores, 20 ms per read: 100 reads/s at most) with autoscaling 1-6, target 60%. */
    private static Diagram autoscaled(double rate) {
        return Diagrams.start().client("client-1", rate, RequestKind.API_READ)
                .node("api-1", NodeKind.API_SERVER)
                .server("api-1", s -> s.withAutoscaling(new Autoscaling(true, 0.6, 1, 6, 30, 20, 0, 0)))
                .calls("client-1", "api-1", 1).build();
    }

    private static List<ScalingEvent> scaleOuts(Simulation sim) {
        return sim.scalingEvents().stream().filter(e -> e.action() == ScalingAction.SCALE_OUT).toList();
    }

    @Test
    void autoscalerAddsOnlyAfterSustainedLoad() {
        Diagram diagram = autoscaled(20);
        Simulation sim = new Simulation(diagram, 1);
        sim.runUntil(100);
        assertTrue(scaleOuts(sim).isEmpty(), "20% CPU never scales out");
        diagram.replaceNode(diagram.require("client-1").withTraffic(
                diagram.require("client-1").traffic().withRate(150)));
        sim.runUntil(200);
        List<ScalingEvent> outs = scaleOuts(sim);
        assertTrue(!outs.isEmpty(), "150% load scales out");
        assertTrue(outs.get(0).time() >= 100 + 10, "not before the window saw the new load: " + outs.get(0).time());
        assertTrue(outs.get(0).cpu() > 0.6);
    }

    @Test
    void aShortBurstDoesNotScaleOut() {
        Diagram diagram = autoscaled(20);
        Simulation sim = new Simulation(diagram, 1);
        sim.runUntil(100);
        Traffic calm = diagram.require("client-1").traffic();
        diagram.replaceNode(diagram.require("client-1").withTraffic(calm.withRate(150)));
        sim.runUntil(104);
        diagram.replaceNode(diagram.require("client-1").withTraffic(calm));
        sim.runUntil(200);
        assertTrue(scaleOuts(sim).isEmpty());
    }

    @Test
    void autoscalerNeverActsDuringCooldown() {
        Simulation sim = new Simulation(autoscaled(400), 1);
        sim.runUntil(400);
        List<ScalingEvent> actions = sim.scalingEvents().stream()
                .filter(e -> e.action() == ScalingAction.SCALE_OUT || e.action() == ScalingAction.SCALE_IN).toList();
        assertTrue(actions.size() >= 3, "it keeps scaling out under heavy load: " + actions);
        for (int i = 1; i < actions.size(); i++) {
            assertTrue(actions.get(i).time() - actions.get(i - 1).time() >= 30, "cooldown kept: " + actions);
        }
        assertTrue(sim.scalingEvents().stream().anyMatch(e -> e.action() == ScalingAction.HELD_BY_COOLDOWN));
    }

    @Test
    void aNewInstanceServesOnlyAfterBooting() {
        Simulation sim = new Simulation(autoscaled(150), 1);
        sim.runUntil(120);
        ScalingEvent out = scaleOuts(sim).get(0);
        ScalingEvent ready = sim.scalingEvents().stream().filter(e -> e.action() == ScalingAction.INSTANCE_READY)
                .findFirst().orElseThrow();
        assertEquals(out.time() + 20, ready.time(), 1e-9);
        Simulation probe = new Simulation(autoscaled(150), 1);
        probe.runUntil(out.time() + 10);
        assertEquals(1, probe.runningInstances("api-1"));
        assertEquals(1, probe.bootingInstances("api-1"));
        probe.runUntil(out.time() + 21);
        assertEquals(2, probe.runningInstances("api-1"));
    }

    @Test
    void itNeverGoesBeyondItsMaximumAndScalesBackInWhenCalm() {
        Diagram diagram = autoscaled(2000);
        Simulation sim = new Simulation(diagram, 1);
        sim.runUntil(600);
        assertEquals(6, sim.runningInstances("api-1"));
        assertTrue(sim.scalingEvents().stream().anyMatch(e -> e.action() == ScalingAction.AT_MAXIMUM));
        sim.setTotalRate(5);
        sim.runUntil(1200);
        assertEquals(1, sim.runningInstances("api-1"));
    }

    @Test
    void costFollowsTheRunningInstances() {
        Simulation sim = new Simulation(autoscaled(2000), 1);
        double before = sim.metrics().costPerHour();
        sim.runUntil(600);
        assertEquals(before * 6, sim.metrics().costPerHour(), 1e-9);
    }

    @Test
    void aRiseFromTwentyToNinetyPercentScalesOutWithinTheDocumentedDelay() {
        Diagram diagram = autoscaled(20);
        Simulation sim = new Simulation(diagram, 1);
        sim.runUntil(100);
        assertTrue(scaleOuts(sim).isEmpty());
        diagram.replaceNode(diagram.require("client-1").withTraffic(
                diagram.require("client-1").traffic().withRate(90)));
        sim.runUntil(200);
        ScalingEvent out = scaleOuts(sim).get(0);
        double delay = (Autoscaling.DEFAULT_EVALUATION_PERIODS + 1) * Autoscaler.CHECK_SECONDS;
        assertTrue(out.time() > 100 && out.time() <= 100 + delay, "scaled out at " + out.time());
        assertEquals(Autoscaling.DEFAULT_EVALUATION_PERIODS, out.checksInARow());
        assertEquals(Autoscaling.DEFAULT_EVALUATION_PERIODS, out.checksNeeded());
        assertTrue(out.cpu() > 0.6);
    }

    @Test
    void aTenSecondSpikeIsNarratedAsIgnored() {
        Diagram diagram = autoscaled(35);
        diagram.replaceNode(diagram.require("client-1").withTraffic(
                diagram.require("client-1").traffic().withPattern(org.backendlab.model.TrafficPattern.SPIKE)));
        Simulation sim = new Simulation(diagram, 1);
        sim.runUntil(300);
        assertTrue(scaleOuts(sim).isEmpty());
        assertEquals(0, sim.scaleOuts());
        List<ScalingEvent> ignored = sim.scalingEvents().stream()
                .filter(e -> e.action() == ScalingAction.BRIEF_RISE_IGNORED).toList();
        assertTrue(ignored.size() >= 4, "one per spike: " + ignored);
        assertTrue(ignored.stream().allMatch(e -> e.checksInARow() < e.checksNeeded()));
    }

    @Test
    void scalingInWaitsForALongerCalmThanScalingOut() {
        Diagram diagram = autoscaled(150);
        Simulation sim = new Simulation(diagram, 1);
        sim.runUntil(200);
        int busy = sim.runningInstances("api-1");
        assertTrue(busy >= 2);
        sim.setTotalRate(5);
        double calmFrom = sim.now();
        sim.runUntil(calmFrom + Autoscaling.DEFAULT_SCALE_IN_PERIODS * Autoscaler.CHECK_SECONDS - 1);
        assertEquals(busy, sim.runningInstances("api-1"), "no scale-in before the calm lasted long enough");
        sim.runUntil(calmFrom + 200);
        assertTrue(sim.runningInstances("api-1") < busy);
        ScalingEvent in = sim.scalingEvents().stream().filter(e -> e.action() == ScalingAction.SCALE_IN)
                .findFirst().orElseThrow();
        assertTrue(in.checksInARow() >= Autoscaling.DEFAULT_SCALE_IN_PERIODS);
        assertTrue(sim.scaleIns() >= 1);
    }

    @Test
    void theEvaluationPeriodsAreASetting() {
        Diagram diagram = Diagrams.start().client("client-1", 90, RequestKind.API_READ)
                .node("api-1", NodeKind.API_SERVER)
                .server("api-1", s -> s.withAutoscaling(new Autoscaling(true, 0.6, 1, 6, 30, 20, 1, 0)))
                .calls("client-1", "api-1", 1).build();
        Simulation sim = new Simulation(diagram, 1);
        sim.runUntil(11);
        assertEquals(1, sim.scaleOuts(), "one check above target is enough when the setting says so");
    }
}
