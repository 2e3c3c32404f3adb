package org.backendlab.model;

import java.util.List;

/**
 * One box on the diagram. Settings that do not apply to the kind are null: {@code server} for
 * API servers, databases, file storage and caches; {@code cache} for caches; {@code traffic} for
 * clients and admins; {@code rules} for firewalls; {@code policy} for load balancers;
 * {@code monitoring} for monitoring nodes. Position is the centre, in diagram units.
 */
public record Node(String id, NodeKind kind, String label, double x, double y,
                   ServerSettings server, CacheSettings cache, Traffic traffic,
                   List<FirewallRule> rules, BalancePolicy policy, MonitoringSettings monitoring) {

    public Node {
        rules = rules == null ? null : List.copyOf(rules);
    }

    /** A new node of a kind with the settings a beginner would expect. */
    public static Node create(String id, NodeKind kind, String label, double x, double y) {
        return new Node(id, kind, label, x, y,
                kind.hasCapacity() ? NodeDefaults.server(kind) : null,
                kind == NodeKind.CACHE ? CacheSettings.defaults() : null,
                kind.isOrigin() ? NodeDefaults.traffic(kind) : null,
                kind == NodeKind.FIREWALL ? FirewallRule.defaults() : null,
                kind == NodeKind.LOAD_BALANCER ? BalancePolicy.ROUND_ROBIN : null,
                kind == NodeKind.MONITORING ? MonitoringSettings.defaults() : null);
    }

    public Node withLabel(String newLabel) {
        return new Node(id, kind, newLabel, x, y, server, cache, traffic, rules, policy, monitoring);
    }

    public Node withPosition(double newX, double newY) {
        return new Node(id, kind, label, newX, newY, server, cache, traffic, rules, policy, monitoring);
    }

    public Node withServer(ServerSettings settings) {
        return new Node(id, kind, label, x, y, settings, cache, traffic, rules, policy, monitoring);
    }

    public Node withCache(CacheSettings settings) {
        return new Node(id, kind, label, x, y, server, settings, traffic, rules, policy, monitoring);
    }

    public Node withTraffic(Traffic settings) {
        return new Node(id, kind, label, x, y, server, cache, settings, rules, policy, monitoring);
    }

    public Node withRules(List<FirewallRule> newRules) {
        return new Node(id, kind, label, x, y, server, cache, traffic, newRules, policy, monitoring);
    }

    public Node withPolicy(BalancePolicy newPolicy) {
        return new Node(id, kind, label, x, y, server, cache, traffic, rules, newPolicy, monitoring);
    }

    public Node withMonitoring(MonitoringSettings settings) {
        return new Node(id, kind, label, x, y, server, cache, traffic, rules, policy, settings);
    }
}
