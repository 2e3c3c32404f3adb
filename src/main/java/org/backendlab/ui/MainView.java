package org.backendlab.ui;

import java.nio.file.Path;
import java.util.List;
import org.backendlab.ui.widgets.KindIcons;
import org.backendlab.model.Diagram;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import org.backendlab.io.DiagramFiles;
import org.backendlab.model.EditRefusal;
import org.backendlab.model.NodeKind;
import org.backendlab.ui.editor.DiagramView;
import org.backendlab.ui.editor.EditorViewModel;
import org.backendlab.ui.editor.PaletteView;
import org.backendlab.ui.text.Language;
import org.backendlab.ui.text.Messages;
import org.backendlab.ui.inspector.InspectorView;
import org.backendlab.ui.race.RaceMode;
import org.backendlab.ui.widgets.CanvasTheme;

/**
 * Controller of {@code main.fxml}: puts the canvas, palette and inspector into the layout, binds the
 * menus, toolbar and status bar to the view-models and forwards commands. Holds no state of its own.
 */
public final class MainView {

    @FXML private BorderPane root;
    @FXML private MenuBar menuBar;
    @FXML private Menu recentMenu;
    @FXML private Menu examplesMenu;
    @FXML private Menu addMenu;
    @FXML private MenuItem undoItem;
    @FXML private MenuItem redoItem;
    @FXML private RadioMenuItem englishItem;
    @FXML private RadioMenuItem koreanItem;
    @FXML private RadioMenuItem themeLightItem;
    @FXML private RadioMenuItem themeDarkItem;
    @FXML private RadioMenuItem themeProjectorItem;
    @FXML private Button undoButton;
    @FXML private Button redoButton;
    @FXML private HBox runControls;
    @FXML private ScrollPane paletteScroll;
    @FXML private StackPane canvasHost;
    @FXML private Tab inspectorTab;
    @FXML private Tab lessonTab;
    @FXML private javafx.scene.control.TabPane sideTabs;
    @FXML private StackPane dashboardHost;
    @FXML private Label statusLabel;
    @FXML private Label selectionLabel;
    @FXML private Label zoomLabel;

    private final MainViewModel vm;
    private final EditorViewModel editor;
    private final Messages messages;
    private final Runnable quit;
    private final ChangeListener<List<String>> recentListener = (o, a, b) -> fillRecent();
    private final ChangeListener<Diagram> documentListener = (o, a, b) -> fit();
    private DiagramView canvas;
    private InspectorView inspector;
    private org.backendlab.ui.run.RunView runView;
    private org.backendlab.ui.lesson.LessonView lessonView;
    private javafx.util.Subscription lessonOpened;
    private RaceMode raceMode;

    MainView(MainViewModel vm, Runnable quit) {
        this.vm = vm;
        this.editor = vm.editor();
        this.messages = vm.messages();
        this.quit = quit;
    }

