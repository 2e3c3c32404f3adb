package org.backendlab.ui.run;

/**
 * What the flow layer shows on one node at a glance, refreshed in place once per frame (no allocation):
 * CPU and threads-busy shares (0-1), the queue now and its capacity, whether it is saturated, down
 * or alerting, and for a cache its hit ratio (whole percent, -1 when nothing was looked up).
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
    int hitPercent = -1;
    /** The drawn words for {@link #hitPercent}, remade only when the percent changes (no allocation per frame). */
    String hitText;
    int hitTextFor = Integer.MIN_VALUE;

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

    /** A cache's hit ratio (0-1, NaN when nothing was looked up or not a cache), as a whole percent. */
    public void setHitRatio(double ratio) {
        this.hitPercent = Double.isNaN(ratio) ? -1 : (int) Math.round(ratio * 100);
    }

    /** The cache hit ratio in whole percent, -1 when there is none to show. */
    public int hitPercent() {
        return hitPercent;
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
