package org.backendlab.sim;

/**
 * The way from a calling node to the nodes that can serve a call: the pass-through nodes on the way
 * (ending with the load balancer, if there is one) and the serving nodes it may end at. With no load
 * balancer there is exactly one backend. Latencies are one-way, cumulative from the caller, in seconds.
 */
final class Route {

    /** One serving node behind the route, with the pass-through nodes between the balancer and it. */
    record Backend(int server, int[] hops, double[] hopsAt, double latency) {
    }

    final Failure noRoute;
    final int[] prefix;
    final double[] prefixAt;
    final int balancer;
    final Backend[] backends;
    /** The least-connections index over the backends' slots, made at the first such pick. */
    LeastLoaded leastLoaded;

    Route(int[] prefix, double[] prefixAt, int balancer, Backend[] backends) {
        this.noRoute = null;
        this.prefix = prefix;
        this.prefixAt = prefixAt;
        this.balancer = balancer;
        this.backends = backends;
    }

    Route(Failure noRoute) {
        this.noRoute = noRoute;
        this.prefix = new int[0];
        this.prefixAt = new double[0];
        this.balancer = -1;
        this.backends = new Backend[0];
    }

    boolean found() {
        return noRoute == null;
    }
}
