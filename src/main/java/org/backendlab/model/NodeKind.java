package org.backendlab.model;

/** The kinds of box a learner can put on the diagram. */
public enum NodeKind {
    CLIENT("client"),
    ADMIN("admin"),
    FIREWALL("firewall"),
    LOAD_BALANCER("lb"),
    API_SERVER("api"),
    CACHE("cache"),
    DATABASE("db"),
    FILE_STORAGE("storage"),
    MONITORING("monitor");

    private final String idPrefix;

    NodeKind(String idPrefix) {
        this.idPrefix = idPrefix;
    }

    /** Prefix used when the editor invents a fresh id for a node of this kind. */
    public String idPrefix() {
        return idPrefix;
    }

    /** Kinds that run instances with cores, threads and a queue. */
    public boolean hasCapacity() {
        return this == API_SERVER || this == CACHE || this == DATABASE || this == FILE_STORAGE;
    }

    /** Kinds that start requests. */
    public boolean isOrigin() {
        return this == CLIENT || this == ADMIN;
    }

    /** Kinds that stand on a path and hand a request on rather than serve it. */
    public boolean passesThrough() {
        return this == FIREWALL || this == LOAD_BALANCER;
    }

    /** Kinds a monitoring node may watch. */
    public boolean isWatchable() {
        return !isOrigin() && this != MONITORING;
    }
}
