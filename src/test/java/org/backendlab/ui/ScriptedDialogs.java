package org.backendlab.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Dialogs answered by the test: it sets the answers up front and reads what was shown afterwards. */
public final class ScriptedDialogs implements Dialogs {

    public SaveChoice saveChoice = SaveChoice.CANCEL;
    public Path fileToOpen;
    public Path fileToSave;
    public Path fileToExport;
    public int saveQuestions;
    public boolean restore;
    public int restoreQuestions;
    public final List<String> errors = new ArrayList<>();
    public final List<String> errorDetails = new ArrayList<>();

    @Override
    public SaveChoice askToSave(String documentName) {
        saveQuestions++;
        return saveChoice;
    }

    @Override
    public Optional<Path> chooseFileToOpen() {
        return Optional.ofNullable(fileToOpen);
    }

    @Override
    public Optional<Path> chooseFileToSave(String suggestedName) {
        return Optional.ofNullable(fileToSave);
    }

    @Override
    public Optional<Path> chooseExportFile(String suggestedName, ExportKind kind) {
        return Optional.ofNullable(fileToExport);
    }

    @Override
    public void showError(String title, String message, String detail) {
        errors.add(message);
        errorDetails.add(detail);
    }

    @Override
    public void showInfo(String title, String header, String text) {
    }

    @Override
    public boolean askToRestore() {
        restoreQuestions++;
        return restore;
    }
}
