package org.backendlab.ui.inspector;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.backendlab.model.Endpoint;
import org.backendlab.model.FirewallRule;
import org.backendlab.model.RuleAction;

/** Changes to an ordered list of firewall rules, each returning a new list (the model's lists are immutable). */
final class RuleList {

    private RuleList() {
    }

    /** The rule a learner adds: it lets everything through, so adding it alone changes nothing. */
    static FirewallRule fresh() {
        return new FirewallRule(true, RuleAction.ALLOW, Endpoint.any(), Endpoint.any());
    }

    /**
     * Adds a fresh rule where it can take effect: just before a final "anything to anything" rule, which
     * would otherwise decide first; at the end when there is none.
     */
    static List<FirewallRule> add(List<FirewallRule> rules) {
        List<FirewallRule> out = new ArrayList<>(rules);
        int at = out.size();
        if (!out.isEmpty() && catchesAll(out.get(out.size() - 1))) {
            at = out.size() - 1;
        }
        out.add(at, fresh());
        return out;
    }

    /** Where {@link #add} puts the new rule (0-based). */
    static int addedAt(List<FirewallRule> rules) {
        return !rules.isEmpty() && catchesAll(rules.get(rules.size() - 1)) ? rules.size() - 1 : rules.size();
    }

    static List<FirewallRule> remove(List<FirewallRule> rules, int index) {
        List<FirewallRule> out = new ArrayList<>(rules);
        out.remove(index);
        return out;
    }

    /** Swaps a rule with its neighbour ({@code by} = -1 up, +1 down); out of range leaves the list as it was. */
    static List<FirewallRule> move(List<FirewallRule> rules, int index, int by) {
        int other = index + by;
        if (index < 0 || index >= rules.size() || other < 0 || other >= rules.size()) {
            return rules;
        }
        List<FirewallRule> out = new ArrayList<>(rules);
        out.set(index, rules.get(other));
        out.set(other, rules.get(index));
        return out;
    }

    static List<FirewallRule> change(List<FirewallRule> rules, int index, UnaryOperator<FirewallRule> change) {
        List<FirewallRule> out = new ArrayList<>(rules);
        out.set(index, change.apply(out.get(index)));
        return out;
    }

    static FirewallRule withAction(FirewallRule r, RuleAction action) {
        return new FirewallRule(r.enabled(), action, r.origin(), r.destination());
    }

    static FirewallRule withOrigin(FirewallRule r, Endpoint origin) {
        return new FirewallRule(r.enabled(), r.action(), origin, r.destination());
    }

    static FirewallRule withDestination(FirewallRule r, Endpoint destination) {
        return new FirewallRule(r.enabled(), r.action(), r.origin(), destination);
    }

    /**
     * The 0-based index of an earlier enabled rule that matches everything, so that the rule at
     * {@code index} is never reached; -1 when it can be reached.
     */
    static int shadowedBy(List<FirewallRule> rules, int index) {
        for (int i = 0; i < index; i++) {
            if (catchesAll(rules.get(i))) {
                return i;
            }
        }
        return -1;
    }

    static boolean catchesAll(FirewallRule rule) {
        return rule.enabled() && rule.origin().isAny() && rule.destination().isAny();
    }
}
