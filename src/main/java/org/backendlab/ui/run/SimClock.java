package org.backendlab.ui.run;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongSupplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The one clock of a running diagram: each frame it measures the wall time since the last frame, caps a
 * long gap, multiplies by the speed and advances the simulation in slices until the per-frame budget is
 * spent; what it could not do is dropped (never replayed as a burst) and the speed reached is reported.
 */
public final class SimClock {

    /** A frame longer than this (hidden window, laptop asleep) counts as this long. */
    public static final double MAX_GAP_SECONDS = 0.25;
    /** Wall time the engine may use per frame, so the window stays responsive. */
    public static final long DEFAULT_BUDGET_NANOS = 8_000_000L;
    private static final int SLICES_PER_FRAME = 8;

    /** Told after every frame, once the simulation has advanced. */
    public interface FrameListener {
        /** @param wallSeconds capped wall time since the last frame; @param simulatedSeconds how far time moved */
        void frame(double wallSeconds, double simulatedSeconds);
    }

    private FrameSource frames;
    private final LongSupplier workClock;
    private long budgetNanos;
    private final List<FrameListener> listeners = new CopyOnWriteArrayList<>();

    private final BooleanProperty playing = new SimpleBooleanProperty(this, "playing", false);
    private final ObjectProperty<Speed> speed = new SimpleObjectProperty<>(this, "speed", Speed.NORMAL);
    private final ReadOnlyDoubleWrapper time = new ReadOnlyDoubleWrapper(this, "time", 0);
    private final ReadOnlyDoubleWrapper achievedSpeed = new ReadOnlyDoubleWrapper(this, "achievedSpeed", 0);
    private final ReadOnlyBooleanWrapper behind = new ReadOnlyBooleanWrapper(this, "behind", false);

    private Advanceable target;
    private long lastFrame = -1;
    private double smoothedSpeed = Double.NaN;

    public SimClock(FrameSource frames) {
        this(frames, System::nanoTime, DEFAULT_BUDGET_NANOS);
    }

    /** @param workClock measures the wall time the engine takes (tests pass a fake one) */
    public SimClock(FrameSource frames, LongSupplier workClock, long budgetNanos) {
        this.frames = frames;
        this.workClock = workClock;
        this.budgetNanos = budgetNanos;
        playing.addListener((o, was, now) -> {
            if (!now) {
                achievedSpeed.set(0);
                behind.set(false);
                smoothedSpeed = Double.NaN;
            }
        });
        speed.addListener((o, was, now) -> smoothedSpeed = Double.NaN);
    }

    /** Wall time the engine may use per frame (tests that count simulated seconds lift it). */
    public void setBudgetNanos(long nanos) {
        budgetNanos = nanos;
    }

    /** What the clock moves; null stops it moving anything. */
    public void setTarget(Advanceable target) {
        this.target = target;
        time.set(target == null ? 0 : target.now());
    }

    /** Shows the target's time again (its run was replaced or restarted). */
    public void resync() {
        time.set(target == null ? 0 : target.now());
    }

    public void start() {
        lastFrame = -1;
        frames.start(this::onFrame);
    }

    public void stop() {
        frames.stop();
    }

    /** Swaps where frames come from (tests put in a {@link ManualFrameSource}); keeps running if it ran. */
    public void setFrameSource(FrameSource source) {
        frames.stop();
        frames = source;
        start();
    }

    public void addFrameListener(FrameListener listener) {
        listeners.add(listener);
    }

    public void removeFrameListener(FrameListener listener) {
        listeners.remove(listener);
    }

    int listenerCount() {
        return listeners.size();
    }

    public void play() {
        playing.set(true);
    }

    public void pause() {
        playing.set(false);
    }

    public void togglePlaying() {
        playing.set(!playing.get());
    }

    /** Advances a paused simulation by one step of the current speed (does nothing while playing). */
    public void step() {
        if (playing.get() || target == null) {
            return;
        }
        advanceNow(speed.get().stepSeconds(), 0);
    }

    /**
     * Advances now by {@code seconds}, with no budget, and tells the listeners as if {@code wallSeconds}
     * had passed (a step, or a screenshot that simulates some seconds before rendering).
     */
    public void advanceNow(double seconds, double wallSeconds) {
        if (target == null) {
            return;
        }
        double slice = seconds / SLICES_PER_FRAME;
        for (int i = 0; i < SLICES_PER_FRAME; i++) {
            target.advanceBy(slice);
        }
        time.set(target.now());
        listeners.forEach(l -> l.frame(wallSeconds, seconds));
    }

    void onFrame(long nanos) {
        double wall = lastFrame < 0 ? 0 : (nanos - lastFrame) / 1e9;
        lastFrame = nanos;
        wall = Math.max(0, Math.min(MAX_GAP_SECONDS, wall));
        double advanced = 0;
        if (playing.get() && target != null && wall > 0) {
            advanced = advance(wall * speed.get().factor());
            measure(wall, advanced);
            time.set(target.now());
        }
        for (FrameListener listener : listeners) {
            // one failing listener must not stop the clock or starve the others (a frozen window)
            try {
                listener.frame(wall, advanced);
            } catch (RuntimeException e) {
                Thread t = Thread.currentThread();
                t.getUncaughtExceptionHandler().uncaughtException(t, e);
            }
        }
    }

    private double advance(double wanted) {
        long begin = workClock.getAsLong();
        double slice = wanted / SLICES_PER_FRAME;
        double done = 0;
        for (int i = 0; i < SLICES_PER_FRAME; i++) {
            target.advanceBy(slice);
            done += slice;
            if (workClock.getAsLong() - begin > budgetNanos) {
                break;
            }
        }
        return done;
    }

    private void measure(double wall, double advanced) {
        double instant = advanced / wall;
        double weight = Math.min(1, wall / 0.5);
        smoothedSpeed = Double.isNaN(smoothedSpeed) ? instant : smoothedSpeed + weight * (instant - smoothedSpeed);
        achievedSpeed.set(smoothedSpeed);
        behind.set(smoothedSpeed < 0.9 * speed.get().factor());
    }

    public BooleanProperty playingProperty() {
        return playing;
    }

    public boolean isPlaying() {
        return playing.get();
    }

    public ObjectProperty<Speed> speedProperty() {
        return speed;
    }

    public ReadOnlyDoubleProperty timeProperty() {
        return time.getReadOnlyProperty();
    }

    public double time() {
        return time.get();
    }

    /** Simulated seconds per wall second actually reached while playing (smoothed over about half a second). */
    public ReadOnlyDoubleProperty achievedSpeedProperty() {
        return achievedSpeed.getReadOnlyProperty();
    }

    /** True while the engine cannot keep up with the chosen speed. */
    public ReadOnlyBooleanProperty behindProperty() {
        return behind.getReadOnlyProperty();
    }
}
