package org.backendlab.ui.present;

import java.util.function.IntConsumer;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;
import javafx.util.Subscription;
import org.backendlab.ui.run.RunViewModel;

/**
 * The keys that drive a presentation from any of its windows: Space play/pause, Enter send one request,
 * Right/Left next/previous lesson step, + and - speed, Up/Down traffic, Esc (and F11) leave. Caught
 * before any control sees them, so a focused button never takes Space for itself.
 */
public final class PresentationKeys {

    private PresentationKeys() {
    }

    /**
     * Installs the keys on a scene until the returned subscription is released.
     *
     * @param lessonStep told +1 (Right) or -1 (Left)
     */
    public static Subscription install(Scene scene, RunViewModel run, IntConsumer lessonStep, Runnable leave) {
        EventHandler<KeyEvent> filter = e -> {
            if (e.isShortcutDown() || e.isAltDown()) {
                return;
            }
            boolean handled = true;
            switch (e.getCode()) {
                case SPACE -> run.togglePlaying();
                case ENTER -> run.sendOne();
                case RIGHT -> lessonStep.accept(+1);
                case LEFT -> lessonStep.accept(-1);
                case PLUS, EQUALS, ADD -> run.faster();
                case MINUS, SUBTRACT -> run.slower();
                case UP -> run.nudgeRate(+1);
                case DOWN -> run.nudgeRate(-1);
                case ESCAPE, F11 -> leave.run();
                default -> handled = false;
            }
            if (handled) {
                e.consume();
            }
        };
        scene.addEventFilter(KeyEvent.KEY_PRESSED, filter);
        return () -> scene.removeEventFilter(KeyEvent.KEY_PRESSED, filter);
    }
}
