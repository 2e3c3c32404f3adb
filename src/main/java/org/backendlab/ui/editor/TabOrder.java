package org.backendlab.ui.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.backendlab.model.Node;

/**
 * The order Tab walks the canvas's nodes in: reading order, rows top to bottom and left to right within a
 * row. Nodes whose centres are less than {@link #ROW} apart vertically count as one row, so a node drawn a
 * little lower than its neighbour is not skipped over.
 */
final class TabOrder {

    static final double ROW = 40;

    private TabOrder() {
    }

    /** The node ids in reading order. */
    static List<String> of(Collection<Node> nodes) {
        List<Node> byY = new ArrayList<>(nodes);
        byY.sort(Comparator.comparingDouble(Node::y).thenComparingDouble(Node::x).thenComparing(Node::id));
        List<String> order = new ArrayList<>();
        int i = 0;
        while (i < byY.size()) {
            double top = byY.get(i).y();
            List<Node> row = new ArrayList<>();
            while (i < byY.size() && byY.get(i).y() - top < ROW) {
                row.add(byY.get(i++));
            }
            row.sort(Comparator.comparingDouble(Node::x).thenComparingDouble(Node::y).thenComparing(Node::id));
            row.forEach(n -> order.add(n.id()));
        }
        return order;
    }

    /**
     * The node after (or before) the selection: the first (last) node when none is selected, and empty past
     * the end so that Tab can leave the canvas. With several selected, it steps from the last (first) of them.
     */
    static Optional<String> next(List<String> order, Set<String> selected, boolean forward) {
        int at = -1;
        for (int i = 0; i < order.size(); i++) {
            if (selected.contains(order.get(i)) && (at < 0 || forward)) {
                at = i;
            }
        }
        int to = at < 0 ? (forward ? 0 : order.size() - 1) : at + (forward ? 1 : -1);
        return to >= 0 && to < order.size() ? Optional.of(order.get(to)) : Optional.empty();
    }
}
