package org.backendlab.ui;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The questions the main window asks the learner in dialogs. Behind an interface so tests, which cannot
 * show a native file chooser headlessly, answer for the learner.
 */
public interface Dialogs {

    /** The answer to "save your changes first?". */
    enum SaveChoice { SAVE, DISCARD, CANCEL }

    SaveChoice askToSave(String documentName);

    Optional<Path> chooseFileToOpen();

    Optional<Path> chooseFileToSave(String suggestedName);

    void showError(String title, String message, String detail);

    void showInfo(String title, String header, String text);

    /** What an exported file holds, for the chooser's file filter. */
    enum ExportKind { PNG, CSV }

    /** A file to export a picture or the run's figures into; empty when they cancelled. */
    default Optional<Path> chooseExportFile(String suggestedName, ExportKind kind) {
        return Optional.empty();
    }
}
