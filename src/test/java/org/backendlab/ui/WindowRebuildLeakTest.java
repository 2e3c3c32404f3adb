package org.backendlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import javafx.stage.Stage;
import org.backendlab.io.Settings;
import org.backendlab.ui.text.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Views release what they subscribed to: rebuilding the main window (a language switch) fifty times leaves
 * the listener counts on the long-lived session, document and run view-model where they were, and the old
 * views can be garbage-collected.
 */
@ExtendWith(ApplicationExtension.class)
class WindowRebuildLeakTest {

    private MainViewModel vm;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        vm = new MainViewModel(new Settings("en", List.of()), false);
        window = new MainWindow(stage, vm);
        window.show(1280, 800);
    }

    private List<Integer> counts() {
        return List.of(vm.session().listenerCount(), vm.session().document().listenerCount(),
                vm.run().viewListenerCount());
    }

    private void rebuild(FxRobot robot) {
        robot.interact(() -> vm.setLanguage(vm.language() == Language.ENGLISH ? Language.KOREAN : Language.ENGLISH));
    }

    @Test
    void fiftyRebuildsKeepListenerCountsFlatAndFreeTheOldViews(FxRobot robot) {
        rebuild(robot);
        rebuild(robot);
        List<Integer> settled = counts();
        WeakReference<MainView> first = new WeakReference<>(window.view());
        for (int i = 0; i < 50; i++) {
            rebuild(robot);
        }
        assertEquals(settled, counts(), "session, document, run view-model listeners");
        List<byte[]> pressure = new ArrayList<>();
        for (int i = 0; i < 20 && first.get() != null; i++) {
            System.gc();
            pressure.add(new byte[1 << 20]);
        }
        assertNull(first.get(), "a disposed main view is still reachable from a long-lived object");
    }
}
