package org.backendlab.sim;

/**
 * The life of a call at a server instance: it arrives, takes a thread or waits in the queue (or is
 * dropped), waits for a core, works, hands over to the node's own logic (API server, cache) and answers;
 * or it times out or is aborted when its node goes down, freeing what it holds.
 */
final class ServerFlow {

    private final Engine engine;
    private final Jobs jobs;
    private final Requests requests;
    private final EventCalendar calendar;

    ServerFlow(Engine engine) {
        this.engine = engine;
        this.jobs = engine.jobs;
        this.requests = engine.requests;
        this.calendar = engine.calendar;
    }

    /** Fails every call held at a node (it crashed or was removed). */
    void abortAll(NodeState state, Failure failure) {
        if (state.server == null) {
            return;
        }
        for (int j = 0; j < jobs.slots(); j++) {
            int s = jobs.state[j];
            if (jobs.node[j] == state.index && s >= Jobs.QUEUED && s <= Jobs.WAIT_CHILD) {
                state.counters.error(failure.code());
                abort(j, failure);
            }
        }
    }

    /** The call arrives at its server instance. */
    void reach(int j) {
        NodeState node = engine.nodes[jobs.node[j]];
        ServerState s = node.server;
        int i = jobs.instance[j];
        int r = jobs.request[j];
        if (node.down || node.removed || s.status[i] == ServerState.GONE) {
            s.release(i);
            node.counters.v[NodeCounters.TURNED_AWAY]++;
            node.counters.error(ReasonCode.NODE_DOWN);
            failHere(j, node.nodeDown);
            return;
        }
        NodeCounters c = node.counters;
        c.v[NodeCounters.ARRIVED]++;
        s.instances.now[i * ServerState.INSTANCE_MEASURES + ServerState.I_ARRIVED]++;
        jobs.arrived[j] = engine.now;
        engine.trace(r, StepKind.ARRIVE, node.id, null, i, engine.now);
        if (s.threadsBusy[i] < s.threads) {
            takeThread(node, s, j, i);
        } else if (s.queued[i] < s.queueLimit) {
            c.touch(engine.now);
            c.v[NodeCounters.WAITED]++;
            c.queued++;
            s.queued[i]++;
            s.queue[i].add(j, jobs.gen[j], engine.now);
            jobs.state[j] = Jobs.QUEUED;
            engine.trace(r, StepKind.QUEUE, node.id, null, i, engine.now);
        } else {
            c.v[NodeCounters.DROPPED]++;
            c.error(ReasonCode.QUEUE_FULL);
            s.release(i);
            s.goneIfDrained(i, engine.now);
            failHere(j, s.queueFull);
            return;
        }
        if (s.timeoutSeconds > 0) {
            s.deadlines.add(j, jobs.gen[j], engine.now + s.timeoutSeconds);
            if (!s.timerPending) {
                s.timerPending = true;
                calendar.schedule(engine.now + s.timeoutSeconds, Engine.TIMEOUT, node.index, 0);
            }
        }
    }

    private void takeThread(NodeState node, ServerState s, int j, int i) {
        node.counters.touch(engine.now);
        node.counters.threadsBusy++;
        s.threadsBusy[i]++;
        if (s.coresBusy[i] < s.cores) {
            startWork(node, s, j, i);
        } else {
            s.coreWait[i].add(j, jobs.gen[j], engine.now);
            jobs.state[j] = Jobs.WAIT_CORE;
            engine.trace(jobs.request[j], StepKind.WAIT_CORE, node.id, null, i, engine.now);
        }
    }

    private void startWork(NodeState node, ServerState s, int j, int i) {
        node.counters.touch(engine.now);
        node.counters.coresBusy++;
        s.touchInstance(i, engine.now);
        s.coresBusy[i]++;
        jobs.state[j] = Jobs.WORKING;
        int r = jobs.request[j];
        double end = engine.now + s.workSeconds(requests.kind[r], Requests.uniform(requests.seed[r], Requests.WORK + s.tier));
        calendar.schedule(end, Engine.WORK_DONE, j, jobs.gen[j]);
        engine.trace(r, StepKind.WORK, node.id, null, i, end);
    }

    private void releaseCore(NodeState node, ServerState s, int i) {
        node.counters.touch(engine.now);
        node.counters.coresBusy--;
        s.touchInstance(i, engine.now);
        s.coresBusy[i]--;
        fillCores(node, s, i);
    }

    private void releaseThread(NodeState node, ServerState s, int i) {
        node.counters.touch(engine.now);
        node.counters.threadsBusy--;
        s.threadsBusy[i]--;
        s.release(i);
        wake(node, i);
        s.goneIfDrained(i, engine.now);
    }

    /** Gives free cores of an instance to calls waiting for one, oldest first; stale entries are skipped. */
    private void fillCores(NodeState node, ServerState s, int i) {
        IntRing waiting = s.coreWait[i];
        while (s.coresBusy[i] < s.cores && !waiting.isEmpty()) {
            int w = waiting.headSlot();
            int g = waiting.headGen();
            waiting.removeHead();
            if (jobs.live(w, g) && jobs.state[w] == Jobs.WAIT_CORE) {
                startWork(node, s, w, i);
            }
        }
    }

