package org.backendlab.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.backendlab.model.CacheSettings;
import org.backendlab.model.Diagram;
import org.backendlab.model.NodeKind;
import org.backendlab.model.RequestKind;
import org.junit.jupiter.api.Test;

/** The cache answers reads it holds, sends misses to the database, and forgets keys that are written. */
class CacheTest {

    private static Diagram apiCacheDb(double rate, CacheSettings cache, RequestKind... kinds) {
        return Diagrams.start().client("client-1", rate, kinds)
                .node("api-1", NodeKind.API_SERVER).node("cache-1", NodeKind.CACHE).node("db-1", NodeKind.DATABASE)
                .with("cache-1", n -> n.withCache(cache))
                .calls("client-1", "api-1", 10).calls("api-1", "cache-1", 1).calls("api-1", "db-1", 1).build();
    }

    private static List<StepKind> kinds(RequestStory story) {
        return story.steps().stream().map(Step::kind).toList();
    }

    @Test
    void cacheHitNeverReachesTheDatabase() {
        Simulation sim = new Simulation(apiCacheDb(0, CacheSettings.defaults(), RequestKind.API_READ), 1);
        RequestStory story = sim.sendOne(RequestKind.API_READ, "client-1", CacheForce.HIT);
        assertEquals(Outcome.COMPLETED, story.outcome());
        assertTrue(kinds(story).contains(StepKind.CACHE_HIT));
        assertTrue(story.visited("cache-1"));
        assertFalse(story.visited("db-1"));
    }

    @Test
    void cacheMissAsksTheDatabaseAndFillsTheCache() {
        Simulation sim = new Simulation(apiCacheDb(0, CacheSettings.defaults(), RequestKind.API_READ), 1);
        RequestStory story = sim.sendOne(RequestKind.API_READ, "client-1", CacheForce.MISS);
        List<StepKind> kinds = kinds(story);
        assertTrue(story.visited("db-1"));
        assertTrue(kinds.indexOf(StepKind.CACHE_MISS) < kinds.indexOf(StepKind.CACHE_FILL));
        assertEquals(Outcome.COMPLETED, story.outcome());
    }

    @Test
    void underTrafficOnlyMissesReachTheDatabase() {
        Simulation sim = new Simulation(apiCacheDb(50, CacheSettings.defaults(), RequestKind.API_READ), 2);
        sim.runUntil(120);
        sim.setTotalRate(0);
        sim.advanceBy(30);
        MetricsSnapshot m = sim.metrics();
        NodeStats cache = m.node("cache-1").total();
        assertTrue(cache.cacheHits() > 0 && cache.cacheMisses() > 0);
        assertEquals(cache.cacheMisses(), m.node("db-1").total().arrived());
        assertEquals(cache.cacheHits() + cache.cacheMisses(), m.total().completed());
    }

    @Test
    void writesInvalidateTheCachedKey() {
        CacheSettings oneKey = new CacheSettings(true, 10, 600, 1, 1.0);
        Simulation sim = new Simulation(apiCacheDb(0, oneKey, RequestKind.API_READ), 3);
        long first = sim.inject(RequestKind.API_READ, "client-1", CacheForce.NONE);
        sim.advanceBy(5);
        long second = sim.inject(RequestKind.API_READ, "client-1", CacheForce.NONE);
        sim.advanceBy(5);
        long write = sim.inject(RequestKind.API_WRITE, "client-1", CacheForce.NONE);
        sim.advanceBy(5);
        long third = sim.inject(RequestKind.API_READ, "client-1", CacheForce.NONE);
        sim.advanceBy(5);
        assertTrue(kinds(sim.story(first).orElseThrow()).contains(StepKind.CACHE_MISS));
        assertTrue(kinds(sim.story(second).orElseThrow()).contains(StepKind.CACHE_HIT));
        assertTrue(kinds(sim.story(write).orElseThrow()).contains(StepKind.CACHE_INVALIDATE));
        assertTrue(sim.story(write).orElseThrow().visited("db-1"));
        assertTrue(kinds(sim.story(third).orElseThrow()).contains(StepKind.CACHE_MISS));
    }

    @Test
    void entriesExpireAfterTheirTimeToLive() {
        CacheSettings shortLived = new CacheSettings(true, 10, 2, 1, 1.0);
        Simulation sim = new Simulation(apiCacheDb(0, shortLived, RequestKind.API_READ), 3);
        sim.inject(RequestKind.API_READ, "client-1", CacheForce.NONE);
        sim.advanceBy(1);
        long fresh = sim.inject(RequestKind.API_READ, "client-1", CacheForce.NONE);
        sim.advanceBy(5);
        long stale = sim.inject(RequestKind.API_READ, "client-1", CacheForce.NONE);
        sim.advanceBy(1);
        assertTrue(kinds(sim.story(fresh).orElseThrow()).contains(StepKind.CACHE_HIT));
        assertTrue(kinds(sim.story(stale).orElseThrow()).contains(StepKind.CACHE_MISS));
    }

    @Test
    void aBiggerCacheHitsMoreOften() {
        double small = hitRatio(new CacheSettings(true, 50, 600, 10_000, 1.0));
        double large = hitRatio(new CacheSettings(true, 2_000, 600, 10_000, 1.0));
        assertTrue(large > small + 0.1, small + " vs " + large);
    }

    private static double hitRatio(CacheSettings settings) {
        Simulation sim = new Simulation(apiCacheDb(100, settings, RequestKind.API_READ), 8);
        sim.runUntil(300);
        return sim.metrics().node("cache-1").total().cacheHitRatio();
    }

    @Test
    void aSwitchedOffCacheIsSkipped() {
        Simulation sim = new Simulation(apiCacheDb(50, CacheSettings.defaults().withEnabled(false),
                RequestKind.API_READ), 2);
        sim.runUntil(30);
        MetricsSnapshot m = sim.metrics();
        assertEquals(0, m.node("cache-1").total().arrived());
        assertTrue(m.node("db-1").total().arrived() > 1000);
    }

    @Test
    void aDownCacheSendsReadsToTheDatabase() {
        Simulation sim = new Simulation(apiCacheDb(50, CacheSettings.defaults(), RequestKind.API_READ), 2);
        sim.setDown("cache-1", true);
        sim.runUntil(30);
        sim.setTotalRate(0);
        sim.advanceBy(10);
        MetricsSnapshot m = sim.metrics();
        assertEquals(0, m.total().failed());
        assertEquals(m.total().completed(), m.node("db-1").total().completed());
    }
}
