package org.backendlab.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.backendlab.model.Diagram;
import org.backendlab.model.Endpoint;
import org.backendlab.model.FirewallRule;
import org.backendlab.model.NodeKind;
import org.backendlab.model.RequestKind;
import org.backendlab.model.RuleAction;
import org.junit.jupiter.api.Test;

/** A firewall on the path decides each call by its first matching rule and names the rule it used. */
class FirewallTest {

    private static Diagram clientAndAdminBehindFirewall() {
        return clientAndAdminBehindFirewall(0);
    }

    private static Diagram clientAndAdminBehindFirewall(double rate) {
        return Diagrams.start().client("client-1", rate, RequestKind.DB_DIRECT).node("admin-1", NodeKind.ADMIN)
                .node("fw-1", NodeKind.FIREWALL).node("db-1", NodeKind.DATABASE)
                .calls("client-1", "fw-1", 5).calls("admin-1", "fw-1", 5).calls("fw-1", "db-1", 1).build();
    }

    @Test
    void firewallRefusesClientToDatabaseAndNamesTheRule() {
        Simulation sim = new Simulation(clientAndAdminBehindFirewall(), 1);
        RequestStory story = sim.sendOne(RequestKind.DB_DIRECT, "client-1", CacheForce.NONE);
        assertEquals(Outcome.FAILED, story.outcome());
        Failure failure = story.failure();
        assertEquals(ReasonCode.REFUSED, failure.code());
        assertEquals("fw-1", failure.node());
        assertEquals(3, failure.rule(), "the default rule 3 denies everyone else to the database");
        assertEquals("client-1", failure.origin());
        assertEquals("db-1", failure.destination());
        assertFalse(story.visited("db-1"));
        assertEquals(0.010, story.end() - story.start(), 1e-9, "refused at the firewall: 5 ms there, 5 ms back");
    }

    @Test
    void adminPassesTheSameFirewallByItsOwnRule() {
        Simulation sim = new Simulation(clientAndAdminBehindFirewall(), 1);
        RequestStory story = sim.sendOne(RequestKind.DB_DIRECT, "admin-1", CacheForce.NONE);
        assertEquals(Outcome.COMPLETED, story.outcome());
        Step allowed = story.steps().stream().filter(s -> s.kind() == StepKind.ALLOWED).findFirst().orElseThrow();
        assertEquals(2, allowed.rule());
        assertTrue(story.visited("db-1"));
    }

    @Test
    void clientWiredStraightToTheDatabaseGetsThrough() {
        Diagram exposed = Diagrams.start().client("client-1", 20, RequestKind.DB_DIRECT)
                .node("db-1", NodeKind.DATABASE).calls("client-1", "db-1", 5).build();
        Simulation sim = new Simulation(exposed, 1);
        assertEquals(Outcome.COMPLETED, sim.sendOne(RequestKind.DB_DIRECT, "client-1", CacheForce.NONE).outcome());
        sim.runUntil(60);
        MetricsSnapshot m = sim.metrics();
        assertTrue(m.node("db-1").total().completed() > 1000);
        assertEquals(0, m.total().failed());
    }

    @Test
    void refusalsAreCountedAtTheFirewallUnderTraffic() {
        Simulation sim = new Simulation(clientAndAdminBehindFirewall(100), 2);
        sim.runUntil(10);
        sim.setTotalRate(0);
        sim.advanceBy(1);
        MetricsSnapshot m = sim.metrics();
        assertTrue(m.total().failed() > 900);
        assertEquals(m.total().failed(), m.total().failures().get(ReasonCode.REFUSED));
        assertEquals(m.total().failed(), m.node("fw-1").total().errors(ReasonCode.REFUSED));
        assertEquals(m.totalByKind().get(RequestKind.DB_DIRECT).completed(), m.node("db-1").total().arrived(),
                "only the admin's requests (1/s by default) reach the database");
    }

    @Test
    void aRuleChangedWhileRunningAppliesToTheNextRequest() {
        Diagram diagram = clientAndAdminBehindFirewall();
        Simulation sim = new Simulation(diagram, 1);
        diagram.replaceNode(diagram.require("fw-1").withRules(List.of(
                new FirewallRule(true, RuleAction.ALLOW, Endpoint.ofNode("client-1"), Endpoint.ofKind(NodeKind.DATABASE)))));
        assertEquals(Outcome.COMPLETED, sim.sendOne(RequestKind.DB_DIRECT, "client-1", CacheForce.NONE).outcome());
    }

    @Test
    void aDisabledRuleIsSkipped() {
        Diagram diagram = clientAndAdminBehindFirewall();
        List<FirewallRule> rules = new java.util.ArrayList<>(FirewallRule.defaults());
        rules.set(2, rules.get(2).withEnabled(false));
        diagram.replaceNode(diagram.require("fw-1").withRules(rules));
        Simulation sim = new Simulation(diagram, 1);
        RequestStory story = sim.sendOne(RequestKind.DB_DIRECT, "client-1", CacheForce.NONE);
        assertEquals(Outcome.COMPLETED, story.outcome());
    }

    @Test
    void aDatabaseWiredStraightToAClientIsExposedAndOneBehindTheDefaultFirewallIsNot() {
        Diagram diagram = Diagrams.start().client("client-1", 0, RequestKind.DB_DIRECT)
                .node("fw-1", NodeKind.FIREWALL).node("db-1", NodeKind.DATABASE).node("db-2", NodeKind.DATABASE)
                .client("client-2", 0, RequestKind.DB_DIRECT)
                .calls("client-1", "fw-1").calls("fw-1", "db-1").calls("client-2", "db-2").build();
        Simulation sim = new Simulation(diagram, 1);
        assertEquals(List.of("db-2"), sim.exposedDatabases());
        diagram.replaceNode(diagram.require("fw-1").withRules(List.of()));
        assertEquals(List.of("db-1", "db-2"), sim.exposedDatabases(), "a firewall with no rules lets everything through");
    }
}
