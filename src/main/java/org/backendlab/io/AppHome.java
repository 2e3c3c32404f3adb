package org.backendlab.io;

import java.nio.file.Path;

/**
 * The one folder for settings, progress and recovery files: {@code ~/.backend-lab}, or wherever the
 * system property {@code backendlab.home} points (tests and screenshots always set it).
 */
public final class AppHome {

    public static final String PROPERTY = "backendlab.home";

    private AppHome() {
    }

    public static Path dir() {
        String override = System.getProperty(PROPERTY);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        return Path.of(System.getProperty("user.home"), ".backend-lab");
    }
}
