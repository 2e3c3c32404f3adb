package org.backendlab.sim;

import java.util.SplittableRandom;
import org.backendlab.model.RequestKind;
import org.backendlab.model.Traffic;
import org.backendlab.model.TrafficPattern;

/**
 * When a client (or admin) sends its next request and of which kind: a Poisson stream at the client's
 * rate times the run's rate scale, shaped by its pattern through thinning. STEADY keeps the rate; SPIKE
 * triples it for the last 10 s of every 60 s; DAILY_WAVE follows rate x (1 + 0.8 sin(2 pi t / 120 s)),
 * a "day" squeezed into two minutes. At every arrival it also draws, from the client's own stream, the
 * request's kind and its own seed (from which its key and its work at every tier are derived), whether or
 * not the request is then started, so what one client sends never depends on the rest of the design.
 */
final class ClientSource {

    static final double SPIKE_PERIOD = 60;
    static final double SPIKE_LENGTH = 10;
    static final double SPIKE_FACTOR = 3;
    static final double WAVE_PERIOD = 120;
    static final double WAVE_AMPLITUDE = 0.8;
    /** The most one client sends per simulated second, whatever its rate times the scale (as in files). */
    static final double MAX_RATE = 1_000_000;
    private static final RequestKind[] KINDS = RequestKind.values();

    private final SplittableRandom arrivals;
    private final SplittableRandom draws;
    private final double[] cumulativeMix = new double[KINDS.length];
    private double rate;
    private TrafficPattern pattern;
    /** Changes whenever the pending arrival must be discarded (new rate, pattern or scale). */
    int generation;

    /** The draws of the latest arrival (see {@link #drawRequest()}). */
    int drawnKind;
    long drawnSeed;

    ClientSource(SplittableRandom arrivals, SplittableRandom draws) {
        this.arrivals = arrivals;
        this.draws = draws;
    }

    /** Draws the kind of the request arriving now and its own seed (its key and work), into {@code drawn*}. */
    void drawRequest() {
        drawnKind = kindOf(draws.nextDouble());
        drawnSeed = draws.nextLong();
    }

    void apply(Traffic traffic) {
        rate = Math.max(0, traffic.rate());
        pattern = traffic.pattern();
        double sum = 0;
        for (RequestKind kind : KINDS) {
            sum += traffic.share(kind);
            cumulativeMix[kind.ordinal()] = sum;
        }
    }

    double baseRate() {
        return rate;
    }

    static double factor(TrafficPattern pattern, double t) {
        return switch (pattern) {
            case STEADY -> 1;
            case SPIKE -> t % SPIKE_PERIOD >= SPIKE_PERIOD - SPIKE_LENGTH ? SPIKE_FACTOR : 1;
            case DAILY_WAVE -> 1 + WAVE_AMPLITUDE * Math.sin(2 * Math.PI * t / WAVE_PERIOD);
        };
    }

    private double maxFactor() {
        return switch (pattern) {
            case STEADY -> 1;
            case SPIKE -> SPIKE_FACTOR;
            case DAILY_WAVE -> 1 + WAVE_AMPLITUDE;
        };
    }

    /** Time of the next request after {@code now}, or +infinity when the client sends nothing. */
    double next(double now, double scale) {
        double peak = Math.min(rate * scale, MAX_RATE) * maxFactor();
        if (peak <= 0) {
            return Double.POSITIVE_INFINITY;
        }
        double t = now;
        if (pattern == TrafficPattern.STEADY) {
            return t + Streams.exponential(arrivals, 1.0 / peak);
        }
        double top = maxFactor();
        while (true) {
            t += Streams.exponential(arrivals, 1.0 / peak);
            if (arrivals.nextDouble() * top < factor(pattern, t)) {
                return t;
            }
        }
    }

    private int kindOf(double u) {
        for (int i = 0; i < KINDS.length; i++) {
            if (u < cumulativeMix[i]) {
                return i;
            }
        }
        for (int i = KINDS.length - 1; i >= 0; i--) {
            if (cumulativeMix[i] > (i == 0 ? 0 : cumulativeMix[i - 1])) {
                return i;
            }
        }
        return RequestKind.API_READ.ordinal();
    }
}
