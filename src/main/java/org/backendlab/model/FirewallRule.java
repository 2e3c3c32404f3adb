package org.backendlab.model;

import java.util.List;

/** One ordered firewall rule; a disabled rule is skipped. */
public record FirewallRule(boolean enabled, RuleAction action, Endpoint origin, Endpoint destination) {

    public FirewallRule {
        origin = origin == null ? Endpoint.any() : origin;
        destination = destination == null ? Endpoint.any() : destination;
    }

    public boolean matches(String originId, NodeKind originKind, String destinationId, NodeKind destinationKind) {
        return enabled && origin.matches(originId, originKind) && destination.matches(destinationId, destinationKind);
    }

    public FirewallRule withEnabled(boolean on) {
        return new FirewallRule(on, action, origin, destination);
    }

    /** The rules a new firewall starts with: only API servers and admins reach the database. */
    public static List<FirewallRule> defaults() {
        return List.of(
                new FirewallRule(true, RuleAction.ALLOW, Endpoint.ofKind(NodeKind.API_SERVER), Endpoint.ofKind(NodeKind.DATABASE)),
                new FirewallRule(true, RuleAction.ALLOW, Endpoint.ofKind(NodeKind.ADMIN), Endpoint.ofKind(NodeKind.DATABASE)),
                new FirewallRule(true, RuleAction.DENY, Endpoint.any(), Endpoint.ofKind(NodeKind.DATABASE)),
                new FirewallRule(true, RuleAction.ALLOW, Endpoint.any(), Endpoint.any()));
    }
}
