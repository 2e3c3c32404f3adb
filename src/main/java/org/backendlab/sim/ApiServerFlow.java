package org.backendlab.sim;

import org.backendlab.model.NodeKind;
import org.backendlab.model.RequestKind;

/**
 * What an API server does after its own work, per request kind: reads ask the cache, then the database on
 * a miss (and fill the cache); writes go to the database and invalidate the key; uploads go to file
 * storage, else the database; downloads hand out a URL. Wired to nothing, it answers from its own work.
 */
final class ApiServerFlow {

    private static final int READ = RequestKind.API_READ.ordinal();
    private static final int WRITE = RequestKind.API_WRITE.ordinal();
    private static final int UPLOAD = RequestKind.FILE_UPLOAD.ordinal();
    private static final int DOWNLOAD = RequestKind.FILE_DOWNLOAD.ordinal();

    private ApiServerFlow() {
    }

    static void afterWork(Engine engine, NodeState api, int j) {
        int r = engine.jobs.request[j];
        int kind = engine.requests.kind[r];
        if (kind == DOWNLOAD) {
            engine.trace(r, StepKind.URL_HANDED_OUT, api.id, null, engine.jobs.instance[j], engine.now);
            engine.servers.respond(j);
        } else if (kind == READ) {
            NodeState cache = usableCache(engine, api);
            if (cache != null) {
                engine.requests.key[r] = cache.keys.at(Requests.uniform(engine.requests.seed[r], Requests.KEY));
                callDown(engine, api, j, Engine.STEP_READ_CACHE, NodeKind.CACHE);
            } else if (api.hasDownstream) {
                callDown(engine, api, j, Engine.STEP_READ_DB, NodeKind.DATABASE);
            } else {
                engine.servers.respond(j);
            }
        } else if (kind == WRITE) {
            if (api.hasDownstream) {
                NodeState cache = usableCache(engine, api);
                if (cache != null) {
                    engine.requests.key[r] = cache.keys.at(Requests.uniform(engine.requests.seed[r], Requests.KEY));
                }
                callDown(engine, api, j, Engine.STEP_WRITE_DB, NodeKind.DATABASE);
            } else {
                engine.servers.respond(j);
            }
        } else if (kind == UPLOAD) {
            if (engine.router.route(api.index, NodeKind.FILE_STORAGE).found()) {
                callDown(engine, api, j, Engine.STEP_UPLOAD, NodeKind.FILE_STORAGE);
            } else if (engine.router.route(api.index, NodeKind.DATABASE).found()) {
                callDown(engine, api, j, Engine.STEP_UPLOAD, NodeKind.DATABASE);
            } else if (api.hasDownstream) {
                callDown(engine, api, j, Engine.STEP_UPLOAD, NodeKind.FILE_STORAGE);
            } else {
                engine.servers.respond(j);
            }
        } else {
            engine.servers.respond(j);
        }
    }

    static void onReply(Engine engine, NodeState api, int j, int result, Failure failure) {
        int r = engine.jobs.request[j];
        switch (engine.jobs.step[j]) {
            case Engine.STEP_READ_CACHE -> {
                if (result == Jobs.RESULT_HIT) {
                    engine.servers.respond(j);
                } else {
                    callDown(engine, api, j, Engine.STEP_READ_DB, NodeKind.DATABASE);
                }
            }
            case Engine.STEP_READ_DB -> {
                if (failure != null) {
                    engine.servers.respondFailed(j, failure);
                    return;
                }
                NodeState cache = usableCache(engine, api);
                if (cache != null && cache.cache != null && !cache.down) {
                    double ttl = cache.model.cache().ttlSeconds();
                    cache.cache.put(engine.requests.key[r], ttl > 0 ? engine.now + ttl : Double.POSITIVE_INFINITY);
                    engine.trace(r, StepKind.CACHE_FILL, api.id, cache.id, -1, engine.now);
                }
                engine.servers.respond(j);
            }
            case Engine.STEP_WRITE_DB -> {
                if (failure != null) {
                    engine.servers.respondFailed(j, failure);
                    return;
                }
                NodeState cache = usableCache(engine, api);
                if (cache != null && cache.cache != null) {
                    cache.cache.remove(engine.requests.key[r]);
                    engine.trace(r, StepKind.CACHE_INVALIDATE, api.id, cache.id, -1, engine.now);
                }
                engine.servers.respond(j);
            }
            default -> {
                if (failure != null) {
                    engine.servers.respondFailed(j, failure);
                } else {
                    engine.servers.respond(j);
                }
            }
        }
    }

    private static void callDown(Engine engine, NodeState api, int j, int step, NodeKind need) {
        engine.jobs.step[j] = step;
        engine.jobs.state[j] = Jobs.WAIT_CHILD;
        int r = engine.jobs.request[j];
        engine.trace(r, StepKind.CALL, api.id, null, engine.jobs.instance[j], engine.now);
        engine.call(r, j, api.index, need);
    }

    /** The cache this API server asks first, or null when none is wired or it is switched off. */
    static NodeState usableCache(Engine engine, NodeState api) {
        Route route = engine.router.route(api.index, NodeKind.CACHE);
        if (!route.found()) {
            return null;
        }
        NodeState cache = engine.nodes[route.backends[0].server()];
        return cache.cacheEnabled() && cache.keys != null ? cache : null;
    }
}
