package org.backendlab.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.backendlab.io.DiagramFiles;
import org.backendlab.model.Diagram;
import org.backendlab.model.NodeKind;
import org.backendlab.model.RequestKind;
import org.junit.jupiter.api.Test;

/** Requests follow the wiring: files to storage (or the database), downloads by URL, no path = no_route. */
class FilesAndRoutesTest {

    @Test
    void fileDownloadsNeverTouchTheDatabase() {
        Diagram diagram = DiagramFiles.example("full");
        Diagram downloadsOnly = Diagrams.start().client("client-1", 30, RequestKind.FILE_DOWNLOAD).build();
        diagram.replaceNode(diagram.require("client-1").withTraffic(downloadsOnly.require("client-1").traffic()));
        diagram.replaceNode(diagram.require("admin-1").withTraffic(downloadsOnly.require("client-1").traffic().withRate(0)));
        Simulation sim = new Simulation(diagram, 1);
        sim.runUntil(60);
        MetricsSnapshot m = sim.metrics();
        assertTrue(m.total().completed() > 1500);
        assertEquals(0, m.node("db-1").total().arrived());
        assertEquals(m.total().completed(), m.node("storage-1").total().completed(), 30);
    }

    /** The storage.vs.db comparison a learner makes: remove the API servers' wires to file storage. */
    @Test
    void uploadsIntoTheDatabaseLoadItFarMoreThanUploadsIntoStorage() {
        Diagram withStorage = DiagramFiles.example("full");
        Diagram intoDatabase = DiagramFiles.example("full");
        for (var link : List.copyOf(intoDatabase.links())) {
            if (link.to().equals("storage-1") && link.from().startsWith("api-")) {
                intoDatabase.removeLink(link);
            }
        }
        MetricsSnapshot stored = run(withStorage);
        MetricsSnapshot inDb = run(intoDatabase);
        assertEquals(stored.total().started(), inDb.total().started(), stored.total().started() * 0.01,
                "the same traffic");
        double dbStored = stored.node("db-1").total().utilization();
        double dbInDb = inDb.node("db-1").total().utilization();
        assertTrue(dbInDb > 1.5 * dbStored && dbInDb - dbStored > 0.1,
                "database CPU with uploads in it " + dbInDb + " vs with storage wired " + dbStored);
        assertTrue(inDb.node("db-1").total().arrived() > stored.node("db-1").total().arrived());
        long uploads = inDb.totalByKind().get(RequestKind.FILE_UPLOAD).started();
        assertTrue(uploads > 100);
        assertTrue(stored.node("storage-1").total().arrived() > inDb.node("storage-1").total().arrived() + uploads / 2,
                "with storage unwired, only downloads reach it");
    }

    private static MetricsSnapshot run(Diagram diagram) {
        Simulation sim = new Simulation(diagram, 1);
        sim.runUntil(300);
        return sim.metrics();
    }

    @Test
    void aDownloadGetsAUrlFromTheApiThenTheFileFromStorage() {
        Simulation sim = new Simulation(DiagramFiles.example("full"), 1);
        RequestStory story = sim.sendOne(RequestKind.FILE_DOWNLOAD, "client-1", CacheForce.NONE);
        List<StepKind> kinds = story.steps().stream().map(Step::kind).toList();
        assertEquals(Outcome.COMPLETED, story.outcome());
        int url = kinds.indexOf(StepKind.URL_HANDED_OUT);
        int storage = indexOfArrival(story, "storage-1");
        assertTrue(url >= 0 && storage > url, kinds.toString());
        assertFalse(story.visited("db-1"));
    }

