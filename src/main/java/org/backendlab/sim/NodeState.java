package org.backendlab.sim;

import java.util.SplittableRandom;
import org.backendlab.model.CacheSettings;
import org.backendlab.model.Node;
import org.backendlab.model.NodeKind;

/**
 * The run-time side of one diagram node: its current settings, counters, whether it is down, and the
 * parts its kind needs (server instances, client traffic source, cache store, balancer state).
 */
final class NodeState {

    final int index;
    final String id;
    final NodeKind kind;
    final NodeCounters counters;
    Node model;
    boolean down;
    boolean removed;
    boolean hasDownstream;
    ServerState server;
    ClientSource client;
    CacheStore cache;
    ZipfKeys keys;
    SplittableRandom balancerRandom;
    int balancerNext;
    /** Firewall decisions by [origin][destination], rows made on first use: 0 unknown, else 1 + rule * 2 + (deny ? 1 : 0). */
    int[][] firewallDecisions;
    Failure nodeDown;

    NodeState(int index, Node model, double now, long seed) {
        this.index = index;
        this.id = model.id();
        this.kind = model.kind();
        this.counters = new NodeCounters(now);
        this.nodeDown = Failure.nodeDown(id);
        if (kind.hasCapacity()) {
            server = new ServerState(counters, tier(kind));
        }
        if (kind.isOrigin()) {
            client = new ClientSource(Streams.of(seed, id, "arrivals"), Streams.of(seed, id, "requests"));
        }
        if (kind == NodeKind.LOAD_BALANCER) {
            balancerRandom = Streams.of(seed, id, "balance");
        }
    }

    private static int tier(NodeKind kind) {
        return switch (kind) {
            case API_SERVER -> 0;
            case CACHE -> 1;
            case DATABASE -> 2;
            default -> 3;
        };
    }

    /** True when a cache node is switched on (an API server then asks it first). */
    boolean cacheEnabled() {
        return model.cache() != null && model.cache().enabled();
    }

    /** Applies the cache part of new settings: a changed size or key popularity empties the cache. */
    void applyCache(CacheSettings before, CacheSettings after) {
        if (after == null) {
            return;
        }
        if (cache == null || before == null || before.capacity() != after.capacity()
                || before.enabled() != after.enabled()) {
            if (cache == null) {
                cache = new CacheStore(after.capacity());
            } else {
                cache.resize(after.capacity());
            }
        }
        if (keys == null || keys.keySpace != Math.max(1, Math.min(ZipfKeys.MAX_KEYS, after.keySpace()))
                || keys.exponent != after.zipfExponent()) {
            keys = new ZipfKeys(after.keySpace(), after.zipfExponent());
        }
    }
}
