package org.backendlab.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The engine's building blocks: calendar order, histogram accuracy, cache eviction, Zipf popularity. */
class BuildingBlocksTest {

    @Test
    void calendarGivesEventsInTimeOrderAndTiesInSchedulingOrder() {
        EventCalendar calendar = new EventCalendar();
        SplittableRandom random = new SplittableRandom(1);
        for (int i = 0; i < 5000; i++) {
            calendar.schedule(Math.floor(random.nextDouble() * 100), 1, i, 0);
        }
        double lastTime = -1;
        int lastA = -1;
        for (int i = 0; i < 5000; i++) {
            calendar.take();
            assertTrue(calendar.takenTime >= lastTime);
            if (calendar.takenTime == lastTime) {
                assertTrue(calendar.takenA > lastA, "same time: first scheduled first");
            }
            lastTime = calendar.takenTime;
            lastA = calendar.takenA;
        }
        assertTrue(calendar.isEmpty());
    }

    @Test
    void histogramPercentilesAreWithinHalfAPercent() {
        LatencyHistogram histogram = new LatencyHistogram();
        for (int i = 1; i <= 100_000; i++) {
            histogram.recordSeconds(i / 1000.0);
        }
        double[] p = histogram.standardPercentilesMs();
        assertEquals(50_000, p[0], 50_000 * 0.005);
        assertEquals(95_000, p[1], 95_000 * 0.005);
        assertEquals(99_000, p[2], 99_000 * 0.005);
        assertEquals(p[1], histogram.percentileMs(0.95));
    }

    @Test
    void cacheEvictsTheLeastRecentlyUsedKey() {
        CacheStore cache = new CacheStore(3);
        cache.put(1, 100);
        cache.put(2, 100);
        cache.put(3, 100);
        assertTrue(cache.get(1, 0));
        cache.put(4, 100);
        assertFalse(cache.get(2, 0), "2 was least recently used");
        assertTrue(cache.get(1, 0) && cache.get(3, 0) && cache.get(4, 0));
        assertEquals(3, cache.size());
    }

    @Test
    void cacheSurvivesManyInsertsAndRemovals() {
        CacheStore cache = new CacheStore(500);
        SplittableRandom random = new SplittableRandom(3);
        java.util.LinkedHashMap<Integer, Boolean> model = new java.util.LinkedHashMap<>(16, 0.75f, true);
        for (int i = 0; i < 200_000; i++) {
            int key = 1 + random.nextInt(2000);
            switch (random.nextInt(3)) {
                case 0 -> {
                    cache.put(key, 1e9);
                    model.put(key, true);
                    if (model.size() > 500) {
                        model.remove(model.keySet().iterator().next());
                    }
                }
                case 1 -> {
                    cache.remove(key);
                    model.remove(key);
                }
                default -> assertEquals(model.get(key) != null, cache.get(key, 0), "key " + key);
            }
        }
        assertEquals(model.size(), cache.size());
    }

    @Test
    void zipfMakesTheFirstKeysTheMostPopular() {
        ZipfKeys keys = new ZipfKeys(1000, 1.0);
        SplittableRandom random = new SplittableRandom(5);
        int[] counts = new int[1001];
        for (int i = 0; i < 200_000; i++) {
            counts[keys.draw(random)]++;
        }
        double harmonic = 0;
        for (int k = 1; k <= 1000; k++) {
            harmonic += 1.0 / k;
        }
        assertEquals(200_000 / harmonic, counts[1], 200_000 / harmonic * 0.03);
        assertEquals(counts[1] / 2.0, counts[2], counts[1] * 0.05);
    }
}
