package org.backendlab.ui.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.backendlab.model.Diagram;
import org.backendlab.model.Endpoint;
import org.backendlab.model.FirewallRule;
import org.backendlab.model.Node;
import org.backendlab.model.NodeKind;
import org.backendlab.model.RuleAction;
import org.backendlab.ui.text.Language;
import org.backendlab.ui.text.Messages;
import org.junit.jupiter.api.Test;

class RuleWordsTest {

    private final Diagram diagram = Diagram.of(List.of(
            Node.create("db-1", NodeKind.DATABASE, "Orders DB", 0, 0),
            Node.create("monitor-1", NodeKind.MONITORING, "Eye", 0, 0)), List.of());
    private final RuleWords english = new RuleWords(Messages.of(Language.ENGLISH));
    private final RuleWords korean = new RuleWords(Messages.of(Language.KOREAN));
    private final FirewallRule first = FirewallRule.defaults().get(0);

    @Test
    void aRuleReadsAsANumberedSentenceInBothLanguages() {
        assertEquals("1. Allow API servers → databases", english.sentence(0, first, diagram));
        assertEquals("1. 모든 API 서버 → 모든 데이터베이스 허용", korean.sentence(0, first, diagram));
    }

    @Test
    void aSwitchedOffRuleSaysSo() {
        assertEquals("3. (off) Deny anything → databases",
                english.sentence(2, FirewallRule.defaults().get(2).withEnabled(false), diagram));
    }

    @Test
    void aRuleAboutOneNodeNamesItsLabel() {
        var rule = new FirewallRule(true, RuleAction.DENY, Endpoint.ofKind(NodeKind.CLIENT), Endpoint.ofNode("db-1"));
        assertEquals("2. Deny clients → Orders DB", english.sentence(1, rule, diagram));
        assertEquals("Orders DB (Database)", english.choice(Endpoint.ofNode("db-1"), diagram));
        assertEquals("Orders DB (데이터베이스)", korean.choice(Endpoint.ofNode("db-1"), diagram));
    }

    @Test
    void aNodeNamedAfterItsKindDoesNotSayTheKindTwice() {
        Diagram named = Diagram.of(List.of(Node.create("fw-1", NodeKind.FIREWALL, "방화벽", 0, 0),
                Node.create("db-1", NodeKind.DATABASE, "database", 0, 0)), List.of());
        assertEquals("방화벽 (이 노드)", korean.choice(Endpoint.ofNode("fw-1"), named));
        assertEquals("database (this node)", english.choice(Endpoint.ofNode("db-1"), named));
    }

    @Test
    void aDeletedNodeStaysVisibleAndChoosable() {
        Endpoint gone = Endpoint.ofNode("api-9");
        assertEquals("(deleted node api-9)", english.endpoint(gone, diagram));
        assertTrue(RuleWords.choices(diagram, gone).contains(gone));
    }

    @Test
    void choicesOfferAnythingEveryKindAndEveryNodeButNotMonitoring() {
        List<Endpoint> choices = RuleWords.choices(diagram, Endpoint.any());
        assertEquals(Endpoint.any(), choices.get(0));
        assertTrue(choices.contains(Endpoint.ofKind(NodeKind.API_SERVER)));
        assertTrue(choices.contains(Endpoint.ofNode("db-1")));
        assertTrue(!choices.contains(Endpoint.ofNode("monitor-1")) && !choices.contains(Endpoint.ofKind(NodeKind.MONITORING)));
    }
}
