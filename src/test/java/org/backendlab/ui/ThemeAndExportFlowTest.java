package org.backendlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.backendlab.io.Settings;
import org.backendlab.ui.text.Language;
import org.backendlab.ui.widgets.CanvasTheme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** View > Theme switches every look and survives a window rebuild; File > Export writes a PNG and a CSV. */
@ExtendWith(ApplicationExtension.class)
class ThemeAndExportFlowTest {

    @TempDir
    Path dir;
    private MainViewModel vm;
    private MainWindow window;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    @Start
    void start(Stage stage) {
        vm = new MainViewModel(new Settings("en", List.of()), false);
        window = new MainWindow(stage, vm);
        vm.setDialogs(dialogs);
        window.show(1280, 800);
    }

    private void menu(FxRobot robot, String id) {
        robot.interact(() -> {
            MenuBar bar = (MenuBar) window.view().root().lookup(".menu-bar");
            find(bar.getMenus(), id).fire();
        });
    }

    private static MenuItem find(List<? extends MenuItem> items, String id) {
        for (MenuItem item : items) {
            if (id.equals(item.getId())) {
                return item;
            }
            if (item instanceof Menu m) {
                MenuItem inner = find(m.getItems(), id);
                if (inner != null) {
                    return inner;
                }
            }
        }
        return null;
    }

    private String status() {
        return vm.messages().text(vm.editor().statusProperty().get());
    }

    @Test
    void theThemeMenuSwitchesControlsCanvasAndColoursAndARebuildKeepsIt(FxRobot robot) {
        menu(robot, "themeDarkItem");
        assertEquals(CanvasTheme.Profile.DARK, CanvasTheme.current().profile());
        assertTrue(Application.getUserAgentStylesheet().contains("primer-dark"), Application.getUserAgentStylesheet());
        assertTrue(window.view().root().getStyleClass().contains("theme-dark"));
        assertEquals("Theme: Dark.", status());

        robot.interact(() -> vm.setLanguage(Language.KOREAN));
        assertTrue(window.view().root().getStyleClass().contains("theme-dark"), "a rebuilt window keeps the theme");

        menu(robot, "themeProjectorItem");
        assertEquals(CanvasTheme.Profile.PROJECTOR, CanvasTheme.current().profile());
        assertTrue(Application.getUserAgentStylesheet().contains("primer-light"));
        assertTrue(window.view().root().getStyleClass().contains("theme-projector"));
        assertTrue(CanvasTheme.current().glanceFont().getSize() > CanvasTheme.of(CanvasTheme.Profile.LIGHT,
                CanvasTheme.BASE_FONT_PX).glanceFont().getSize(), "the projector draws bigger words");
        menu(robot, "themeLightItem");
        assertEquals(CanvasTheme.Profile.LIGHT, CanvasTheme.current().profile());
    }

    @Test
    void exportPictureWritesPngsAtTwiceTheScreensPixels(FxRobot robot) throws Exception {
        dialogs.fileToExport = dir.resolve("diagram.png");
        menu(robot, "exportDiagramItem");
        BufferedImage diagram = ImageIO.read(dialogs.fileToExport.toFile());
        javafx.scene.layout.Region host = (javafx.scene.layout.Region) window.view().canvas().getParent();
        assertEquals(Math.ceil(host.getWidth() * 2), diagram.getWidth(), 2);
        assertEquals(Math.ceil(host.getHeight() * 2), diagram.getHeight(), 2);
        assertEquals("Picture saved as diagram.png.", status());

        dialogs.fileToExport = dir.resolve("window");
        menu(robot, "exportWindowItem");
        BufferedImage whole = ImageIO.read(dir.resolve("window.png").toFile());
        assertEquals(Math.ceil(window.stage().getScene().getWidth() * 2), whole.getWidth(), 2);
    }

    @Test
    void exportRunDataWritesACsvThatParses(FxRobot robot) throws Exception {
        robot.interact(() -> vm.run().warmUp(6));
        dialogs.fileToExport = dir.resolve("run");
        menu(robot, "exportDataItem");
        List<String> lines = Files.readAllLines(dir.resolve("run.csv"));
        String[] header = lines.get(0).split(",", -1);
        assertEquals("time_s", header[0]);
        assertTrue(List.of(header).contains("db-1.cpu_percent"), lines.get(0));
        assertEquals(1 + 6, lines.size(), "a row per simulated second");
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            assertEquals(header.length, cells.length);
            for (String cell : cells) {
                if (!cell.isEmpty()) {
                    Double.parseDouble(cell);
                }
            }
        }
        assertTrue(status().startsWith("Run data saved as run.csv (6 rows"), status());

        dialogs.fileToExport = null;
        menu(robot, "exportDataItem");
        assertEquals("Export cancelled.", status());
    }
}
