package org.backendlab.ui.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The clock without a Stage: frames are stepped by hand and engine work time is faked. */
class SimClockTest {

    private static final long FRAME = 16_666_667L;

    /** A stand-in engine whose every call costs {@code costNanos} of fake wall time. */
    private static final class FakeEngine implements Advanceable {
        double now;
        long costNanos;
        long workNanos;
        int calls;

        @Override
        public void advanceBy(double seconds) {
            now += seconds;
            workNanos += costNanos;
            calls++;
        }

        @Override
        public double now() {
            return now;
        }
    }

    private final ManualFrameSource frames = new ManualFrameSource();
    private final FakeEngine engine = new FakeEngine();
    private SimClock clock;

    @BeforeEach
    void setUp() {
        clock = new SimClock(frames, () -> engine.workNanos, SimClock.DEFAULT_BUDGET_NANOS);
        clock.setTarget(engine);
        clock.start();
        frames.tick(FRAME); // first frame only sets the reference time
    }

    @Test
    void pausedClockDoesNotMoveTime() {
        frames.frames(60);
        assertEquals(0, clock.time(), 1e-9);
    }

    @Test
    void playingAtNormalSpeedMovesOneSimulatedSecondPerWallSecond() {
        clock.play();
        frames.frames(60);
        assertEquals(1.0, clock.time(), 1e-6);
    }

    @Test
    void speedMultipliesTheWallTime() {
        clock.speedProperty().set(Speed.FAST);
        clock.play();
        frames.frames(60);
        assertEquals(5.0, clock.time(), 1e-6);
        assertEquals(5.0, clock.achievedSpeedProperty().get(), 1e-6);
        assertFalse(clock.behindProperty().get());
    }

    @Test
    void pauseStopsTimeAndStepMovesItByOneStep() {
        clock.play();
        frames.frames(30);
        clock.pause();
        double paused = clock.time();
        frames.frames(30);
        assertEquals(paused, clock.time(), 1e-9);
        clock.step();
        assertEquals(paused + Speed.NORMAL.stepSeconds(), clock.time(), 1e-9);
    }

    @Test
    void stepDoesNothingWhilePlaying() {
        clock.play();
        frames.frames(1);
        double before = clock.time();
        clock.step();
        assertEquals(before, clock.time(), 1e-9);
    }

    @Test
    void aLongGapIsCappedNotReplayed() {
        clock.play();
        frames.tick(10_000_000_000L); // ten seconds hidden
        assertEquals(SimClock.MAX_GAP_SECONDS, clock.time(), 1e-9);
    }

    @Test
    void aSlowEngineIsCutAtTheBudgetAndTheReachedSpeedIsShown() {
        engine.costNanos = 3_000_000L; // each slice costs 3 ms: only 3 of 8 slices fit in 8 ms
        clock.speedProperty().set(Speed.FAST_FORWARD);
        clock.play();
        frames.frames(120);
        double expected = Speed.FAST_FORWARD.factor() * 3.0 / 8.0;
        assertEquals(expected, clock.achievedSpeedProperty().get(), 0.05 * expected);
        assertTrue(clock.behindProperty().get());
        assertEquals(120 * 3, engine.calls);
    }

    @Test
    void listenersHearEveryFrameEvenWhilePaused() {
        int[] heard = {0};
        clock.addFrameListener((wall, sim) -> heard[0]++);
        frames.frames(10);
        assertEquals(10, heard[0]);
    }
}
