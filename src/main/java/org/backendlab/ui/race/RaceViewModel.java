package org.backendlab.ui.race;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ChangeListener;
import org.backendlab.model.Diagram;
import org.backendlab.session.DocumentChange;
import org.backendlab.session.DocumentListener;
import org.backendlab.session.Race;
import org.backendlab.session.RaceComparison;
import org.backendlab.session.RunSession;
import org.backendlab.session.SessionListener;
import org.backendlab.session.Subscription;
import org.backendlab.sim.MetricsSnapshot;
import org.backendlab.ui.editor.EditorViewModel;
import org.backendlab.ui.run.Advanceable;
import org.backendlab.ui.run.FlowFeed;
import org.backendlab.ui.run.RunViewModel;
import org.backendlab.ui.text.Phrase;

/**
 * Adapts a {@link Race} to JavaFX: starts and leaves it, points the run's one clock at both designs,
 * feeds a dot flow for each side, keeps B's editor (the design the learner changes) and copies the
 * comparison into a property a few times a second. Lives as long as the window's view-models.
 */
public final class RaceViewModel {

    /** Wall seconds between two comparisons on screen while time runs (slow enough to read). */
    public static final double COMPARE_SECONDS = 0.5;

    private final RunViewModel run;
    private final EditorViewModel editorA;
    private final FlowFeed flowA = new FlowFeed();
    private final FlowFeed flowB = new FlowFeed();
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(this, "active", false);
    private final ReadOnlyObjectWrapper<EditorViewModel> editorB = new ReadOnlyObjectWrapper<>(this, "editorB");
    private final ReadOnlyObjectWrapper<EditorViewModel> editing = new ReadOnlyObjectWrapper<>(this, "editing");
    private final ReadOnlyObjectWrapper<RaceComparison> comparison = new ReadOnlyObjectWrapper<>(this, "comparison");
    private final ReadOnlyIntegerWrapper generation = new ReadOnlyIntegerWrapper(this, "generation", 0);
    private final List<Subscription> subscriptions = new ArrayList<>();
    private final ChangeListener<Phrase> forwardStatus = (o, was, now) -> say(now);
    private Race race;
    private javafx.util.Subscription frames;
    private boolean changed;
    private double sinceGlance;
    private double sinceCompare;

    public RaceViewModel(RunViewModel run, EditorViewModel editorA) {
        this.run = run;
        this.editorA = editorA;
        editing.set(editorA);
    }

    /** Races the open design against {@code designB}: both restart at time zero on the same requests. */
    public void start(Diagram designB, String statusKey, Object... args) {
        if (race != null) {
            end();
        }
        race = new Race(run.session(), designB);
        EditorViewModel b = new EditorViewModel(race.b().document());
        b.statusProperty().addListener(forwardStatus);
        editorA.clearSelection();
        flowA.rebuild(editorA.diagram());
        flowB.rebuild(b.diagram());
        subscriptions.add(race.a().addListener(new SessionListener() {
            @Override
            public void runReset() {
                freshRun();
            }
        }));
        subscriptions.add(race.a().document().addListener(new DocumentListener() {
            @Override
            public void loaded(Diagram diagram) {
                leave(); // another document was opened: the race was about the old one
            }

            @Override
            public void changed(DocumentChange change) {
                structureChanged(change, flowA, editorA.diagram());
            }
        }));
        subscriptions.add(race.b().document().addListener(new DocumentListener() {
            @Override
            public void changed(DocumentChange change) {
                structureChanged(change, flowB, b.diagram());
            }
        }));
        RunSession a = race.a();
        Race r = race;
        run.clock().setTarget(new Advanceable() {
            @Override
            public void advanceBy(double seconds) {
                r.advanceBy(seconds);
            }

            @Override
            public double now() {
                return a.now();
            }
        });
        frames = run.onFrame(this::frame);
        freshRun();
        editorB.set(b);
        editing.set(b);
        active.set(true);
        editorA.say(statusKey, args);
    }

    /** Races the open design against a copy of itself. */
    public void startWithCopy() {
        start(editorA.diagram().copy(), "race.status.started");
    }

    /** Ends the race: A stays the open document and its run goes on; B is dropped (save it first). */
    public void leave() {
        if (race != null) {
            end();
            editorA.say("race.status.left");
        }
    }

    private void end() {
        RunSession a = race.a();
        run.clock().setTarget(new Advanceable() {
            @Override
            public void advanceBy(double seconds) {
                a.advanceBy(seconds);
            }

            @Override
            public double now() {
                return a.now();
            }
        });
        frames.unsubscribe();
        subscriptions.forEach(Subscription::unsubscribe);
        subscriptions.clear();
        editorB.get().statusProperty().removeListener(forwardStatus);
        race.close();
        race = null;
        active.set(false);
        editing.set(editorA);
        editorB.set(null);
        comparison.set(null);
        flowA.clear();
        flowB.clear();
    }

    private void say(Phrase phrase) {
        if (phrase != null) {
            editorA.statusProperty().set(phrase);
        }
    }

    private void structureChanged(DocumentChange change, FlowFeed flow, Diagram diagram) {
        changed = true;
        if (change.parts().stream().anyMatch(p -> !(p instanceof DocumentChange.NodeChanged))) {
            flow.rebuild(diagram);
        }
    }

    private void freshRun() {
        flowA.clear();
        flowB.clear();
        changed = true;
        sinceCompare = Double.MAX_VALUE;
        generation.set(generation.get() + 1);
    }

    private void frame(double wallSeconds, double simulatedSeconds) {
        if (race == null) {
            return;
        }
        if (simulatedSeconds > 0) {
            flowA.frame(race.a().simulation(), wallSeconds);
            flowB.frame(race.b().simulation(), wallSeconds);
        }
        sinceGlance += wallSeconds;
        sinceCompare += wallSeconds;
        if (changed || simulatedSeconds > 0 && (sinceGlance >= RunViewModel.GLANCE_SECONDS || wallSeconds == 0)) {
            boolean now = changed || wallSeconds == 0 || sinceCompare >= COMPARE_SECONDS;
            changed = false;
            sinceGlance = 0;
            MetricsSnapshot mb = race.b().publishSnapshot();
            MetricsSnapshot ma = race.a().latest();
            flowA.refresh(ma, editorA.diagram());
            flowB.refresh(mb, race.b().diagram());
            if (now) {
                sinceCompare = 0;
                comparison.set(RaceComparison.of(ma, mb));
            }
        }
    }

    // ---------------------------------------------------------------- accessors

    public ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }

    public boolean isActive() {
        return active.get();
    }

    /** B's editor while racing, else null. */
    public ReadOnlyObjectProperty<EditorViewModel> editorBProperty() {
        return editorB.getReadOnlyProperty();
    }

    /** The editor the palette, inspector and Edit menu act on: B's while racing, A's otherwise. */
    public ReadOnlyObjectProperty<EditorViewModel> editingProperty() {
        return editing.getReadOnlyProperty();
    }

    public EditorViewModel editing() {
        return editing.get();
    }

    public EditorViewModel editorA() {
        return editorA;
    }

    /** The latest comparison (null before the first one and outside a race). */
    public ReadOnlyObjectProperty<RaceComparison> comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }

    /** Goes up each time both runs start afresh (a race starts, a restart): dots in flight must go. */
    public ReadOnlyIntegerProperty generationProperty() {
        return generation.getReadOnlyProperty();
    }

    public FlowFeed flowA() {
        return flowA;
    }

    public FlowFeed flowB() {
        return flowB;
    }

    public RunViewModel run() {
        return run;
    }

    /** The race now, or null. */
    public Race race() {
        return race;
    }
}
