package org.backendlab.session;

import org.backendlab.model.RequestKind;
import org.backendlab.model.TrafficPattern;
import org.backendlab.sim.CacheForce;
import org.backendlab.sim.RequestStory;

/**
 * Something the learner did in the run, recorded as plain data at a simulated time: lessons check goals
 * against these, the status bar phrases them.
 */
public sealed interface LearnerAction {

    /** Simulated seconds since the run started when it happened. */
    double at();

    /** Sent one request of a kind from a client or admin, maybe forcing the cache; its whole story. */
    record Sent(double at, RequestKind kind, String from, CacheForce force, RequestStory story) implements LearnerAction {
    }

    /** Set the total traffic (requests per second) as a document edit. */
    record RateChanged(double at, double before, double after) implements LearnerAction {
    }

    /** Set every client's traffic pattern. */
    record PatternChanged(double at, TrafficPattern pattern) implements LearnerAction {
    }

    /** Set the share of reads among API reads and writes. */
    record MixChanged(double at, double readShare) implements LearnerAction {
    }

    /** Took a node down ({@code down}) or brought it back. */
    record NodeDown(double at, String node, boolean down) implements LearnerAction {
    }

    /** Started the run again from time zero. */
    record Restarted(double at) implements LearnerAction {
    }

    /** Started or paused the run. */
    record Played(double at, boolean running) implements LearnerAction {
    }

    /** Changed the document (edit, undo or redo). */
    record Edited(double at, DocumentChange change) implements LearnerAction {
    }
}
