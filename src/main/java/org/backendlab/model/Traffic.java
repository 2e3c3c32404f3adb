package org.backendlab.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** What a client sends: mean requests per second, how the rate moves, and the share of each kind. */
public record Traffic(double rate, TrafficPattern pattern, Map<RequestKind, Double> mix) {

    public Traffic {
        if (pattern == null) {
            pattern = TrafficPattern.STEADY;
        }
        mix = mix == null || mix.isEmpty() ? Map.of(RequestKind.API_READ, 1.0) : Collections.unmodifiableMap(new EnumMap<>(mix));
    }

    /** Share (0-1) of a kind among all requests, normalised so the shares sum to 1. */
    public double share(RequestKind kind) {
        double total = mix.values().stream().mapToDouble(Double::doubleValue).sum();
        return total <= 0 ? 0 : mix.getOrDefault(kind, 0.0) / total;
    }

    public Traffic withRate(double newRate) {
        return new Traffic(newRate, pattern, mix);
    }

    public Traffic withPattern(TrafficPattern newPattern) {
        return new Traffic(rate, newPattern, mix);
    }

    public Traffic withMix(Map<RequestKind, Double> newMix) {
        return new Traffic(rate, pattern, newMix);
    }
}
