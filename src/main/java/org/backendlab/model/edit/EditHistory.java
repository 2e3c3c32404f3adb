package org.backendlab.model.edit;

import java.util.ArrayDeque;
import java.util.Deque;
import org.backendlab.model.Diagram;

/**
 * Applies edits to one diagram and keeps them for undo and redo; knows whether the diagram differs
 * from the last saved state.
 */
public final class EditHistory {

    private final Diagram diagram;
    private final Deque<Edit> done = new ArrayDeque<>();
    private final Deque<Edit> undone = new ArrayDeque<>();
    private Edit savedAt;
    private boolean savedPointLost;
    private Runnable onChange = () -> { };

    public EditHistory(Diagram diagram) {
        this.diagram = diagram;
    }

    public Diagram diagram() {
        return diagram;
    }

    /** Called after every do, undo, redo and save mark. */
    public void setOnChange(Runnable onChange) {
        this.onChange = onChange == null ? () -> { } : onChange;
    }

    /** Applies an edit; if the diagram refuses it, nothing is recorded and the refusal propagates. */
    public void perform(Edit edit) {
        edit.apply(diagram);
        if (!undone.isEmpty() && undone.contains(savedAt)) {
            savedPointLost = true;
        }
        done.push(edit);
        undone.clear();
        onChange.run();
    }

    public boolean canUndo() {
        return !done.isEmpty();
    }

    public boolean canRedo() {
        return !undone.isEmpty();
    }

    public void undo() {
        if (done.isEmpty()) {
            return;
        }
        Edit edit = done.pop();
        edit.revert(diagram);
        undone.push(edit);
        onChange.run();
    }

    public void redo() {
        if (undone.isEmpty()) {
            return;
        }
        Edit edit = undone.pop();
        edit.apply(diagram);
        done.push(edit);
        onChange.run();
    }

    public void markSaved() {
        savedAt = done.peek();
        savedPointLost = false;
        onChange.run();
    }

    /** Marks the diagram as differing from any saved file (work restored after a crash). */
    public void markUnsaved() {
        savedPointLost = true;
        onChange.run();
    }

    /** True when the diagram differs from what was last saved (or opened). */
    public boolean isDirty() {
        return savedPointLost || done.peek() != savedAt;
    }
}
