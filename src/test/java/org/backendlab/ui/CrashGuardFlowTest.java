package org.backendlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.stage.Stage;
import org.backendlab.io.Settings;
import org.backendlab.ui.run.ManualFrameSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A failure inside the frame loop is logged and told once; the run keeps going. */
@ExtendWith(ApplicationExtension.class)
class CrashGuardFlowTest {

    private final ManualFrameSource frames = new ManualFrameSource();
    private MainViewModel vm;
    private CrashGuard guard;
    private Path log;

    @Start
    void start(Stage stage) throws Exception {
        vm = new MainViewModel(new Settings("en", List.of()), false);
        MainWindow window = new MainWindow(stage, vm);
        vm.run().clock().setFrameSource(frames);
        window.show(1280, 800);
        log = Files.createTempDirectory("guard").resolve("errors.log");
        guard = new CrashGuard(vm, log, System::nanoTime);
        Thread.currentThread().setUncaughtExceptionHandler(guard);
    }

    @Test
    void aFailingFrameListenerDoesNotStopTheRun(FxRobot robot) throws Exception {
        int[] drawn = {0};
        robot.interact(() -> {
            vm.run().onFrame((wall, sim) -> {
                throw new IllegalStateException("injected failure");
            });
            vm.run().onFrame((wall, sim) -> drawn[0]++);
            vm.run().togglePlaying();
        });
        robot.interact(() -> frames.frames(60));
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(vm.run().clock().time() > 0.5, "simulated time kept moving: " + vm.run().clock().time());
        assertEquals(60, drawn[0], "listeners after the failing one still ran every frame");
        assertEquals(60, guard.failures());
        assertTrue(Files.readString(log).contains("injected failure"));
        assertEquals(1, robot.lookup("#error-notice").queryAll().size(), "told once, not sixty times");
    }
}