    @FXML
    private void initialize() {
        canvas = new DiagramView(editor, messages);
        canvasHost.getChildren().setAll(canvas);
        paletteScroll.setContent(new PaletteView(canvas, messages));
        inspector = new InspectorView(editor, messages);
        inspectorTab.setContent(inspector);
        // run controls in the toolbar, dots and narration over the canvas, dashboard below
        runView = new org.backendlab.ui.run.RunView(vm.run(), canvas, runControls, dashboardHost,
                org.backendlab.ui.text.Messages.of(messages.locale()));
        inspector.setRuntimeSection(runView.liveSections());
        // lesson panel: the Lesson tab comes forward whenever a lesson opens (also the one resumed at start)
        lessonView = new org.backendlab.ui.lesson.LessonView(vm.lesson(), vm.run(), canvas, messages);
        lessonTab.setContent(lessonView);
        lessonOpened = vm.lesson().lessonIdProperty().subscribe(id -> {
            if (id != null) {
                sideTabs.getSelectionModel().select(lessonTab);
            }
        });
        vm.lesson().resume();
        // during an A/B race the Edit menu, palette and inspector act on design B
        raceMode = new RaceMode(vm.race(), new RaceMode.Slots(root, canvasHost, paletteScroll, inspectorTab),
                new RaceMode.Commands(vm::compareWithFile, vm::saveRaceB), messages,
                org.backendlab.ui.text.Messages.of(messages.locale()));
        menuBar.getMenus().add(menuBar.getMenus().size() - 1, raceMode.menu());
        undoItem.disableProperty().bind(Bindings.selectBoolean(vm.race().editingProperty(), "canUndo").not());
        undoButton.disableProperty().bind(Bindings.selectBoolean(vm.race().editingProperty(), "canUndo").not());
        redoItem.disableProperty().bind(Bindings.selectBoolean(vm.race().editingProperty(), "canRedo").not());
        redoButton.disableProperty().bind(Bindings.selectBoolean(vm.race().editingProperty(), "canRedo").not());
        statusLabel.setId("status");
        statusLabel.textProperty().bind(Bindings.createStringBinding(
                () -> messages.text(editor.statusProperty().get()), editor.statusProperty()));
        zoomLabel.setId("zoom-level");
        zoomLabel.textProperty().bind(Bindings.createStringBinding(
                () -> messages.text("status.zoomLevel", Math.round(canvas.viewport().zoomProperty().get() * 100)),
                canvas.viewport().zoomProperty()));
        selectionLabel.textProperty().bind(Bindings.createStringBinding(
                () -> messages.text("status.selection", editor.selectedNodes().size()), editor.selectedNodes()));
        englishItem.setSelected(vm.language() == Language.ENGLISH);
        koreanItem.setSelected(vm.language() == Language.KOREAN);
        themeLightItem.setSelected(vm.themeProperty().get() == CanvasTheme.Profile.LIGHT);
        themeDarkItem.setSelected(vm.themeProperty().get() == CanvasTheme.Profile.DARK);
        themeProjectorItem.setSelected(vm.themeProperty().get() == CanvasTheme.Profile.PROJECTOR);
        fillExamples();
        fillAddMenu();
        fillRecent();
        vm.recentFilesProperty().addListener(recentListener);
        editor.diagramProperty().addListener(documentListener);
    }

    /** Stops listening to the view-models; the window is being rebuilt (language switch) or closed. */
    void dispose() {
        vm.recentFilesProperty().removeListener(recentListener);
        editor.diagramProperty().removeListener(documentListener);
        canvas.dispose();
        inspector.dispose();
        runView.dispose();
        lessonOpened.unsubscribe();
        lessonView.dispose();
        raceMode.dispose();
        undoItem.disableProperty().unbind();
        undoButton.disableProperty().unbind();
        redoItem.disableProperty().unbind();
        redoButton.disableProperty().unbind();
        statusLabel.textProperty().unbind();
        zoomLabel.textProperty().unbind();
        selectionLabel.textProperty().unbind();
    }

    public BorderPane root() {
        return root;
    }

    public DiagramView canvas() {
        return canvas;
    }

    /** The run layer: controls, dots, dashboard. */
    public org.backendlab.ui.run.RunView runView() {
        return runView;
    }

    /** Where later features put their run controls (toolbar) and dashboard (bottom). */
    public HBox runControls() {
        return runControls;
    }

    public StackPane dashboardHost() {
        return dashboardHost;
    }

    void fit() {
        canvas.fitToView();
        raceMode.fit();
    }

    /** The editor the Edit menu acts on: design B during a race, else the open document. */
    private EditorViewModel editing() {
        return vm.race().editing();
    }

    /** The canvas the View menu and rename act on: B's during a race, else the main one. */
    private DiagramView activeCanvas() {
        DiagramView b = raceMode.canvasB();
        return b != null ? b : canvas;
    }

    private void fillExamples() {
        for (String name : DiagramFiles.exampleNames()) {
            MenuItem item = new MenuItem(messages.text("example." + name));
            item.setId("example-" + name);
            item.setOnAction(e -> vm.openExample(name));
            examplesMenu.getItems().add(item);
        }
    }

