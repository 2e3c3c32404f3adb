package org.backendlab.sim;

import java.util.Arrays;
import org.backendlab.model.InstanceSize;
import org.backendlab.model.RequestKind;
import org.backendlab.model.ServerSettings;
import org.backendlab.model.ServiceDistribution;

/**
 * The run-time state of a server node's instances (API server, database, cache, file storage): per
 * instance its status, busy threads and cores, waiting queue and waiting-for-core line, plus the node's
 * current settings and mean work times. Job flow lives in {@link Engine}; this class keeps the books.
 */
final class ServerState {

    static final int GONE = 0;
    static final int RUNNING = 1;
    static final int BOOTING = 2;
    static final int RETIRING = 3;

    final NodeCounters counters;
    /** Which of a request's work draws this node uses ({@link Requests#TIERS}). */
    final int tier;
    ServerSettings settings;
    int cores;
    double speed;
    int threads;
    int queueLimit;
    double timeoutSeconds;
    double costPerHour;
    private final double[] meanSeconds = new double[RequestKind.values().length];
    private boolean constant;
    Failure queueFull;
    Failure timeout;

    int count;
    int[] status = new int[4];
    int[] threadsBusy = new int[4];
    int[] coresBusy = new int[4];
    int[] queued = new int[4];
    int[] assigned = new int[4];
    IntRing[] queue = new IntRing[4];
    IntRing[] coreWait = new IntRing[4];
    int roundRobin;
    /** Least-connections indexes over this node's slots, and which backend of theirs this node is. */
    private LeastLoaded[] watchers = new LeastLoaded[0];
    private int[] watcherBackend = new int[0];

    /**
     * Per-instance running measures, by {@code slot * INSTANCE_MEASURES + measure}: calls taken in, and
     * time integrals of busy cores and of cores while running, kept in a {@link Tally} ticked with the node's
     * own, so window figures are "now minus then". It grows only when the slot arrays grow, so the hot path
     * allocates nothing.
     */
    static final int I_ARRIVED = 0;
    static final int I_BUSY_AREA = 1;
    static final int I_CAP_AREA = 2;
    static final int INSTANCE_MEASURES = 3;
    final Tally instances;
    private double[] instLast = new double[4];

    /** Calls at this node by arrival, for timeouts (arrival order = deadline order). */
    final IntRing deadlines = new IntRing();
    boolean timerPending;

    ServerState(NodeCounters counters, int tier) {
        this.counters = counters;
        this.tier = tier;
        this.instances = new Tally(4 * INSTANCE_MEASURES, NodeCounters.WINDOW_TICKS, counters.tally.start);
    }

    /** Adds the time since the instance's last change to its integrals; call before changing its levels. */
    void touchInstance(int i, double now) {
        double dt = now - instLast[i];
        if (dt > 0) {
            int base = i * INSTANCE_MEASURES;
            double[] inst = instances.now;
            inst[base + I_BUSY_AREA] += coresBusy[i] * dt;
            if (status[i] == RUNNING || status[i] == RETIRING) {
                inst[base + I_CAP_AREA] += cores * dt;
            }
            instLast[i] = now;
        }
    }

    void touchInstances(double now) {
        for (int i = 0; i < count; i++) {
            touchInstance(i, now);
        }
    }

    /** Remembers the per-instance values at a tick (call at every tick of the node's counters). */
    void tickInstances(double now) {
        touchInstances(now);
        instances.tick(now);
    }

    /** Start of the per-instance window (the same tick as the node's window). */
    double instanceWindowStart() {
        return instances.windowStart();
    }

    /** A per-instance measure over the window; call {@link #touchInstances} first for the integrals. */
    double instanceWindowValue(int i, int measure) {
        return instances.windowValue(i * INSTANCE_MEASURES + measure);
    }

    /** Applies settings; returns true when the instance count setting changed (or was set the first time). */
    boolean apply(ServerSettings next, String nodeId) {
        boolean instancesChanged = settings == null || settings.instances() != next.instances();
        settings = next;
        InstanceSize size = next.size();
        cores = size.cores();
        speed = size.speed();
        threads = Math.max(1, next.threads());
        queueLimit = Math.max(0, next.queue());
        timeoutSeconds = next.timeoutMs() > 0 ? next.timeoutMs() / 1000.0 : 0;
        costPerHour = size.costPerHour();
        constant = next.distribution() == ServiceDistribution.CONSTANT;
        for (RequestKind kind : RequestKind.values()) {
            meanSeconds[kind.ordinal()] = next.serviceMsFor(kind) / 1000.0 / speed;
        }
        queueFull = Failure.queueFull(nodeId, queueLimit);
        timeout = Failure.timeout(nodeId, next.timeoutMs());
        return instancesChanged;
    }

    /** Work time of a call of this kind, from the request's own uniform draw {@code u} for this tier. */
    double workSeconds(int kind, double u) {
        double mean = meanSeconds[kind];
        if (mean <= 0) {
            return 0;
        }
        return constant ? mean : -Math.log(1.0 - u) * mean;
    }

    double meanWorkSeconds(int kind) {
        return meanSeconds[kind];
    }

