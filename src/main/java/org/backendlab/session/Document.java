package org.backendlab.session;

import java.util.ArrayList;
import java.util.List;
import org.backendlab.model.Diagram;
import org.backendlab.model.DiagramListener;
import org.backendlab.model.Link;
import org.backendlab.model.Node;
import org.backendlab.model.edit.Edit;
import org.backendlab.model.edit.EditHistory;

/**
 * The open document and the one way to change it: every edit (canvas, inspector, traffic bar, lessons)
 * goes through {@link #perform}, so undo, the unsaved mark, the running simulation and any observer see
 * the same changes. An edit is tried on a copy first: one that is refused part-way changes nothing and is
 * not recorded for undo.
 */
public final class Document {

    private final Listeners<DocumentListener> listeners = new Listeners<>();
    private final List<DocumentChange.Part> collecting = new ArrayList<>();
    private final DiagramListener collector = new DiagramListener() {
        @Override
        public void nodeAdded(Node node) {
            collecting.add(new DocumentChange.NodeAdded(node));
        }

        @Override
        public void nodeRemoved(Node node) {
            collecting.add(new DocumentChange.NodeRemoved(node));
        }

        @Override
        public void nodeChanged(Node before, Node after) {
            collecting.add(new DocumentChange.NodeChanged(before, after));
        }

        @Override
        public void linkAdded(Link link) {
            collecting.add(new DocumentChange.LinkAdded(link));
        }

        @Override
        public void linkRemoved(Link link) {
            collecting.add(new DocumentChange.LinkRemoved(link));
        }
    };
    private EditHistory history;

    public Document(Diagram diagram) {
        history = fresh(diagram);
    }

    private EditHistory fresh(Diagram diagram) {
        diagram.addListener(collector);
        EditHistory h = new EditHistory(diagram);
        h.setOnChange(() -> listeners.forEach(DocumentListener::historyChanged));
        return h;
    }

    /** Replaces the open document (New, Open, an example, a lesson's start) with a fresh history. */
    public void load(Diagram diagram) {
        history.diagram().removeListener(collector);
        collecting.clear();
        history = fresh(diagram);
        listeners.forEach(l -> l.loaded(diagram));
        listeners.forEach(DocumentListener::historyChanged);
    }

    /** Loads work that was never saved (restored after a crash): it counts as unsaved from the start. */
    public void loadUnsaved(Diagram diagram) {
        load(diagram);
        history.markUnsaved();
    }

    public Diagram diagram() {
        return history.diagram();
    }

    /**
     * Applies an edit as one undoable step. It is tried on a copy of the diagram first; if any part is
     * refused the refusal propagates and neither the diagram nor the history changes.
     */
    public void perform(Edit edit) {
        edit.apply(diagram().copy());
        run(DocumentChange.Source.EDIT, () -> history.perform(edit));
    }

    public boolean canUndo() {
        return history.canUndo();
    }

    public boolean canRedo() {
        return history.canRedo();
    }

    public void undo() {
        if (history.canUndo()) {
            run(DocumentChange.Source.UNDO, history::undo);
        }
    }

    public void redo() {
        if (history.canRedo()) {
            run(DocumentChange.Source.REDO, history::redo);
        }
    }

    private void run(DocumentChange.Source source, Runnable action) {
        collecting.clear();
        action.run();
        DocumentChange change = new DocumentChange(source, collecting);
        collecting.clear();
        if (!change.parts().isEmpty()) {
            listeners.forEach(l -> l.changed(change));
        }
    }

    public void markSaved() {
        history.markSaved();
    }

    /** True when the document differs from what was last saved or opened. */
    public boolean isDirty() {
        return history.isDirty();
    }

    public Subscription addListener(DocumentListener listener) {
        return listeners.add(listener);
    }

    /** Listeners registered now (tests check that windows release theirs). */
    public int listenerCount() {
        return listeners.count();
    }
}
