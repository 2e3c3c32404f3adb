package org.backendlab.ui.run;

/**
 * What the flow layer shows on one node at a glance, refreshed in place once per frame (no allocation):
 * CPU and threads-busy shares (0-1), the queue now and its capacity, and whether it is saturated, down
 * or alerting.
 */
public final class NodeGlance {

    final String id;
    boolean hasCapacity;
    double cpu;
    double threads;
    int queue;
    int queueCapacity;
    boolean saturated;
    boolean down;
    boolean alert;

    public NodeGlance(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public void set(boolean hasCapacity, double cpu, double threads, int queue, int queueCapacity,
                    boolean saturated, boolean down, boolean alert) {
        this.hasCapacity = hasCapacity;
        this.cpu = cpu;
        this.threads = threads;
        this.queue = queue;
        this.queueCapacity = queueCapacity;
        this.saturated = saturated;
        this.down = down;
        this.alert = alert;
    }

    public boolean saturated() {
        return saturated;
    }

    public boolean down() {
        return down;
    }

    public double cpu() {
        return cpu;
    }
}
