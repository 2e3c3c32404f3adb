package org.backendlab.ui.run;

/** How busy one {@code calls} wire is: requests per second over it and that as a share (0-1) of the busiest. */
public final class WireLoad {

    final String from;
    final String to;
    double perSecond;
    double share;

    public WireLoad(String from, String to) {
        this.from = from;
        this.to = to;
    }

    public void set(double perSecond, double share) {
        this.perSecond = perSecond;
        this.share = share;
    }

    public String from() {
        return from;
    }

    public String to() {
        return to;
    }

    public double perSecond() {
        return perSecond;
    }
}
