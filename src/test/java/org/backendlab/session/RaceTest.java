package org.backendlab.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.backendlab.io.DiagramFiles;
import org.backendlab.model.InstanceSize;
import org.backendlab.model.Node;
import org.backendlab.model.TrafficPattern;
import org.backendlab.model.edit.Edits;
import org.backendlab.session.RaceComparison.Measure;
import org.backendlab.session.RaceComparison.Verdict;
import org.backendlab.sim.MetricsSnapshot;
import org.junit.jupiter.api.Test;

/** The A/B race in plain Java: one clock, one traffic, two designs that do not touch each other. */
class RaceTest {

    /** The rate at which api-1 of the full example is busy enough for a bigger size to show. */
    static final double BUSY_RATE = 400;

    private final RunSession a = new RunSession(new Document(DiagramFiles.example("full")));

    private static void scaleUp(RunSession session, String nodeId, InstanceSize size) {
        Node before = session.diagram().node(nodeId).orElseThrow();
        session.document().perform(Edits.change(before, before.withServer(before.server().withSize(size))));
    }

    @Test
    void bothDesignsStartAtZeroAndAdvanceTogether() {
        a.runFor(5, 1);
        Race race = new Race(a, a.diagram().copy());
        assertEquals(0, race.a().now(), 1e-9, "A starts again with B");
        assertEquals(0, race.b().now(), 1e-9);
        race.advanceBy(2.5);
        assertEquals(2.5, race.a().now(), 1e-9);
        assertEquals(2.5, race.b().now(), 1e-9);
        assertEquals(a.seed(), race.b().seed());
        race.close();
    }

    @Test
    void rateLiveRatePatternAndMixSetOnAAreAppliedToB() {
        Race race = new Race(a, a.diagram().copy());
        a.setRate(321);
        assertEquals(321, race.b().rate(), 1e-9);
        a.previewRate(777);
        race.advanceBy(0.1);
        assertEquals(777, race.b().simulation().totalRate(), 1e-9, "a live rate reaches B on the next step");
        a.commitRate();
        assertEquals(777, race.b().rate(), 1e-9);
        assertFalse(race.b().hasLiveRate());
        a.setPattern(TrafficPattern.SPIKE);
        assertEquals(TrafficPattern.SPIKE, race.b().pattern());
        a.setReadShare(0.5);
        assertEquals(0.5, race.b().readShare(), 1e-9);
        a.document().undo();
        assertEquals(a.readShare(), race.b().readShare(), 1e-9, "an undo on A is followed too");
        race.close();
    }

    @Test
    void bStartsWithATrafficAndNothingToUndo() {
        a.previewRate(250);
        var other = DiagramFiles.example("full");
        Race race = new Race(a, other);
        assertEquals(250, race.b().simulation().totalRate(), 1e-9);
        assertFalse(race.b().document().canUndo());
        assertFalse(race.b().document().isDirty());
        race.close();
    }

    @Test
    void aDesignChangeInBDoesNotTouchA() {
        Race race = new Race(a, a.diagram().copy());
        String before = a.diagram().node("api-1").orElseThrow().toString();
        scaleUp(race.b(), "api-1", InstanceSize.LARGE);
        assertEquals(before, a.diagram().node("api-1").orElseThrow().toString());
        assertEquals(InstanceSize.LARGE, race.b().diagram().node("api-1").orElseThrow().server().size());
        assertFalse(a.document().canUndo(), "nothing was done to A");
        race.runFor(10, 1);
        assertNotEquals(a.latest().costPerHour(), race.b().latest().costPerHour());
        race.close();
    }

    @Test
    void aTrafficEditInBGoesBackToTheRaceTraffic() {
        Race race = new Race(a, a.diagram().copy());
        Node client = race.b().diagram().node("client-1").orElseThrow();
        race.b().document().perform(Edits.change(client, client.withTraffic(client.traffic().withRate(5))));
        assertEquals(a.rate(), race.b().rate(), 1e-9);
        race.close();
    }

    @Test
    void identicalDesignsWithTheSameSeedGiveIdenticalSnapshots() {
        a.previewRate(BUSY_RATE);
        Race race = new Race(a, a.diagram().copy());
        race.runFor(20, 0.5);
        MetricsSnapshot ma = race.a().latest();
        MetricsSnapshot mb = race.b().latest();
        assertTrue(ma.total().completed() > 1000, "enough traffic ran: " + ma.total().completed());
        assertEquals(ma, mb);
        race.compare().rows().forEach(r -> assertTrue(r.verdict() == Verdict.SAME, r.toString()));
        race.close();
    }

    @Test
    void aLargerApiServerInBWinsOnP95() {
        a.previewRate(BUSY_RATE);
        Race race = new Race(a, a.diagram().copy());
        scaleUp(race.b(), "api-1", InstanceSize.LARGE);
        race.runFor(30, 1);
        RaceComparison c = race.compare();
        assertEquals(Verdict.B_BETTER, c.row(Measure.P95_LATENCY).verdict(), c.toString());
        assertEquals(Verdict.A_BETTER, c.row(Measure.COST_PER_HOUR).verdict(), "a larger instance costs more");
        race.close();
    }

    @Test
    void restartingARestartsB() {
        Race race = new Race(a, a.diagram().copy());
        race.runFor(3, 1);
        a.restart();
        assertEquals(0, race.b().now(), 1e-9);
        race.close();
    }

    @Test
    void closingTheRaceStopsFollowingA() {
        Race race = new Race(a, a.diagram().copy());
        int during = a.listenerCount() + a.document().listenerCount();
        race.close();
        assertEquals(during - 2, a.listenerCount() + a.document().listenerCount());
        a.setRate(99);
        assertNotEquals(99, race.b().rate(), 1e-9);
    }

    @Test
    void smallDifferencesAreTies() {
        assertEquals(Verdict.SAME, RaceComparison.lowerWins(100, 102, 0));
        assertEquals(Verdict.A_BETTER, RaceComparison.lowerWins(100, 110, 0));
        assertEquals(Verdict.B_BETTER, RaceComparison.lowerWins(0.05, 0.01, RaceComparison.ERROR_SHARE_TIE));
        assertEquals(Verdict.SAME, RaceComparison.lowerWins(0.0004, 0.0, RaceComparison.ERROR_SHARE_TIE));
    }
}
