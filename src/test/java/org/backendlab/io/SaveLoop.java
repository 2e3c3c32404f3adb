package org.backendlab.io;

import java.nio.file.Path;
import org.backendlab.model.Diagram;
import org.backendlab.model.Node;
import org.backendlab.model.NodeKind;

/**
 * The child process of {@link KilledWhileSavingTest}: saves a large diagram over and over, each version
 * labelled with its number, and says "saving N" before each save so the parent knows when to kill it.
 */
public final class SaveLoop {

    private SaveLoop() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        for (int version = 1; ; version++) {
            Diagram diagram = versioned(version);
            if (version > 2) {
                System.out.println("saving " + version);
                System.out.flush();
            }
            DiagramFiles.write(diagram, file);
        }
    }

    /** A diagram of 300 nodes whose first label carries the version number. */
    static Diagram versioned(int version) {
        Diagram diagram = new Diagram();
        diagram.addNode(Node.create("version", NodeKind.CLIENT, "v" + version, 0, 0));
        for (int i = 1; i < 300; i++) {
            diagram.addNode(Node.create("api-" + i, NodeKind.API_SERVER, "API server " + i + " of version " + version,
                    i * 10, version % 1000));
        }
        return diagram;
    }

    /** The version number a saved diagram carries. */
    static int versionOf(Diagram diagram) {
        return Integer.parseInt(diagram.node("version").orElseThrow().label().substring(1));
    }
}
