package org.backendlab.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.backendlab.io.DiagramFiles;
import org.backendlab.model.Diagram;
import org.backendlab.model.NodeKind;
import org.backendlab.model.RequestKind;
import org.junit.jupiter.api.Test;

/**
 * One error figure per node ({@link NodeStats#errorShare()}), used by monitoring alerts and the gauges, and
 * arrivals (offered load) told apart from completions.
 */
class ErrorShareTest {

    @Test
    void withTheDatabaseDownTheApiServersErrorShareIsHighThoughItFailsNothingItself() {
        Simulation sim = new Simulation(DiagramFiles.example("full"), 1);
        sim.runUntil(20);
        assertTrue(sim.metrics().node("api-1").window().errorShare() < 0.01, "healthy first");
        sim.setDown("db-1", true);
        sim.runUntil(40);
        NodeStats api = sim.metrics().node("api-1").window();
        long ownFailures = api.failed() - api.errors(ReasonCode.NO_ROUTE);
        assertEquals(0, ownFailures, "api-1 drops and times out nothing itself");
        assertTrue(api.downstreamFailures() > 0);
        assertTrue(api.errorShare() > 0.4, "about half of the API requests (writes, reads the cache misses) need the "
                + "database: " + api.errorShare());
        assertTrue(api.arrivalsPerSecond() > 1.5 * api.completionsPerSecond(),
                "requests keep arriving though few complete: " + api.arrivalsPerSecond() + " vs "
                        + api.completionsPerSecond());
        NodeStats db = sim.metrics().node("db-1").window();
        assertEquals(1.0, db.errorShare(), 1e-12, "everything that comes to a down database fails there");
        assertTrue(db.arrivalsPerSecond() > 0, "calls still come to the down database");
    }

    @Test
    void theErrorRateAlertReportsExactlyTheNodesErrorShare() {
        Simulation sim = new Simulation(DiagramFiles.example("full"), 1);
        sim.setDown("db-1", true);
        sim.runUntil(30);
        List<Alert> errorAlerts = sim.alerts().stream().filter(a -> a.cause() == AlertCause.ERROR_RATE).toList();
        assertTrue(errorAlerts.stream().anyMatch(a -> a.node().equals("api-1")), errorAlerts.toString());
        MetricsSnapshot m = sim.metrics();
        for (Alert alert : errorAlerts) {
            assertEquals(m.node(alert.node()).window().errorShare(), alert.value(), 1e-12, alert.toString());
        }
    }

    @Test
    void everyCallThatCameToANodeEndsOnceAnsweredOrFailedThere() {
        Diagram diagram = DiagramFiles.example("full");
        Diagram mixed = Diagrams.start().client("client-1", 150, RequestKind.API_READ, RequestKind.API_WRITE,
                RequestKind.FILE_UPLOAD, RequestKind.FILE_DOWNLOAD, RequestKind.DB_DIRECT).build();
        diagram.replaceNode(diagram.require("client-1").withTraffic(mixed.require("client-1").traffic()));
        diagram.replaceNode(diagram.require("db-1").withServer(diagram.require("db-1").server().withTimeoutMs(50)));
        Simulation sim = new Simulation(diagram, 3);
        sim.runUntil(20);
        sim.setDown("db-1", true);
        sim.runUntil(30);
        sim.setDown("db-1", false);
        sim.setDown("storage-1", true);
        sim.runUntil(40);
        sim.setDown("storage-1", false);
        sim.setTotalRate(0);
        sim.runUntil(400);
        for (NodeMetrics node : sim.metrics().nodes().values()) {
            NodeStats t = node.total();
            if (node.kind() == NodeKind.CLIENT || node.kind() == NodeKind.ADMIN) {
                continue;
            }
            assertEquals(t.arrived() + t.turnedAway(), t.completed() + t.failedHere(), node.id() + ": " + t);
        }
        NodeStats fw = sim.metrics().node("fw-1").total();
        assertTrue(fw.errors(ReasonCode.REFUSED) > 0 && fw.errorShare() > 0, "direct database queries are refused");
    }
}
