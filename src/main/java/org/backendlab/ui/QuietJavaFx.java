package org.backendlab.ui;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Silences JavaFX's start-up warning about running from the classpath ("Unsupported JavaFX
 * configuration"): the app is built to run that way (decision 0002), so the line only alarms learners.
 * Real errors are still logged.
 */
final class QuietJavaFx {

    /** Held so the logger and its level are not garbage-collected. */
    private static final Logger JAVAFX = Logger.getLogger("javafx");

    private QuietJavaFx() {
    }

    static void apply() {
        JAVAFX.setLevel(Level.SEVERE);
    }
}
