package org.backendlab.sim;

/** For a single sent request: let the cache decide, or force it to answer with a hit or a miss. */
public enum CacheForce {
    NONE,
    HIT,
    MISS
}
