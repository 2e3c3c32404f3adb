package org.backendlab.ui.run;

import java.util.function.LongConsumer;
import javafx.animation.AnimationTimer;

/** Frames from the JavaFX pulse (an {@link AnimationTimer}). */
public final class FxFrameSource implements FrameSource {

    private AnimationTimer timer;

    @Override
    public void start(LongConsumer onFrame) {
        stop();
        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                onFrame.accept(now);
            }
        };
        timer.start();
    }

    @Override
    public void stop() {
        if (timer != null) {
            timer.stop();
            timer = null;
        }
    }
}
