package org.backendlab.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.backendlab.model.Node;
import org.backendlab.model.NodeKind;
import org.junit.jupiter.api.Test;

/** The O(log n) least-connections index picks exactly what a scan of every slot would pick. */
class LeastLoadedTest {

    @Test
    void picksWhatAScanPicksThroughRandomChanges() {
        var random = new SplittableRandom(11);
        int servers = 7;
        NodeState[] nodes = new NodeState[servers];
        Route.Backend[] backends = new Route.Backend[servers];
        for (int b = 0; b < servers; b++) {
            Node model = Node.create("api-" + b, NodeKind.API_SERVER, "A", 0, 0);
            nodes[b] = new NodeState(b, model, 0, 1);
            nodes[b].model = model;
            nodes[b].server.apply(model.server(), nodes[b].id);
            for (int i = random.nextInt(4); i > 0; i--) {
                nodes[b].server.addInstance(ServerState.RUNNING, 0);
            }
            backends[b] = new Route.Backend(b, new int[0], new double[0], 0);
        }
        LeastLoaded index = new LeastLoaded(nodes, backends);
        int compared = 0;
        for (int step = 0; step < 20_000; step++) {
            ServerState s = nodes[random.nextInt(servers)].server;
            int op = random.nextInt(100);
            if (s.count > 0 && op < 45) {
                s.assign(random.nextInt(s.count));
            } else if (s.count > 0 && op < 85) {
                int i = random.nextInt(s.count);
                if (s.assigned[i] > 0) {
                    s.release(i);
                }
            } else if (op < 90) {
                s.addInstance(random.nextBoolean() ? ServerState.RUNNING : ServerState.BOOTING, 0);
            } else if (s.count > 0 && op < 94) {
                s.retire(random.nextInt(s.count), 0);
            } else if (s.count > 0 && op < 97) {
                s.finishBoot(random.nextInt(s.count), 0);
            } else {
                NodeState node = nodes[random.nextInt(servers)];
                node.down = !node.down;
                node.server.reshaped();
            }
            int slots = index.slots();
            assertEquals(scanSlots(nodes), slots);
            if (slots == 0) {
                continue;
            }
            int start = random.nextInt(slots);
            int[] expected = scan(nodes, start, slots);
            boolean found = index.pick(start);
            assertEquals(expected != null, found, "step " + step);
            if (found) {
                assertEquals(expected[0], index.chosenBackend, "backend at step " + step);
                assertEquals(expected[1], index.chosenInstance, "instance at step " + step);
                compared++;
            }
        }
        assertEquals(true, compared > 10_000, "compared " + compared);
    }

    private static int scanSlots(NodeState[] nodes) {
        int slots = 0;
        for (NodeState n : nodes) {
            slots += n.server.count;
        }
        return slots;
    }

    /** The balancer's former linear scan: first slot with the fewest calls going round from start. */
    private static int[] scan(NodeState[] nodes, int start, int slots) {
        int best = Integer.MAX_VALUE;
        int[] chosen = null;
        for (int step = 0; step < slots; step++) {
            int flat = (start + step) % slots;
            int b = 0;
            int i = flat;
            while (i >= nodes[b].server.count) {
                i -= nodes[b].server.count;
                b++;
            }
            NodeState node = nodes[b];
            if (node.down || node.server.status[i] != ServerState.RUNNING) {
                continue;
            }
            if (node.server.assigned[i] < best) {
                best = node.server.assigned[i];
                chosen = new int[] {b, i};
            }
        }
        return chosen;
    }
}
