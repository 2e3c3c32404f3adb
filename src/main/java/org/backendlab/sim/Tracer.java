package org.backendlab.sim;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.backendlab.model.RequestKind;

/**
 * Keeps the stories of a bounded sample of requests: those in flight, the last finished ones, and the
 * ones injected on purpose (looked up by id). Only traced requests allocate anything.
 */
final class Tracer {

    /** A story being written. */
    static final class Draft {
        final long id;
        final RequestKind kind;
        final String client;
        final double start;
        final List<Step> steps = new ArrayList<>();
        double end = Double.NaN;
        Outcome outcome = Outcome.IN_FLIGHT;
        Failure failure;

        Draft(long id, RequestKind kind, String client, double start) {
            this.id = id;
            this.kind = kind;
            this.client = client;
            this.start = start;
        }

        RequestStory story() {
            return new RequestStory(id, kind, client, start, end, steps, outcome, failure);
        }
    }

    private static final int MAX_WATCHED = 64;
    private Draft[] active = new Draft[64];
    private final int[] free = new int[1024];
    private int freeTop;
    private int used;
    private int inFlight;
    private final ArrayDeque<Draft> finished = new ArrayDeque<>();
    private final Map<Long, Draft> watched = new LinkedHashMap<>();
    private long nextId = 1;
    private long requests;
    int sampleEvery = 1;
    int maxInFlight = 200;
    int keepFinished = 100;

    /** Whether the next ordinary request should be traced. */
    boolean sampleNext() {
        return inFlight < maxInFlight && (requests++ % Math.max(1, sampleEvery)) == 0;
    }

    long nextId() {
        return nextId++;
    }

    int begin(long id, RequestKind kind, String client, double start, boolean watch) {
        int index;
        if (freeTop > 0) {
            index = free[--freeTop];
        } else {
            if (used == active.length) {
                active = java.util.Arrays.copyOf(active, used * 2);
            }
            index = used++;
        }
        Draft draft = new Draft(id, kind, client, start);
        active[index] = draft;
        inFlight++;
        if (watch) {
            watched.put(id, draft);
            if (watched.size() > MAX_WATCHED) {
                watched.remove(watched.keySet().iterator().next());
            }
        }
        return index;
    }

    void step(int index, Step step) {
        active[index].steps.add(step);
    }

    void finish(int index, double end, Failure failure) {
        Draft draft = active[index];
        draft.end = end;
        draft.failure = failure;
        draft.outcome = failure == null ? Outcome.COMPLETED : Outcome.FAILED;
        active[index] = null;
        if (freeTop < free.length) {
            free[freeTop++] = index;
        }
        inFlight--;
        finished.addLast(draft);
        while (finished.size() > keepFinished) {
            finished.removeFirst();
        }
    }

    Optional<RequestStory> story(long id) {
        Draft draft = watched.get(id);
        return draft == null ? Optional.empty() : Optional.of(draft.story());
    }

    boolean isFinished(long id) {
        Draft draft = watched.get(id);
        return draft != null && draft.outcome != Outcome.IN_FLIGHT;
    }

    /** Finished stories (oldest first), then the ones in flight. */
    List<RequestStory> recent() {
        List<RequestStory> out = new ArrayList<>(finished.size() + inFlight);
        for (Draft draft : finished) {
            out.add(draft.story());
        }
        for (int i = 0; i < used; i++) {
            if (active[i] != null) {
                out.add(active[i].story());
            }
        }
        return out;
    }
}
