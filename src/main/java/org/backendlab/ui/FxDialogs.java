package org.backendlab.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.backendlab.ui.text.Messages;

/** The real dialogs: JavaFX alerts and the platform file chooser, in the window's current language. */
public final class FxDialogs implements Dialogs {

    private final Window owner;
    private final Supplier<Messages> messages;
    private File lastFolder;

    public FxDialogs(Window owner, Supplier<Messages> messages) {
        this.owner = owner;
        this.messages = messages;
    }

    @Override
    public SaveChoice askToSave(String documentName) {
        Messages m = messages.get();
        ButtonType save = new ButtonType(m.text("dialog.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(m.text("dialog.discard"), ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(m.text("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, m.text("dialog.unsaved.detail"), save, discard, cancel);
        alert.initOwner(owner);
        alert.setTitle(m.text("dialog.unsaved.title"));
        alert.setHeaderText(m.text("dialog.unsaved.header", documentName));
        alert.getDialogPane().setId("unsaved-dialog");
        alert.getDialogPane().lookupButton(save).setId("dialog-save");
        alert.getDialogPane().lookupButton(discard).setId("dialog-discard");
        alert.getDialogPane().lookupButton(cancel).setId("dialog-cancel");
        ButtonType answer = alert.showAndWait().orElse(cancel);
        if (answer == save) {
            return SaveChoice.SAVE;
        }
        return answer == discard ? SaveChoice.DISCARD : SaveChoice.CANCEL;
    }

    @Override
    public Optional<Path> chooseFileToOpen() {
        File chosen = chooser(null).showOpenDialog(owner);
        return remember(chosen);
    }

    @Override
    public Optional<Path> chooseFileToSave(String suggestedName) {
        File chosen = chooser(suggestedName).showSaveDialog(owner);
        return remember(chosen);
    }

    @Override
    public Optional<Path> chooseExportFile(String suggestedName, ExportKind kind) {
        Messages m = messages.get();
        FileChooser chooser = new FileChooser();
        chooser.setTitle(m.text("dialog.export.title"));
        String pattern = kind == ExportKind.PNG ? "*.png" : "*.csv";
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(m.text("dialog.filter." + kind.name()), pattern));
        chooser.setInitialFileName(suggestedName);
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        return remember(chooser.showSaveDialog(owner));
    }

    @Override
    public void showError(String title, String message, String detail) {
        Alert alert = alert(Alert.AlertType.ERROR, title, message, detail, "error-dialog");
        alert.getDialogPane().setMinWidth(480);
        alert.showAndWait();
    }

    @Override
    public void showInfo(String title, String header, String text) {
        alert(Alert.AlertType.INFORMATION, title, header, text, "info-dialog").showAndWait();
    }

    @Override
    public boolean askToRestore() {
        Messages m = messages.get();
        ButtonType restore = new ButtonType(m.text("dialog.restore"), ButtonBar.ButtonData.YES);
        ButtonType drop = new ButtonType(m.text("dialog.restore.drop"), ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, m.text("dialog.restore.detail"), restore, drop);
        alert.initOwner(owner);
        alert.setTitle(m.text("dialog.restore.title"));
        alert.setHeaderText(m.text("dialog.restore.header"));
        alert.getDialogPane().setId("restore-dialog");
        alert.getDialogPane().lookupButton(restore).setId("dialog-restore");
        alert.getDialogPane().lookupButton(drop).setId("dialog-restore-drop");
        return alert.showAndWait().orElse(drop) == restore;
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        javafx.stage.DirectoryChooser chooser = new javafx.stage.DirectoryChooser();
        chooser.setTitle(title);
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        File chosen = chooser.showDialog(owner);
        if (chosen == null) {
            return Optional.empty();
        }
        lastFolder = chosen.getParentFile();
        return Optional.of(chosen.toPath());
    }

    @Override
    public boolean confirm(String title, String header, String text) {
        Messages m = messages.get();
        ButtonType ok = new ButtonType(m.text("dialog.confirm.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(m.text("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, text, ok, cancel);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(header);
        alert.getDialogPane().setId("confirm-dialog");
        return alert.showAndWait().orElse(cancel) == ok;
    }

    private Alert alert(Alert.AlertType type, String title, String header, String text, String id) {
        Alert alert = new Alert(type, text, ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(header);
        alert.getDialogPane().setId(id);
        return alert;
    }

    private FileChooser chooser(String suggestedName) {
        Messages m = messages.get();
        FileChooser chooser = new FileChooser();
        chooser.setTitle(m.text(suggestedName == null ? "dialog.open.title" : "dialog.saveAs.title"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(m.text("dialog.filter.diagram"), "*.json"),
                new FileChooser.ExtensionFilter(m.text("dialog.filter.all"), "*"));
        if (suggestedName != null) {
            chooser.setInitialFileName(suggestedName);
        }
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        return chooser;
    }

    private Optional<Path> remember(File chosen) {
        if (chosen == null) {
            return Optional.empty();
        }
        lastFolder = chosen.getParentFile();
        return Optional.of(chosen.toPath());
    }
}
