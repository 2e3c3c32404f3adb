package org.backendlab.ui.inspector;

import java.util.ArrayList;
import java.util.List;
import org.backendlab.model.Diagram;
import org.backendlab.model.Link;
import org.backendlab.model.edit.Edit;

/**
 * Replaces a wire by a changed copy (its latency) where it stands in the diagram's list of links. The
 * order matters: routes try a node's callees in link order, so a wire that moved to the end could change
 * which path requests take. The diagram can only append links, so the ones after it are re-added too.
 */
final class LinkEdits {

    private LinkEdits() {
    }

    static Edit replace(Link before, Link after) {
        if (!before.sameEnds(after)) {
            throw new IllegalArgumentException("a replaced wire keeps its ends: " + before.id() + " / " + after.id());
        }
        return new Edit() {
            public void apply(Diagram d) {
                swap(d, before, after);
            }

            public void revert(Diagram d) {
                swap(d, after, before);
            }
        };
    }

    private static void swap(Diagram d, Link out, Link in) {
        List<Link> links = d.links();
        int at = -1;
        for (int i = 0; i < links.size(); i++) {
            if (links.get(i).sameEnds(out)) {
                at = i;
                break;
            }
        }
        if (at < 0) {
            throw new IllegalStateException("no wire " + out.id());
        }
        List<Link> tail = new ArrayList<>(links.subList(at, links.size()));
        tail.forEach(d::removeLink);
        tail.set(0, in);
        tail.forEach(d::addLink);
    }
}
