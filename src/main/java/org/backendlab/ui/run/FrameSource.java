package org.backendlab.ui.run;

import java.util.function.LongConsumer;

/**
 * Calls back once per screen frame with a time stamp in nanoseconds. The window uses
 * {@link FxFrameSource}; tests use {@link ManualFrameSource} and step frames by hand.
 */
public interface FrameSource {

    void start(LongConsumer onFrame);

    void stop();
}
