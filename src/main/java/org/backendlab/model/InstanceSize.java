package org.backendlab.model;

/** Rentable machine sizes: cores, relative speed of one core, and hourly price in dollars. */
public enum InstanceSize {
    SMALL(1, 1.0, 0.025),
    MEDIUM(2, 1.0, 0.05),
    LARGE(4, 1.25, 0.12),
    XLARGE(8, 1.5, 0.30);

    private final int cores;
    private final double speed;
    private final double costPerHour;

    InstanceSize(int cores, double speed, double costPerHour) {
        this.cores = cores;
        this.speed = speed;
        this.costPerHour = costPerHour;
    }

    public int cores() {
        return cores;
    }

    /** Work per second of one core relative to SMALL; a service time is divided by it. */
    public double speed() {
        return speed;
    }

    public double costPerHour() {
        return costPerHour;
    }
}
