package org.backendlab.sim;

import java.util.Arrays;

/**
 * Least-connections choice for one load balancer route in O(log n): a segment tree over the route's
 * instance slots (backends in route order, instances in slot order) holding each slot's assigned calls, or
 * "unusable" for a slot that is not running or whose node is down. It picks exactly what a scan would: the
 * first slot with the fewest calls, going round from the balancer's rotating start. Server states report
 * every change of a slot ({@link ServerState#changed}) and every change of shape
 * ({@link ServerState#reshaped}); a change of shape rebuilds the tree at the next pick.
 */
final class LeastLoaded {

    private static final int UNUSABLE = Integer.MAX_VALUE;

    private final NodeState[] nodes;
    private final Route.Backend[] backends;
    private int[] offsets;
    private int slots;
    private int leaves;
    /** Tree of minima; leaves at [leaves, leaves + slots). */
    private int[] min;
    private boolean dirty = true;
    /** The pick: backend index in the route and instance index at that backend. */
    int chosenBackend;
    int chosenInstance;

    LeastLoaded(NodeState[] nodes, Route.Backend[] backends) {
        this.nodes = nodes;
        this.backends = backends;
        this.offsets = new int[backends.length + 1];
        for (int b = 0; b < backends.length; b++) {
            nodes[backends[b].server()].server.watch(this, b);
        }
    }

    /** Slots of all backends now (running or not), the range the balancer's rotation runs over. */
    int slots() {
        refresh();
        return slots;
    }

    /**
     * Picks the first least-loaded usable slot going round from {@code start} (0 <= start < slots);
     * false when no slot is usable.
     */
    boolean pick(int start) {
        refresh();
        if (slots == 0) {
            return false;
        }
        int right = leftmostMin(start, slots);
        int left = start > 0 ? leftmostMin(0, start) : -1;
        int best = right;
        if (best < 0 || (left >= 0 && min[leaves + left] < min[leaves + right])) {
            best = left;
        }
        if (best < 0 || min[leaves + best] == UNUSABLE) {
            return false;
        }
        int b = backendOf(best);
        chosenBackend = b;
        chosenInstance = best - offsets[b];
        return true;
    }

    /** A slot of backend {@code b} changed (calls, status). */
    void update(int b, int instance) {
        if (dirty) {
            return;
        }
        int leaf = offsets[b] + instance;
        if (instance >= offsets[b + 1] - offsets[b]) {
            dirty = true;
            return;
        }
        int at = leaves + leaf;
        min[at] = value(b, instance);
        for (at >>= 1; at >= 1; at >>= 1) {
            min[at] = Math.min(min[2 * at], min[2 * at + 1]);
        }
    }

    /** The number of slots or a node's up/down state changed: rebuild before the next pick. */
    void invalidate() {
        dirty = true;
    }

    private int value(int b, int i) {
        NodeState node = nodes[backends[b].server()];
        return node.down || node.server.status[i] != ServerState.RUNNING ? UNUSABLE : node.server.assigned[i];
    }

    private void refresh() {
        if (!dirty) {
            return;
        }
        slots = 0;
        for (int b = 0; b < backends.length; b++) {
            offsets[b] = slots;
            slots += nodes[backends[b].server()].server.count;
        }
        offsets[backends.length] = slots;
        leaves = Integer.highestOneBit(Math.max(1, slots - 1)) << 1;
        if (min == null || min.length < 2 * leaves) {
            min = new int[2 * leaves];
        }
        Arrays.fill(min, UNUSABLE);
        for (int b = 0; b < backends.length; b++) {
            int count = offsets[b + 1] - offsets[b];
            for (int i = 0; i < count; i++) {
                min[leaves + offsets[b] + i] = value(b, i);
            }
        }
        for (int at = leaves - 1; at >= 1; at--) {
            min[at] = Math.min(min[2 * at], min[2 * at + 1]);
        }
        dirty = false;
    }

    /** The leftmost slot in [from, to) holding the range's minimum, or -1 for an empty range. */
    private int leftmostMin(int from, int to) {
        int best = -1;
        int bestValue = UNUSABLE;
        // Walk the O(log n) canonical nodes covering [from, to) left to right, keeping the first minimum.
        int[] stack = nodesCovering(from, to);
        for (int k = 0; k < coverCount; k++) {
            int node = stack[k];
            if (best < 0 || min[node] < bestValue) {
                best = node;
                bestValue = min[node];
            }
        }
        if (best < 0) {
            return -1;
        }
        while (best < leaves) {
            best = min[2 * best] <= min[2 * best + 1] ? 2 * best : 2 * best + 1;
        }
        return best - leaves;
    }

    private final int[] cover = new int[128];
    private int coverCount;

    /** The canonical tree nodes covering [from, to), in left-to-right order (into {@link #cover}). */
    private int[] nodesCovering(int from, int to) {
        int lo = from + leaves;
        int hi = to + leaves;
        int left = 0;
        int rightStart = cover.length;
        while (lo < hi) {
            if ((lo & 1) == 1) {
                cover[left++] = lo++;
            }
            if ((hi & 1) == 1) {
                cover[--rightStart] = --hi;
            }
            lo >>= 1;
            hi >>= 1;
        }
        // Right-side nodes were collected right to left at the end of the array: append them in order.
        for (int k = rightStart; k < cover.length; k++) {
            cover[left++] = cover[k];
        }
        coverCount = left;
        return cover;
    }

    private int backendOf(int slot) {
        int lo = 0;
        int hi = backends.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (offsets[mid] <= slot) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        // Backends with no slots share an offset with the next one: step to the one that owns the slot.
        while (offsets[lo + 1] <= slot) {
            lo++;
        }
        return lo;
    }
}