    private void fillAddMenu() {
        int n = 1;
        for (NodeKind kind : NodeKind.values()) {
            MenuItem item = new MenuItem(messages.kindName(kind));
            item.setId("add-" + kind.idPrefix());
            item.setGraphic(KindIcons.of(kind));
            item.setAccelerator(KeyCombination.keyCombination("Shortcut+" + n++));
            item.setOnAction(e -> activeCanvas().addAtCentre(kind));
            addMenu.getItems().add(item);
        }
    }

    private void fillRecent() {
        recentMenu.getItems().clear();
        for (String recent : vm.recentFilesProperty().get()) {
            MenuItem item = new MenuItem(recent);
            item.setMnemonicParsing(false);
            item.setOnAction(e -> vm.open(Path.of(recent)));
            recentMenu.getItems().add(item);
        }
        if (recentMenu.getItems().isEmpty()) {
            MenuItem none = new MenuItem(messages.text("menu.file.recent.none"));
            none.setDisable(true);
            recentMenu.getItems().add(none);
        }
    }

    private boolean typing() {
        return root.getScene() != null && root.getScene().getFocusOwner() instanceof TextInputControl;
    }

    @FXML private void newDiagram() {
        vm.newDiagram();
    }

    @FXML private void open() {
        vm.open();
    }

    @FXML private void openLessonFolder() {
        vm.openLessonFolder();
    }

    @FXML private void save() {
        vm.save();
    }

    @FXML private void saveAs() {
        vm.saveAs();
    }

    @FXML private void quit() {
        quit.run();
    }

    @FXML private void undo() {
        editing().undo();
    }

    @FXML private void redo() {
        editing().redo();
    }

    @FXML private void rename() {
        if (!typing()) {
            editing().singleSelection().ifPresentOrElse(n -> activeCanvas().startRename(n.id()),
                    () -> editor.say("status.selectOneToRename"));
        }
    }

    @FXML private void connect() {
        if (!typing()) {
            editing().connectSelection();
        }
    }

    @FXML private void delete() {
        if (!typing()) {
            editing().deleteSelection();
        }
    }

    @FXML private void selectAll() {
        if (!typing()) {
            editing().selectAll();
            editor.say("status.selectedMany", editing().selectedNodes().size());
        }
    }

    @FXML private void zoomIn() {
        activeCanvas().zoomIn();
    }

    @FXML private void zoomOut() {
        activeCanvas().zoomOut();
    }

    @FXML private void fitAction() {
        activeCanvas().fitAndSay();
    }

    @FXML private void english() {
        vm.setLanguage(Language.ENGLISH);
    }

    @FXML private void korean() {
        vm.setLanguage(Language.KOREAN);
    }

    @FXML private void present() {
        vm.setPresenting(!vm.presentingProperty().get());
    }

    @FXML private void themeLight() {
        vm.setTheme(CanvasTheme.Profile.LIGHT);
    }

    @FXML private void themeDark() {
        vm.setTheme(CanvasTheme.Profile.DARK);
    }

    @FXML private void themeProjector() {
        vm.setTheme(CanvasTheme.Profile.PROJECTOR);
    }

    @FXML private void exportDiagramPicture() {
        vm.exportPicture("diagram.png", () -> Pictures.png(canvasHost, Pictures.EXPORT_SCALE));
    }

    @FXML private void exportWindowPicture() {
        vm.exportPicture("window.png", () -> Pictures.png(root, Pictures.EXPORT_SCALE));
    }

    @FXML private void exportRunData() {
        vm.exportRunData();
    }

    @FXML private void shortcuts() {
        vm.dialogsProperty().get().showInfo(messages.text("menu.help.shortcuts"),
                messages.text("help.shortcuts.header"), messages.text("help.shortcuts.text"));
    }

    @FXML private void about() {
        vm.dialogsProperty().get().showInfo(messages.text("menu.help.about"), messages.text("app.name"),
                messages.text("help.about.text"));
    }

    static String refusalKey(EditRefusal refusal) {
        return "refusal." + refusal.name();
    }
}