    private static int indexOfArrival(RequestStory story, String node) {
        for (int i = 0; i < story.steps().size(); i++) {
            Step step = story.steps().get(i);
            if (step.kind() == StepKind.ARRIVE && node.equals(step.node())) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void aDownloadWithNoStorageReachableFailsWithNoRoute() {
        Diagram diagram = Diagrams.start().client("client-1", 0, RequestKind.FILE_DOWNLOAD)
                .node("api-1", NodeKind.API_SERVER).node("db-1", NodeKind.DATABASE)
                .calls("client-1", "api-1", 5).calls("api-1", "db-1", 1).build();
        RequestStory story = new Simulation(diagram, 1).sendOne(RequestKind.FILE_DOWNLOAD, "client-1", CacheForce.NONE);
        assertEquals(ReasonCode.NO_ROUTE, story.failure().code());
        assertEquals("client-1", story.failure().node());
        assertEquals(NodeKind.FILE_STORAGE, story.failure().need());
        assertFalse(story.visited("db-1"));
    }

    @Test
    void uploadsGoToFileStorageWhenItIsWired() {
        Simulation sim = new Simulation(DiagramFiles.example("full"), 1);
        RequestStory story = sim.sendOne(RequestKind.FILE_UPLOAD, "client-1", CacheForce.NONE);
        assertTrue(story.visited("storage-1"));
        assertFalse(story.visited("db-1"));
    }

    @Test
    void uploadsGoIntoTheDatabaseWhenNoStorageIsWired() {
        Diagram diagram = Diagrams.start().client("client-1", 0, RequestKind.FILE_UPLOAD)
                .node("api-1", NodeKind.API_SERVER).node("db-1", NodeKind.DATABASE)
                .calls("client-1", "api-1", 5).calls("api-1", "db-1", 1).build();
        RequestStory story = new Simulation(diagram, 1).sendOne(RequestKind.FILE_UPLOAD, "client-1", CacheForce.NONE);
        assertEquals(Outcome.COMPLETED, story.outcome());
        assertTrue(story.visited("db-1"));
    }

    @Test
    void aClientWithNoPathToAnApiServerFailsNamingWhatIsMissing() {
        Diagram diagram = Diagrams.start().client("client-1", 0, RequestKind.API_READ)
                .node("db-1", NodeKind.DATABASE).calls("client-1", "db-1", 5).build();
        RequestStory story = new Simulation(diagram, 1).sendOne(RequestKind.API_READ, "client-1", CacheForce.NONE);
        assertEquals(new Failure(ReasonCode.NO_ROUTE, "client-1", NodeKind.API_SERVER, 0, null, null, 0),
                story.failure());
    }

    @Test
    void anApiServerWithACacheButNoDatabaseFailsReadMissesWithNoRoute() {
        Diagram diagram = Diagrams.start().client("client-1", 0, RequestKind.API_READ)
                .node("api-1", NodeKind.API_SERVER).node("cache-1", NodeKind.CACHE)
                .calls("client-1", "api-1", 5).calls("api-1", "cache-1", 1).build();
        RequestStory story = new Simulation(diagram, 1).sendOne(RequestKind.API_READ, "client-1", CacheForce.MISS);
        assertEquals(ReasonCode.NO_ROUTE, story.failure().code());
        assertEquals("api-1", story.failure().node());
        assertEquals(NodeKind.DATABASE, story.failure().need());
    }

    @Test
    void anApiServerWiredToNothingAnswersFromItsOwnWork() {
        RequestStory story = new Simulation(Diagrams.singleTier(0, 1, 10), 1)
                .sendOne(RequestKind.API_WRITE, "client-1", CacheForce.NONE);
        assertEquals(Outcome.COMPLETED, story.outcome());
        assertEquals(List.of(StepKind.TRAVEL, StepKind.ARRIVE, StepKind.WORK, StepKind.RESPOND, StepKind.DONE),
                story.steps().stream().map(Step::kind).toList());
    }

    @Test
    void aReadThroughTheFullExampleTakesTheWiredPathAndItsLatencies() {
        RequestStory story = new Simulation(DiagramFiles.example("full"), 1)
                .sendOne(RequestKind.API_READ, "client-1", CacheForce.HIT);
        List<String> hops = story.steps().stream().filter(s -> s.kind() == StepKind.TRAVEL)
                .map(s -> s.node() + ">" + s.peer()).toList();
        assertEquals(List.of("client-1>fw-1", "fw-1>lb-1", "lb-1>api-1", "api-1>cache-1"), hops);
        double work = story.steps().stream().filter(s -> s.kind() == StepKind.WORK)
                .mapToDouble(s -> s.until() - s.time()).sum();
        assertEquals(2 * (20 + 1 + 1 + 1) / 1000.0 + work, story.end() - story.start(), 1e-9,
                "latency = network both ways + work, nothing waited");
    }
}
