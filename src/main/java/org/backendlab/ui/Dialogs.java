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

    /** "Work that was not saved was found (when the app stopped): restore it?" True to restore. */
    boolean askToRestore();

    /** A folder the learner picked (File > Open lesson folder); empty when they cancelled. */
    default Optional<Path> chooseFolder(String title) {
        return Optional.empty();
    }

    /** True when the learner confirms an action that forgets something (OK), false on cancel. */
    default boolean confirm(String title, String header, String text) {
        return false;
    }

    /** What an exported file holds, for the chooser's file filter. */
    enum ExportKind { PNG, CSV }

    /** A file to export a picture or the run's figures into; empty when they cancelled. */
    default Optional<Path> chooseExportFile(String suggestedName, ExportKind kind) {
        return Optional.empty();
    }
}
