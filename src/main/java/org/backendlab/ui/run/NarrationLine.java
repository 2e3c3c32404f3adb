package org.backendlab.ui.run;

import java.util.List;
import org.backendlab.ui.text.Phrase;

/**
 * One line of a request's narration: what to say and, for a hop, the nodes the dot passes meanwhile (an
 * answer retraces the way out). A failure line names the node that gets a badge and how the dot ends; a
 * warning line is shown highlighted (e.g. a database reached without a firewall).
 */
public record NarrationLine(Phrase phrase, List<String> way, DotPath.Mark mark, DotPath.End end,
                            String badgeNode, boolean warning) {

    public NarrationLine {
        way = way == null ? List.of() : List.copyOf(way);
    }

    public static NarrationLine say(Phrase phrase) {
        return new NarrationLine(phrase, null, DotPath.Mark.NONE, null, null, false);
    }

    public static NarrationLine move(Phrase phrase, List<String> way, DotPath.Mark mark) {
        return new NarrationLine(phrase, way, mark, null, null, false);
    }

    public static NarrationLine fail(Phrase phrase, String node, DotPath.End end) {
        return new NarrationLine(phrase, null, DotPath.Mark.NONE, end, node, false);
    }

    public static NarrationLine warn(Phrase phrase, String node) {
        return new NarrationLine(phrase, null, DotPath.Mark.NONE, null, node, true);
    }

    public boolean isMove() {
        return way.size() >= 2;
    }

    /** Wires crossed during this line. */
    public int hops() {
        return Math.max(0, way.size() - 1);
    }
}
