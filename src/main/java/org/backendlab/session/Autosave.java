package org.backendlab.session;

import java.io.IOException;
import org.backendlab.io.DiagramFiles;
import org.backendlab.io.Recovery;

/**
 * Keeps the open document's unsaved work in the recovery file: the UI calls {@link #flush()} every 30
 * seconds, on exit and on SIGTERM; a clean save or a discard removes the file. The JSON is prepared on the
 * thread that edits (the FX thread), so a shutdown hook on another thread only writes finished text.
 */
public final class Autosave {

    /** Seconds between two writes while there are unsaved changes. */
    public static final double PERIOD_SECONDS = 30;

    private final Document document;
    private final Recovery recovery;
    private volatile String pending;
    private volatile String written;

    public Autosave(Document document, Recovery recovery) {
        this.document = document;
        this.recovery = recovery;
        // every edit, undo, redo, save mark and load ends in historyChanged: once per change, not per part
        document.addListener(new DocumentListener() {
            @Override
            public void historyChanged() {
                prepare();
            }
        });
    }

    /** Takes the document's state now: its JSON while it has unsaved changes, else nothing to keep. */
    private void prepare() {
        if (document.isDirty()) {
            pending = DiagramFiles.toJson(document.diagram());
        } else {
            pending = null;
            if (written != null) {
                discard();
            }
        }
    }

    /** Writes the unsaved work if it changed since the last write; safe to call from any thread. */
    public synchronized boolean flush() {
        String now = pending;
        if (now == null || now.equals(written)) {
            return false;
        }
        try {
            recovery.write(now);
            written = now;
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Forgets the unsaved work: the learner saved it or chose to drop it. */
    public synchronized void discard() {
        pending = null;
        written = null;
        recovery.delete();
    }

    public Recovery recovery() {
        return recovery;
    }
}
