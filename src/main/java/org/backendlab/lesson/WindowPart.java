package org.backendlab.lesson;

import java.util.Optional;
import org.backendlab.model.NodeKind;

/**
 * The named parts of the window a lesson step may highlight (besides nodes of the diagram). Lesson files
 * write the constant's name, e.g. {@code "PALETTE_CACHE"} or {@code "SEND_BUTTON"}.
 */
public enum WindowPart {
    PALETTE_CLIENT,
    PALETTE_ADMIN,
    PALETTE_FIREWALL,
    PALETTE_LOAD_BALANCER,
    PALETTE_API_SERVER,
    PALETTE_CACHE,
    PALETTE_DATABASE,
    PALETTE_FILE_STORAGE,
    PALETTE_MONITORING,
    /** The traffic rate slider. */
    TRAFFIC_SLIDER,
    /** The request kind chooser beside the send button. */
    SEND_KIND,
    /** "Send one request". */
    SEND_BUTTON,
    /** Play / pause. */
    PLAY_BUTTON,
    RESTART_BUTTON,
    INSPECTOR_NAME,
    INSPECTOR_CAPACITY,
    INSPECTOR_AUTOSCALING,
    INSPECTOR_CACHE,
    INSPECTOR_RULES,
    INSPECTOR_TRAFFIC,
    INSPECTOR_MONITORING,
    INSPECTOR_LINK,
    INSPECTOR_RUNTIME,
    /** Gauges and charts. */
    DASHBOARD,
    /** The bottleneck explanation. */
    WHY_PANEL,
    /** The narration caption of a sent request. */
    NARRATION;

    /** The kind of node a palette entry adds, if this is one. */
    public Optional<NodeKind> paletteKind() {
        return name().startsWith("PALETTE_") ? Optional.of(NodeKind.valueOf(name().substring(8))) : Optional.empty();
    }

    /** The part named exactly so, if any (node ids are lower case, so they never collide). */
    public static Optional<WindowPart> named(String name) {
        for (WindowPart part : values()) {
            if (part.name().equals(name)) {
                return Optional.of(part);
            }
        }
        return Optional.empty();
    }
}
