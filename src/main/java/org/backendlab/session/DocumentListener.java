package org.backendlab.session;

import org.backendlab.model.Diagram;

/** Told about the open document: another one was loaded, or the open one changed. */
public interface DocumentListener {

    /** A new or opened document replaced the previous one (its history starts empty). */
    default void loaded(Diagram diagram) {
    }

    /** The document changed through the gateway (an edit, undo or redo). */
    default void changed(DocumentChange change) {
    }

    /** Undo, redo or saved state changed (for menus and the title). */
    default void historyChanged() {
    }
}
