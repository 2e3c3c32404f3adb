package org.backendlab.ui.run;

import java.util.ArrayList;
import java.util.List;
import org.backendlab.io.DiagramFiles;
import org.backendlab.model.Diagram;
import org.backendlab.model.Link;
import org.backendlab.model.Node;

/** Large diagrams for frame benchmarks: the full example repeated side by side. */
public final class BenchDiagrams {

    private BenchDiagrams() {
    }

    /** {@code copies} copies of the full example (10 nodes each), laid out in rows of three. */
    public static Diagram repeatedFull(int copies) {
        Diagram full = DiagramFiles.example("full");
        double width = full.nodes().stream().mapToDouble(Node::x).max().orElse(1000) + 200;
        double height = full.nodes().stream().mapToDouble(Node::y).max().orElse(600) + 150;
        List<Node> nodes = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        for (int k = 0; k < copies; k++) {
            String suffix = k == 0 ? "" : "-c" + (k + 1);
            double dx = (k % 3) * width;
            double dy = (k / 3) * height;
            for (Node n : full.nodes()) {
                nodes.add(new Node(n.id() + suffix, n.kind(), n.label() + (k == 0 ? "" : " " + (k + 1)), n.x() + dx,
                        n.y() + dy, n.server(), n.cache(), n.traffic(), n.rules(), n.policy(), n.monitoring()));
            }
            for (Link l : full.links()) {
                links.add(new Link(l.from() + suffix, l.to() + suffix, l.kind(), l.latencyMs()));
            }
        }
        return Diagram.of(nodes, links);
    }
}
