package org.backendlab.sim;

/** What happened at one step of a request's story (a hop, a wait, a decision). */
public enum StepKind {
    /** The request left {@code node} towards {@code peer} over a link; {@code until} = arrival time. */
    TRAVEL,
    /** A firewall let the call through ({@code rule} = 1-based rule index, 0 = no rule matched). */
    ALLOWED,
    /** A load balancer chose {@code peer}, instance {@code instance}. */
    BALANCED,
    /** The request arrived at a serving node's instance. */
    ARRIVE,
    /** All threads were busy: the request waits in the queue. */
    QUEUE,
    /** The request holds a thread but waits for a free core. */
    WAIT_CORE,
    /** The node works on the request from {@code time} to {@code until}. */
    WORK,
    /** The node calls {@code peer} and waits (keeping its thread, freeing its core). */
    CALL,
    CACHE_HIT,
    CACHE_MISS,
    /** After a database read, the API server stored the key in the cache. */
    CACHE_FILL,
    /** After a write, the API server removed the key from the cache. */
    CACHE_INVALIDATE,
    /** The API server answered a file download with the file's URL. */
    URL_HANDED_OUT,
    /** The node answered its caller ({@code peer}); the answer travels back until {@code until}. */
    RESPOND,
    /** The call failed at {@code node}; {@code failure} says why. */
    FAIL,
    /** The request finished: the client got its answer. */
    DONE
}
