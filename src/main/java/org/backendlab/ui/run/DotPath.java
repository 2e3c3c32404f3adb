package org.backendlab.ui.run;

import java.util.List;
import org.backendlab.model.RequestKind;

/**
 * The route one sampled request takes, ready to animate: its kind (the dot's shape), its wire-by-wire
 * moves, and how it ended. A move may carry a cache mark (from then on the dot shows hit or miss) and a
 * pause (wall seconds the dot rests at the start of the move: queueing, work).
 */
public record DotPath(RequestKind kind, List<Move> moves, End end) {

    /** One wire crossed, from one node to the next. */
    public record Move(String from, String to, double pauseBefore, Mark mark) {
    }

    /** What the cache said, once it has spoken. */
    public enum Mark {
        NONE,
        HIT,
        MISS
    }

    /** How the request ended; failures stay visible for a moment at the node where they happened. */
    public enum End {
        COMPLETED,
        REFUSED,
        DROPPED,
        TIMED_OUT,
        FAILED
    }

    public DotPath {
        moves = List.copyOf(moves);
    }
}
