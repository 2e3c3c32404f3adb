package org.backendlab.ui.run;

import java.util.function.LongConsumer;

/** Frames on demand, for tests and benchmarks: {@link #tick(long)} delivers one frame. */
public final class ManualFrameSource implements FrameSource {

    private LongConsumer onFrame;
    private long now;

    @Override
    public void start(LongConsumer onFrame) {
        this.onFrame = onFrame;
    }

    @Override
    public void stop() {
        onFrame = null;
    }

    public boolean isRunning() {
        return onFrame != null;
    }

    /** Delivers one frame {@code nanos} after the previous one. */
    public void tick(long nanos) {
        now += nanos;
        if (onFrame != null) {
            onFrame.accept(now);
        }
    }

    /** Delivers {@code count} frames of 1/60 s each. */
    public void frames(int count) {
        for (int i = 0; i < count; i++) {
            tick(16_666_667L);
        }
    }
}
