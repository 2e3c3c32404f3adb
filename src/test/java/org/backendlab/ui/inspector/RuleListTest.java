package org.backendlab.ui.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.backendlab.model.Endpoint;
import org.backendlab.model.FirewallRule;
import org.backendlab.model.NodeKind;
import org.backendlab.model.RuleAction;
import org.junit.jupiter.api.Test;

class RuleListTest {

    private final List<FirewallRule> defaults = FirewallRule.defaults();

    @Test
    void anAddedRuleGoesJustAboveTheFinalCatchAllSoItCanTakeEffect() {
        List<FirewallRule> rules = RuleList.add(defaults);
        assertEquals(5, rules.size());
        assertEquals(RuleList.fresh(), rules.get(3));
        assertEquals(defaults.get(3), rules.get(4));
        assertEquals(3, RuleList.addedAt(defaults));
    }

    @Test
    void withoutACatchAllTheAddedRuleGoesLast() {
        List<FirewallRule> rules = RuleList.add(defaults.subList(0, 3));
        assertEquals(RuleList.fresh(), rules.get(3));
        assertEquals(List.of(RuleList.fresh()), RuleList.add(List.of()));
    }

    @Test
    void movingSwapsARuleWithItsNeighbour() {
        List<FirewallRule> down = RuleList.move(defaults, 0, +1);
        assertEquals(List.of(defaults.get(1), defaults.get(0), defaults.get(2), defaults.get(3)), down);
        assertEquals(defaults, RuleList.move(down, 1, -1));
    }

    @Test
    void movingPastEitherEndChangesNothing() {
        assertSame(defaults, RuleList.move(defaults, 0, -1));
        assertSame(defaults, RuleList.move(defaults, 3, +1));
    }

    @Test
    void removeAndChangeTouchOnlyThatRule() {
        assertEquals(List.of(defaults.get(0), defaults.get(2), defaults.get(3)), RuleList.remove(defaults, 1));
        List<FirewallRule> changed = RuleList.change(defaults, 2, r -> RuleList.withAction(r, RuleAction.ALLOW));
        assertEquals(RuleAction.ALLOW, changed.get(2).action());
        assertEquals(Endpoint.ofKind(NodeKind.DATABASE), changed.get(2).destination());
        assertEquals(defaults.get(1), changed.get(1));
    }

    @Test
    void aRuleBelowAnEnabledCatchAllIsNeverReached() {
        List<FirewallRule> rules = RuleList.move(defaults, 3, -1);
        assertEquals(2, RuleList.shadowedBy(rules, 3));
        assertEquals(-1, RuleList.shadowedBy(rules, 2));
        List<FirewallRule> off = RuleList.change(rules, 2, r -> r.withEnabled(false));
        assertEquals(-1, RuleList.shadowedBy(off, 3));
    }
}
