package org.backendlab.ui.lesson;

import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Scene;
import org.backendlab.lesson.WindowPart;
import org.backendlab.ui.editor.PaletteView;

/** Finds the control a lesson names as a part of the window, by the CSS id the window gives it. */
final class WindowParts {

    private WindowParts() {
    }

    /** The CSS id of a window part's control. */
    static String cssId(WindowPart part) {
        var kind = part.paletteKind();
        if (kind.isPresent()) {
            return PaletteView.buttonId(kind.get());
        }
        return switch (part) {
            case TRAFFIC_SLIDER -> "traffic-slider";
            case SEND_KIND -> "send-kind";
            case SEND_BUTTON -> "send-request";
            case PLAY_BUTTON -> "run-play";
            case RESTART_BUTTON -> "run-restart";
            case INSPECTOR_NAME -> "inspector-label";
            case INSPECTOR_CAPACITY -> "inspector-capacity";
            case INSPECTOR_AUTOSCALING -> "inspector-autoscaling";
            case INSPECTOR_CACHE -> "inspector-cache";
            case INSPECTOR_RULES -> "inspector-rules-editor";
            case INSPECTOR_TRAFFIC -> "inspector-traffic";
            case INSPECTOR_MONITORING -> "inspector-monitoring-section";
            case INSPECTOR_LINK -> "inspector-link";
            case INSPECTOR_RUNTIME -> "inspector-runtime";
            case DASHBOARD -> "run-dashboard";
            case WHY_PANEL -> "run-why";
            case NARRATION -> "run-narration";
            default -> throw new IllegalArgumentException("no control for " + part);
        };
    }

    /** The part's control in a scene, when it is there now. */
    static Optional<Node> find(Scene scene, WindowPart part) {
        return scene == null ? Optional.empty() : Optional.ofNullable(scene.lookup("#" + cssId(part)));
    }
}
