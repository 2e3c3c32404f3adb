package org.backendlab.session;

import java.util.ArrayList;
import java.util.List;
import org.backendlab.model.Diagram;

/**
 * Two designs raced on one clock: A is the run of the open document, B the run of a second document (a
 * copy or a file) with the same seed. Both start at time zero, advance together and get the same traffic:
 * A's total rate (a live rate too), pattern and mix are copied into B whenever they differ, so the only
 * difference between the two runs is the design. Changes to B's design never touch A. Call it from one
 * thread; close it to end the race (A's run goes on).
 */
public final class Race implements AutoCloseable {

    private final RunSession a;
    private final RunSession b;
    private final List<Subscription> subscriptions = new ArrayList<>();
    private boolean syncing;

    /**
     * Starts a race of the open run {@code a} against {@code designB}; A's run restarts at time zero. B's
     * traffic is set to A's before B's history starts, so B opens unchanged and with nothing to undo.
     */
    public Race(RunSession a, Diagram designB) {
        this.a = a;
        Document draft = new Document(designB.copy());
        copyTraffic(draft);
        this.b = new RunSession(new Document(draft.diagram().copy()), a.seed());
        a.restart();
        syncTraffic();
        subscriptions.add(a.addListener(new SessionListener() {
            @Override
            public void runReset() {
                b.restart();
            }
        }));
        DocumentListener follow = new DocumentListener() {
            @Override
            public void changed(DocumentChange change) {
                syncTraffic();
            }
        };
        subscriptions.add(a.document().addListener(follow));
        subscriptions.add(b.document().addListener(follow));
    }

    private void copyTraffic(Document target) {
        // A's written rate, not its live one: B then previews the same live rate over the same written
        // rate, so identical designs compute identical arrival times.
        TrafficEdits.setTotalRate(target, TrafficEdits.totalRate(a.diagram()));
        TrafficEdits.setPattern(target, a.pattern());
        TrafficEdits.setReadShare(target, a.readShare());
    }

    /** Makes B's traffic equal to A's: a live rate stays live in B, a written one is written into B. */
    private void syncTraffic() {
        if (syncing) {
            return;
        }
        syncing = true;
        try {
            if (a.hasLiveRate()) {
                if (!b.hasLiveRate() || differ(a.rate(), b.rate())) {
                    b.previewRate(a.rate());
                }
            } else if (b.hasLiveRate() || differ(a.rate(), b.rate())) {
                b.setRate(a.rate());
            }
            if (b.pattern() != a.pattern()) {
                b.setPattern(a.pattern());
            }
            if (differ(a.readShare(), b.readShare())) {
                b.setReadShare(a.readShare());
            }
        } finally {
            syncing = false;
        }
    }

    private static boolean differ(double x, double y) {
        return Math.abs(x - y) > 1e-9 * Math.max(1, Math.abs(x));
    }

    /** Runs both designs through the next {@code seconds} of simulated time. */
    public void advanceBy(double seconds) {
        if (a.hasLiveRate() || b.hasLiveRate()) {
            syncTraffic(); // a live rate is not an edit, so no listener hears it change
        }
        a.advanceBy(seconds);
        b.advanceBy(seconds);
    }

    /** Runs {@code seconds} of simulated time, publishing both snapshots after every {@code every} seconds. */
    public void runFor(double seconds, double every) {
        double step = every > 0 ? every : seconds;
        double end = now() + seconds;
        while (now() < end - 1e-9) {
            advanceBy(Math.min(step, end - now()));
            publishSnapshots();
        }
    }

    /** Simulated seconds since the race started (both runs share it). */
    public double now() {
        return a.now();
    }

    public void publishSnapshots() {
        a.publishSnapshot();
        b.publishSnapshot();
    }

    /** The two latest snapshots side by side, measure by measure. */
    public RaceComparison compare() {
        return RaceComparison.of(a.latest(), b.latest());
    }

    /** The open document's run. */
    public RunSession a() {
        return a;
    }

    /** The second design's run; its document is the one the learner edits during the race. */
    public RunSession b() {
        return b;
    }

    /** Ends the race: stops following A and drops B's run. A's run goes on. */
    @Override
    public void close() {
        subscriptions.forEach(Subscription::unsubscribe);
        subscriptions.clear();
        b.close();
    }
}
