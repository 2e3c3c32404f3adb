package org.backendlab.ui.inspector;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.backendlab.model.RequestKind;
import org.backendlab.model.Traffic;

/**
 * Sets one request kind's share of a client's traffic in percent while the shares keep summing to 100%:
 * the other kinds keep their proportions among themselves and share what is left.
 */
final class TrafficMix {

    private TrafficMix() {
    }

    /** A kind's share in whole percent, as the inspector shows it. */
    static int percent(Traffic traffic, RequestKind kind) {
        return (int) Math.round(traffic.share(kind) * 100);
    }

    /**
     * The mix with {@code kind} at {@code percent}%, or empty when that cannot be: the others would have to
     * fill the rest but none is sent yet.
     */
    static Optional<Map<RequestKind, Double>> withShare(Traffic traffic, RequestKind kind, int percent) {
        double wanted = Math.max(0, Math.min(100, percent)) / 100.0;
        double others = 0;
        for (RequestKind k : RequestKind.values()) {
            if (k != kind) {
                others += traffic.share(k);
            }
        }
        if (wanted < 1 && others <= 0) {
            return Optional.empty();
        }
        Map<RequestKind, Double> mix = new EnumMap<>(RequestKind.class);
        for (RequestKind k : RequestKind.values()) {
            double share = k == kind ? wanted : others <= 0 ? 0 : traffic.share(k) / others * (1 - wanted);
            share = Math.round(share * 10_000) / 10_000.0;
            if (share > 0) {
                mix.put(k, share);
            }
        }
        return Optional.of(mix);
    }
}
