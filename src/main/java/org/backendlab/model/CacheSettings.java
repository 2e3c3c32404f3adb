package org.backendlab.model;

/**
 * What a cache node remembers: on/off, how many keys it holds (LRU beyond that), how long an entry
 * stays fresh, and the key popularity of reads (keys 1..keySpace drawn with Zipf exponent).
 */
public record CacheSettings(boolean enabled, int capacity, double ttlSeconds, int keySpace, double zipfExponent) {

    public static CacheSettings defaults() {
        return new CacheSettings(true, 1000, 60, 10_000, 1.0);
    }

    public CacheSettings withEnabled(boolean on) {
        return new CacheSettings(on, capacity, ttlSeconds, keySpace, zipfExponent);
    }

    public CacheSettings withCapacity(int keys) {
        return new CacheSettings(enabled, keys, ttlSeconds, keySpace, zipfExponent);
    }

    public CacheSettings withTtlSeconds(double seconds) {
        return new CacheSettings(enabled, capacity, seconds, keySpace, zipfExponent);
    }
}
