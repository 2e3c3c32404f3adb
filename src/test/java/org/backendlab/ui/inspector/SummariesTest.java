package org.backendlab.ui.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.backendlab.model.Diagram;
import org.backendlab.model.Link;
import org.backendlab.model.Node;
import org.backendlab.model.NodeKind;
import org.backendlab.ui.text.Language;
import org.backendlab.ui.text.Messages;
import org.junit.jupiter.api.Test;

class SummariesTest {

    private final Diagram diagram = Diagram.of(List.of(
            Node.create("api-1", NodeKind.API_SERVER, "API", 0, 0),
            Node.create("db-1", NodeKind.DATABASE, "DB", 0, 0),
            Node.create("fw-1", NodeKind.FIREWALL, "FW", 0, 0),
            Node.create("monitor-1", NodeKind.MONITORING, "Eye", 0, 0)),
            List.of(Link.calls("api-1", "db-1"), Link.monitors("monitor-1", "db-1")));
    private final Summaries english = new Summaries(Messages.of(Language.ENGLISH));
    private final Summaries korean = new Summaries(Messages.of(Language.KOREAN));

    @Test
    void wiresSayWhoCallsAndWhoWatches() {
        assertEquals("Called by: API\nWatched by: Eye", english.wires(diagram.require("db-1"), diagram));
        assertEquals("No wires yet: drag from the blue dot to another node.",
                english.wires(diagram.require("fw-1"), diagram));
    }

    @Test
    void costCountsEveryInstance() {
        Node api = diagram.require("api-1");
        Node two = api.withServer(api.server().withInstances(2));
        assertEquals("Cost: $0.100 per hour (2 × $0.050)", english.cost(two));
    }
}
