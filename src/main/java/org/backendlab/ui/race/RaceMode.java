package org.backendlab.ui.race;

import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.layout.BorderPane;
import org.backendlab.ui.editor.DiagramView;
import org.backendlab.ui.editor.PaletteView;
import org.backendlab.ui.inspector.InspectorView;
import org.backendlab.ui.text.Messages;

/**
 * Switches the main window into the race and back: the race view takes the canvas's place, and the
 * palette and inspector edit B while it runs; also makes the Race menu. Built with
 * the window (a language switch rebuilds it mid-race) and disposed with it.
 */
public final class RaceMode {

    /** What the main window lends the race while it runs. */
    public record Slots(BorderPane root, Node canvasHost, ScrollPane palette, Tab inspectorTab) {
    }

    /** The commands that need the main window's dialogs. */
    public record Commands(Runnable compareWithFile, Runnable saveB) {
    }

    private final RaceViewModel vm;
    private final Slots slots;
    private final Commands commands;
    private final Messages messages;
    private final Messages text;
    private final Node paletteBefore;
    private final Node inspectorBefore;
    private final ChangeListener<Boolean> activeListener = (o, was, now) -> show(now);
    private final Menu menu;
    private RaceView view;
    private InspectorView inspectorB;

    public RaceMode(RaceViewModel vm, Slots slots, Commands commands, Messages messages, Messages text) {
        this.vm = vm;
        this.slots = slots;
        this.commands = commands;
        this.messages = messages;
        this.text = text;
        this.paletteBefore = slots.palette().getContent();
        this.inspectorBefore = slots.inspectorTab().getContent();
        menu = buildMenu();
        vm.activeProperty().addListener(activeListener);
        show(vm.isActive());
    }

    private Menu buildMenu() {
        Menu m = new Menu(text.get("race.menu"));
        m.setId("race-menu");
        MenuItem copy = item("race-menu-copy", "race.menu.copy", vm::startWithCopy);
        copy.setAccelerator(javafx.scene.input.KeyCombination.keyCombination("Shortcut+R"));
        MenuItem file = item("race-menu-file", "race.menu.file", commands.compareWithFile());
        MenuItem save = item("race-menu-save-b", "race.saveB", commands.saveB());
        MenuItem leave = item("race-menu-leave", "race.leave", vm::leave);
        save.disableProperty().bind(vm.activeProperty().not());
        leave.disableProperty().bind(vm.activeProperty().not());
        m.getItems().addAll(copy, file, save, leave);
        return m;
    }

    private MenuItem item(String id, String key, Runnable action) {
        MenuItem item = new MenuItem(text.get(key));
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }

    /** The Race menu for the menu bar. */
    public Menu menu() {
        return menu;
    }

    private void show(boolean racing) {
        if (racing && view == null) {
            view = new RaceView(vm, messages, text, commands.saveB());
            slots.root().setCenter(view);
            slots.palette().setContent(new PaletteView(view.canvasB(), messages));
            inspectorB = new InspectorView(vm.editorBProperty().get(), messages);
            slots.inspectorTab().setContent(inspectorB);
            if (slots.root().getScene() != null) {
                view.fit();
            }
        } else if (!racing && view != null) {
            tearDown();
            slots.root().setCenter(slots.canvasHost());
            slots.palette().setContent(paletteBefore);
            slots.inspectorTab().setContent(inspectorBefore);
        }
    }

    private void tearDown() {
        view.dispose();
        inspectorB.dispose();
        view = null;
        inspectorB = null;
    }

    /** B's canvas while racing (the Edit and View menus act on it), else null. */
    public DiagramView canvasB() {
        return view == null ? null : view.canvasB();
    }

    /** Fits both designs into their halves (after the window is shown or resized). */
    public void fit() {
        if (view != null) {
            view.fit();
        }
    }

    public void dispose() {
        vm.activeProperty().removeListener(activeListener);
        menu.getItems().forEach(i -> i.disableProperty().unbind());
        if (view != null) {
            tearDown();
        }
    }
}
