package org.backendlab.ui.run;

import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.backendlab.model.RequestKind;

/**
 * Plays the narration of one sent request at a readable pace, on wall time (it goes on while the
 * simulation is paused): the current line is the caption, every line said so far is in the log, and a hop
 * moves the featured dot along its wire.
 */
public final class NarrationViewModel {

    /** Wall seconds for a hop, and for a line that only says something. */
    public static final double MOVE_SECONDS = 0.7;
    public static final double SAY_SECONDS = 1.1;

    private final ObservableList<NarrationLine> log = FXCollections.observableArrayList();
    private final ObservableList<NarrationLine> readOnlyLog = FXCollections.unmodifiableObservableList(log);
    private final ReadOnlyObjectWrapper<NarrationLine> caption = new ReadOnlyObjectWrapper<>(this, "caption");
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(this, "active", false);
    private final ReadOnlyBooleanWrapper complete = new ReadOnlyBooleanWrapper(this, "complete", false);

    private List<NarrationLine> lines = List.of();
    private RequestKind kind = RequestKind.API_READ;
    private int index = -1;
    private double clock;
    private double paceFactor = 1;

    /** Starts telling a new story from its first line. */
    public void start(RequestKind requestKind, List<NarrationLine> storyLines) {
        kind = requestKind;
        lines = List.copyOf(storyLines);
        log.clear();
        complete.set(false);
        active.set(!lines.isEmpty());
        index = -1;
        clock = 0;
        next();
    }

    /** Forgets the story being told (a fresh run: its nodes may not even exist any more). */
    public void clear() {
        lines = List.of();
        log.clear();
        caption.set(null);
        active.set(false);
        complete.set(false);
        index = -1;
        clock = 0;
    }

    /** 1 = normal reading pace; larger is faster (the speed setting). */
    public void setPace(double factor) {
        paceFactor = Math.max(0.1, factor);
    }

    /** Moves the narration on by some wall time. */
    public void advance(double wallSeconds) {
        if (!active.get()) {
            return;
        }
        clock += wallSeconds * paceFactor;
        while (active.get() && clock >= duration(lines.get(index))) {
            clock -= duration(lines.get(index));
            next();
        }
    }

    /** Says every remaining line at once. */
    public void finish() {
        while (active.get()) {
            next();
        }
    }

    private void next() {
        index++;
        if (index >= lines.size()) {
            active.set(false);
            complete.set(true);
            clock = 0;
            return;
        }
        NarrationLine line = lines.get(index);
        log.add(line);
        caption.set(line);
    }

    private static double duration(NarrationLine line) {
        return line.isMove() ? MOVE_SECONDS * line.hops() : SAY_SECONDS;
    }

    /** The line being said now while active; the last line once complete. */
    public NarrationLine current() {
        return caption.get();
    }

    /** How far (0-1) the featured dot is along the current hop. */
    public double moveProgress() {
        NarrationLine line = caption.get();
        if (line == null || !line.isMove()) {
            return 1;
        }
        return active.get() ? Math.min(1, clock / (MOVE_SECONDS * line.hops())) : 1;
    }

    public RequestKind kind() {
        return kind;
    }

    /** The last hop said so far (where the featured dot is or was). */
    public NarrationLine lastMove() {
        for (int i = Math.min(index, lines.size() - 1); i >= 0; i--) {
            if (lines.get(i).isMove()) {
                return lines.get(i);
            }
        }
        return null;
    }

    public ObservableList<NarrationLine> log() {
        return readOnlyLog;
    }

    public ReadOnlyObjectProperty<NarrationLine> captionProperty() {
        return caption.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty completeProperty() {
        return complete.getReadOnlyProperty();
    }
}
