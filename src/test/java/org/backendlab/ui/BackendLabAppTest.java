package org.backendlab.ui;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.backendlab.io.DiagramFiles;
import org.backendlab.model.Diagram;
import org.backendlab.model.Node;
import org.backendlab.model.NodeKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The application opened with a diagram file, as a double-click on the desktop does. */
class BackendLabAppTest {

    @TempDir
    Path dir;

    private Stage stage;
    private Application app;

    @BeforeEach
    void toolkit() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }

    @Test
    void opensTheDiagramFileGivenAsParameter() throws Exception {
        Path file = dir.resolve("tiny.json");
        DiagramFiles.write(Diagram.of(List.of(Node.create("solo-db", NodeKind.DATABASE, "Solo", 100, 100)), List.of()), file);
        app = FxToolkit.setupApplication(BackendLabApp.class, file.toString());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(stage.getTitle().startsWith("tiny.json"), stage.getTitle());
        assertNotNull(stage.getScene().lookup("#solo-db"));
    }

    @Test
    void aBadFileShowsTheErrorAndKeepsTheExample() throws Exception {
        Path file = Files.writeString(dir.resolve("broken.json"), "{ not json");
        // start() waits in the error dialog, so set the app up off the test thread and answer the dialog.
        CompletableFuture<Application> started = CompletableFuture.supplyAsync(() -> {
            try {
                return FxToolkit.setupApplication(BackendLabApp.class, file.toString());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> errorDialog() != null);
        DialogPane pane = errorDialog();
        Button ok = (Button) pane.lookupButton(ButtonType.OK);
        WaitForAsyncUtils.asyncFx(ok::fire).get(10, TimeUnit.SECONDS);
        app = started.get(20, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(stage.getTitle().startsWith(MainViewModel.START_EXAMPLE + ".json"), stage.getTitle());
        assertTrue(stage.isShowing());
    }

    private static DialogPane errorDialog() {
        return new FxRobot().listWindows().stream()
                .map(Window::getScene)
                .filter(s -> s != null && s.getRoot() instanceof DialogPane)
                .map(s -> (DialogPane) s.getRoot())
                .filter(p -> "error-dialog".equals(p.getId()))
                .findFirst().orElse(null);
    }
}