    /** Instances that serve or will serve (running + booting), the count the autoscaler steers. */
    int activeInstances() {
        int n = 0;
        for (int i = 0; i < count; i++) {
            if (status[i] == RUNNING || status[i] == BOOTING) {
                n++;
            }
        }
        return n;
    }

    int countWithStatus(int wanted) {
        int n = 0;
        for (int i = 0; i < count; i++) {
            if (status[i] == wanted) {
                n++;
            }
        }
        return n;
    }

    /** Instances that cost money: every one that exists. */
    int billedInstances() {
        return count - countWithStatus(GONE);
    }

    /** Tells a least-connections index about changes of this node's slots from now on. */
    void watch(LeastLoaded index, int backend) {
        watchers = Arrays.copyOf(watchers, watchers.length + 1);
        watcherBackend = Arrays.copyOf(watcherBackend, watcherBackend.length + 1);
        watchers[watchers.length - 1] = index;
        watcherBackend[watcherBackend.length - 1] = backend;
    }

    /** Forgets every index (the routes they belong to were replaced). */
    void unwatchAll() {
        watchers = new LeastLoaded[0];
        watcherBackend = new int[0];
    }

    /** A slot's calls or status changed. */
    void changed(int i) {
        for (int k = 0; k < watchers.length; k++) {
            watchers[k].update(watcherBackend[k], i);
        }
    }

    /** The number of slots, or whether the node is up, changed. */
    void reshaped() {
        for (LeastLoaded watcher : watchers) {
            watcher.invalidate();
        }
    }

    /** One more call is on its way to or at instance {@code i}. */
    void assign(int i) {
        assigned[i]++;
        changed(i);
    }

    /** A call has left instance {@code i} (done, failed, dropped or abandoned). */
    void release(int i) {
        assigned[i]--;
        changed(i);
    }

    /** Next running instance in round-robin order, or -1. */
    int pickRoundRobin() {
        for (int k = 0; k < count; k++) {
            int i = roundRobin++ % count;
            if (roundRobin >= count) {
                roundRobin = 0;
            }
            if (status[i] == RUNNING) {
                return i;
            }
        }
        return -1;
    }

    /** Adds an instance in the given status (reusing a gone slot); returns its index. */
    int addInstance(int newStatus, double now) {
        int i = 0;
        while (i < count && status[i] != GONE) {
            i++;
        }
        if (i == count) {
            if (count == status.length) {
                int n = count * 2;
                status = Arrays.copyOf(status, n);
                threadsBusy = Arrays.copyOf(threadsBusy, n);
                coresBusy = Arrays.copyOf(coresBusy, n);
                queued = Arrays.copyOf(queued, n);
                assigned = Arrays.copyOf(assigned, n);
                queue = Arrays.copyOf(queue, n);
                coreWait = Arrays.copyOf(coreWait, n);
                instances.grow(n * INSTANCE_MEASURES);
                instLast = Arrays.copyOf(instLast, n);
            }
            instLast[count] = now;
            count++;
            reshaped();
        } else {
            touchInstance(i, now);
        }
        if (queue[i] == null) {
            queue[i] = new IntRing();
            coreWait[i] = new IntRing();
        }
        queue[i].clear();
        coreWait[i].clear();
        threadsBusy[i] = 0;
        coresBusy[i] = 0;
        queued[i] = 0;
        assigned[i] = 0;
        status[i] = newStatus;
        if (newStatus == RUNNING) {
            counters.touch(now);
            counters.coresCap += cores;
        }
        changed(i);
        return i;
    }

    /** Marks a booting instance as running. */
    void finishBoot(int i, double now) {
        if (status[i] == BOOTING) {
            touchInstance(i, now);
            status[i] = RUNNING;
            counters.touch(now);
            counters.coresCap += cores;
            changed(i);
        }
    }

    /** Chooses the instance to stop: a booting one first, else the last running one; -1 if none. */
    int pickToRetire() {
        for (int i = count - 1; i >= 0; i--) {
            if (status[i] == BOOTING) {
                return i;
            }
        }
        for (int i = count - 1; i >= 0; i--) {
            if (status[i] == RUNNING) {
                return i;
            }
        }
        return -1;
    }

    /** Stops taking new calls at an instance; it disappears once it holds none. */
    void retire(int i, double now) {
        touchInstance(i, now);
        if (status[i] == BOOTING) {
            status[i] = GONE;
            changed(i);
            return;
        }
        if (status[i] == RUNNING) {
            status[i] = RETIRING;
            changed(i);
            goneIfDrained(i, now);
        }
    }

    void goneIfDrained(int i, double now) {
        if (status[i] == RETIRING && threadsBusy[i] == 0 && queued[i] == 0 && assigned[i] == 0) {
            touchInstance(i, now);
            status[i] = GONE;
            changed(i);
            counters.touch(now);
            counters.coresCap -= cores;
        }
    }

    /** Cores of all running (or draining) instances, after a size change. */
    void recountCores(double now) {
        int cap = 0;
        for (int i = 0; i < count; i++) {
            if (status[i] == RUNNING || status[i] == RETIRING) {
                cap += cores;
            }
        }
        counters.touch(now);
        counters.coresCap = cap;
    }
}