    /** Lets waiting calls take free threads and free cores (after a release or a settings change). */
    void wake(NodeState node, int i) {
        ServerState s = node.server;
        fillCores(node, s, i);
        IntRing queue = s.queue[i];
        while (s.threadsBusy[i] < s.threads && !queue.isEmpty()) {
            int q = queue.headSlot();
            int g = queue.headGen();
            queue.removeHead();
            if (jobs.live(q, g) && jobs.state[q] == Jobs.QUEUED) {
                node.counters.touch(engine.now);
                node.counters.queued--;
                s.queued[i]--;
                takeThread(node, s, q, i);
            }
        }
    }

    void workDone(int j) {
        NodeState node = engine.nodes[jobs.node[j]];
        ServerState s = node.server;
        releaseCore(node, s, jobs.instance[j]);
        switch (node.kind) {
            case API_SERVER -> ApiServerFlow.afterWork(engine, node, j);
            case CACHE -> lookUp(node, j);
            default -> respond(j);
        }
    }

    private void lookUp(NodeState cache, int j) {
        int r = jobs.request[j];
        int key = requests.key[r];
        int force = requests.force[r];
        boolean hit;
        if (force == CacheForce.HIT.ordinal()) {
            hit = true;
        } else if (force == CacheForce.MISS.ordinal()) {
            hit = false;
        } else {
            hit = cache.cache != null && cache.cache.get(key, engine.now);
        }
        cache.counters.v[hit ? NodeCounters.HITS : NodeCounters.MISSES]++;
        jobs.result[j] = hit ? Jobs.RESULT_HIT : Jobs.RESULT_MISS;
        engine.trace(r, hit ? StepKind.CACHE_HIT : StepKind.CACHE_MISS, cache.id, null, jobs.instance[j], engine.now);
        respond(j);
    }

    /** The server answers the call successfully; the answer travels back to the caller. */
    void respond(int j) {
        NodeState node = engine.nodes[jobs.node[j]];
        node.counters.completed(engine.now - jobs.arrived[j]);
        releaseThread(node, node.server, jobs.instance[j]);
        jobs.state[j] = Jobs.DONE;
        double back = engine.now + jobs.backLatency[j];
        engine.trace(jobs.request[j], StepKind.RESPOND, node.id, engine.nodes[jobs.caller[j]].id, jobs.instance[j], back);
        calendar.schedule(back, Engine.REPLY, j, jobs.gen[j]);
    }

    /** The server answers with a failure that came from one of its own calls. */
    void respondFailed(int j, Failure failure) {
        NodeState node = engine.nodes[jobs.node[j]];
        node.counters.v[NodeCounters.DOWNSTREAM_FAILED]++;
        releaseThread(node, node.server, jobs.instance[j]);
        failHere(j, failure);
    }

    /** The call fails at its server engine.now; the failure travels back to the caller. */
    private void failHere(int j, Failure failure) {
        jobs.failure[j] = failure;
        jobs.result[j] = Jobs.RESULT_FAILED;
        jobs.state[j] = Jobs.DONE;
        engine.trace(jobs.request[j], StepKind.FAIL, engine.nodes[jobs.node[j]].id, null, jobs.instance[j], engine.now, failure);
        calendar.schedule(engine.now + jobs.backLatency[j], Engine.REPLY, j, jobs.gen[j]);
    }

    /** Abandons a call held at its node (timeout, crash), freeing what it holds. */
    private void abort(int j, Failure failure) {
        NodeState node = engine.nodes[jobs.node[j]];
        ServerState s = node.server;
        int i = jobs.instance[j];
        switch (jobs.state[j]) {
            case Jobs.QUEUED -> {
                node.counters.touch(engine.now);
                node.counters.queued--;
                s.queued[i]--;
                s.release(i);
                s.goneIfDrained(i, engine.now);
            }
            case Jobs.WORKING -> {
                releaseCore(node, s, i);
                releaseThread(node, s, i);
            }
            default -> releaseThread(node, s, i);
        }
        failHere(j, failure);
    }

    void onTimeoutTimer(int index) {
        NodeState node = engine.nodes[index];
        ServerState s = node.server;
        s.timerPending = false;
        IntRing deadlines = s.deadlines;
        while (!deadlines.isEmpty()) {
            int j = deadlines.headSlot();
            int g = deadlines.headGen();
            int st = jobs.state[j];
            if (!jobs.live(j, g) || jobs.node[j] != index || st < Jobs.QUEUED || st > Jobs.WAIT_CHILD) {
                deadlines.removeHead();
            } else if (deadlines.headTime() <= engine.now) {
                deadlines.removeHead();
                node.counters.v[NodeCounters.TIMEOUTS]++;
                node.counters.error(ReasonCode.TIMEOUT);
                abort(j, s.timeout);
            } else {
                s.timerPending = true;
                calendar.schedule(deadlines.headTime(), Engine.TIMEOUT, index, 0);
                return;
            }
        }
    }
}
