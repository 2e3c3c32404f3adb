package org.backendlab.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * Capacity settings shared by every server node: instance size, number of instances, threads and queue
 * per instance, mean work time per request kind (milliseconds on a speed-1 core), its distribution,
 * a timeout (0 = none) and autoscaling.
 */
public record ServerSettings(InstanceSize size, int instances, int threads, int queue,
                             Map<RequestKind, Double> serviceMs, ServiceDistribution distribution,
                             double timeoutMs, Autoscaling autoscaling) {

    public ServerSettings {
        serviceMs = serviceMs == null || serviceMs.isEmpty()
                ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(serviceMs));
        if (distribution == null) {
            distribution = ServiceDistribution.EXPONENTIAL;
        }
        if (autoscaling == null) {
            autoscaling = Autoscaling.off();
        }
    }

    /** Mean work time in ms for a kind, or 0 when the node does no work for it. */
    public double serviceMsFor(RequestKind kind) {
        return serviceMs.getOrDefault(kind, 0.0);
    }

    /** Requests one instance can hold: in service plus waiting. */
    public int capacityPerInstance() {
        return threads + queue;
    }

    public ServerSettings withSize(InstanceSize newSize) {
        return new ServerSettings(newSize, instances, threads, queue, serviceMs, distribution, timeoutMs, autoscaling);
    }

    public ServerSettings withInstances(int count) {
        return new ServerSettings(size, count, threads, queue, serviceMs, distribution, timeoutMs, autoscaling);
    }

    public ServerSettings withThreads(int count) {
        return new ServerSettings(size, instances, count, queue, serviceMs, distribution, timeoutMs, autoscaling);
    }

    public ServerSettings withQueue(int length) {
        return new ServerSettings(size, instances, threads, length, serviceMs, distribution, timeoutMs, autoscaling);
    }

    public ServerSettings withServiceMs(RequestKind kind, double ms) {
        var copy = new EnumMap<RequestKind, Double>(RequestKind.class);
        copy.putAll(serviceMs);
        copy.put(kind, ms);
        return new ServerSettings(size, instances, threads, queue, copy, distribution, timeoutMs, autoscaling);
    }

    public ServerSettings withTimeoutMs(double ms) {
        return new ServerSettings(size, instances, threads, queue, serviceMs, distribution, ms, autoscaling);
    }

    public ServerSettings withAutoscaling(Autoscaling scaling) {
        return new ServerSettings(size, instances, threads, queue, serviceMs, distribution, timeoutMs, scaling);
    }
}
