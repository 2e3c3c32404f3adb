package org.backendlab.io;

/**
 * The documented ranges of a diagram file (docs/file-format.md). Every value the app's own editor can
 * make lies inside them, so whatever the app saves it can open again.
 */
public final class DiagramLimits {

    public static final int MAX_NODES = 500;
    public static final int MAX_LINKS = 5_000;
    public static final int MAX_RULES = 100;
    public static final int MAX_ID_LENGTH = 64;
    public static final int MAX_LABEL_LENGTH = 200;
    /** Node centres lie within this distance of 0 on each axis. */
    public static final double MAX_COORDINATE = 1_000_000;
    /** Latencies, work times, timeouts and latency alerts: up to ten minutes. */
    public static final double MAX_MS = 600_000;
    /** Boot, cooldown, hold and cache-freshness times: up to one day. */
    public static final double MAX_SECONDS = 86_400;
    public static final double MAX_RATE = 1_000_000;
    public static final int MAX_INSTANCES = 100;
    public static final int MAX_THREADS = 10_000;
    public static final int MAX_QUEUE = 100_000;
    public static final int MAX_CACHE_KEYS = 10_000_000;
    public static final double MAX_ZIPF_EXPONENT = 5;
    /** The lowest CPU share an autoscaler may aim at (1%). */
    public static final double MIN_TARGET_CPU = 0.01;

    private DiagramLimits() {
    }
}
