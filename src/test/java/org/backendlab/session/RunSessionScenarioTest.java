package org.backendlab.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.backendlab.io.DiagramFiles;
import org.backendlab.model.Link;
import org.backendlab.model.Node;
import org.backendlab.model.NodeKind;
import org.backendlab.model.RequestKind;
import org.backendlab.model.edit.Edits;
import org.backendlab.sim.CacheForce;
import org.backendlab.sim.MetricsSnapshot;
import org.backendlab.sim.Outcome;
import org.backendlab.sim.ReasonCode;
import org.junit.jupiter.api.Test;

/** A whole learner's scenario on the run session, headless: no window, no JavaFX. */
class RunSessionScenarioTest {

    private final List<String> resets = new ArrayList<>();
    private final List<MetricsSnapshot> snapshots = new ArrayList<>();

    private RunSession sessionOn(String example) {
        RunSession session = new RunSession(new Document(DiagramFiles.example(example)));
        session.addListener(new SessionListener() {
            @Override
            public void runReset() {
                resets.add("reset");
            }

            @Override
            public void snapshot(MetricsSnapshot metrics) {
                snapshots.add(metrics);
            }
        });
        return session;
    }

    private static double documentRate(RunSession session) {
        return session.diagram().nodes().stream().filter(n -> n.traffic() != null).mapToDouble(n -> n.traffic().rate()).sum();
    }

    @Test
    void aLiveRateThenLettingGoRunsAtExactlyThatRateAndUndoRestoresIt() {
        RunSession session = sessionOn("client-api-db");
        double before = session.rate();

        session.previewRate(940);
        assertEquals(940, session.simulation().totalRate(), 1e-9);
        assertEquals(before, documentRate(session), 1e-9, "dragging is not an edit yet");
        session.commitRate();

        assertEquals(940, session.rate(), 1e-9);
        assertEquals(940, documentRate(session), 1e-9);
        assertEquals(940, session.simulation().totalRate(), 1e-9, "the rate must not be applied twice");
        session.runFor(20, 1);
        MetricsSnapshot m = session.latest();
        assertEquals(940, m.total().started() / 20.0, 940 * 0.05);

        session.document().undo();
        assertEquals(before, session.rate(), 1e-9);
        assertEquals(before, session.simulation().totalRate(), 1e-9);
    }

    @Test
    void wholeScenarioHeadless() {
        RunSession session = sessionOn("client-api-db");
        session.setRunning(true);
        session.setRate(60);
        session.runFor(10, 0.5);
        assertEquals(10, session.now(), 1e-9);
        assertEquals(20, snapshots.size());
        assertEquals(0, session.latest().total().failed());

        // an edit through the gateway: the run follows and the action is recorded
        Node cache = Node.create("cache-7", NodeKind.CACHE, "Cache", 540, 80);
        session.document().perform(Edits.all(List.of(Edits.addNode(cache), Edits.addLink(Link.calls("api-1", "cache-7")))));
        assertTrue(session.actions().stream().anyMatch(a -> a instanceof LearnerAction.Edited e
                && e.change().parts().contains(new DocumentChange.NodeAdded(cache))));

        // a node down: requests fail for that reason; back up: they do not
        session.setDown("db-1", true);
        session.runFor(5, 1);
        assertTrue(session.latest().window().failures().getOrDefault(ReasonCode.NODE_DOWN, 0L) > 0);
        session.setDown("db-1", false);
        assertFalse(session.isDown("db-1"));

        // send one: its whole story, recorded
        var story = session.sendOne(RequestKind.API_READ, null, CacheForce.MISS).orElseThrow();
        assertEquals(Outcome.COMPLETED, story.outcome());
        assertTrue(story.visited("db-1"));
        assertTrue(session.actions().stream().anyMatch(a -> a instanceof LearnerAction.Sent s
                && s.kind() == RequestKind.API_READ && s.from().equals("client-1") && s.force() == CacheForce.MISS));

        // restart: time zero, same document, down nodes reset
        session.setDown("api-1", true);
        int resetsBefore = resets.size();
        session.restart();
        assertEquals(0, session.now(), 1e-9);
        assertFalse(session.isDown("api-1"));
        assertEquals(resetsBefore + 1, resets.size());
        assertTrue(session.diagram().contains("cache-7"));
        assertEquals(60, session.rate(), 1e-9);

        // another document ends the old run completely
        session.runFor(3, 1);
        session.document().load(DiagramFiles.example("full"));
        assertEquals(resetsBefore + 2, resets.size());
        assertEquals(0, session.now(), 1e-9);
        assertEquals(0, session.latest().total().started());
        assertTrue(session.actions().isEmpty());
        assertFalse(session.diagram().contains("cache-7"));
        assertTrue(session.isRunning(), "playing stays as the learner left it");
    }
}
