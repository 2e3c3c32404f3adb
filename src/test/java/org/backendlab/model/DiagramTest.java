package org.backendlab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.backendlab.model.edit.EditHistory;
import org.backendlab.model.edit.Edits;
import org.junit.jupiter.api.Test;

class DiagramTest {

    private final Diagram diagram = Diagram.of(List.of(
            Node.create("client-1", NodeKind.CLIENT, "Client", 0, 0),
            Node.create("api-1", NodeKind.API_SERVER, "API", 100, 0),
            Node.create("db-1", NodeKind.DATABASE, "DB", 200, 0),
            Node.create("monitor-1", NodeKind.MONITORING, "Monitor", 200, 100)), List.of());

    private EditRefusal refusalOf(Link link) {
        return assertThrows(EditRefusedException.class, () -> diagram.addLink(link)).reason();
    }

    @Test
    void selfLinkIsRefused() {
        assertEquals(EditRefusal.SELF_LINK, refusalOf(Link.calls("api-1", "api-1")));
    }

    @Test
    void duplicateLinkIsRefused() {
        diagram.addLink(Link.calls("api-1", "db-1"));
        assertEquals(EditRefusal.DUPLICATE_LINK, refusalOf(Link.calls("api-1", "db-1")));
    }

    @Test
    void monitorsLinkFromANonMonitoringNodeIsRefused() {
        assertEquals(EditRefusal.MONITORS_FROM_NON_MONITORING, refusalOf(Link.monitors("api-1", "db-1")));
    }

    @Test
    void callsIntoAClientIsRefused() {
        assertEquals(EditRefusal.CALLS_INTO_ORIGIN, refusalOf(Link.calls("api-1", "client-1")));
    }

    @Test
    void clientWiredStraightToTheDatabaseIsAllowed() {
        diagram.addLink(Link.calls("client-1", "db-1"));
        assertEquals(List.of("db-1"), diagram.callees("client-1").stream().map(Node::id).toList());
    }

    @Test
    void removingANodeRemovesItsLinksAndUndoRestoresBoth() {
        diagram.addLink(Link.calls("client-1", "api-1"));
        diagram.addLink(Link.calls("api-1", "db-1"));
        var history = new EditHistory(diagram);
        Diagram before = diagram.copy();

        history.perform(Edits.remove(List.of("api-1"), List.of()));
        assertFalse(diagram.contains("api-1"));
        assertTrue(diagram.links().isEmpty());

        history.undo();
        assertTrue(diagram.sameContent(before));
    }

    @Test
    void historyIsCleanAfterUndoingBackToTheSavedPoint() {
        var history = new EditHistory(diagram);
        history.markSaved();
        Node api = diagram.require("api-1");
        history.perform(Edits.change(api, api.withLabel("Orders API")));
        assertTrue(history.isDirty());
        history.undo();
        assertFalse(history.isDirty());
        history.redo();
        assertTrue(history.isDirty());
    }

    @Test
    void savedPointIsLostWhenANewEditReplacesTheUndoneOne() {
        var history = new EditHistory(diagram);
        Node api = diagram.require("api-1");
        history.perform(Edits.change(api, api.withLabel("A")));
        history.markSaved();
        history.undo();
        history.perform(Edits.change(api, api.withLabel("B")));
        history.undo();
        assertTrue(history.isDirty());
    }

    @Test
    void newIdSkipsTakenNumbers() {
        assertEquals("api-2", diagram.newId(NodeKind.API_SERVER));
    }

    @Test
    void defaultFirewallRulesLetOnlyApiServersAndAdminsReachTheDatabase() {
        List<FirewallRule> rules = FirewallRule.defaults();
        assertEquals(RuleAction.ALLOW, firstMatch(rules, NodeKind.API_SERVER, NodeKind.DATABASE));
        assertEquals(RuleAction.ALLOW, firstMatch(rules, NodeKind.ADMIN, NodeKind.DATABASE));
        assertEquals(RuleAction.DENY, firstMatch(rules, NodeKind.CLIENT, NodeKind.DATABASE));
        assertEquals(RuleAction.ALLOW, firstMatch(rules, NodeKind.CLIENT, NodeKind.API_SERVER));
    }

    private static RuleAction firstMatch(List<FirewallRule> rules, NodeKind origin, NodeKind destination) {
        return rules.stream().filter(r -> r.matches("o", origin, "d", destination))
                .findFirst().orElseThrow().action();
    }
}
