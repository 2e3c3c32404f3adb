package org.backendlab.lesson.goal;

/**
 * Averages the hourly cost over simulated time from the snapshots it is shown: each cost counts for the
 * time until the next snapshot, so an instance rented for half the run weighs half.
 */
final class CostMeter {

    private double firstTime = Double.NaN;
    private double lastTime = Double.NaN;
    private double lastCost;
    private double dollarSeconds;

    void reset() {
        firstTime = Double.NaN;
        lastTime = Double.NaN;
        lastCost = 0;
        dollarSeconds = 0;
    }

    /** A snapshot at simulated time {@code time} saw {@code costPerHour}; an earlier time starts over. */
    void add(double time, double costPerHour) {
        if (Double.isNaN(firstTime) || time < lastTime) {
            reset();
            firstTime = time;
        } else {
            dollarSeconds += lastCost * (time - lastTime);
        }
        lastTime = time;
        lastCost = costPerHour;
    }

    /** The mean over the time seen, or {@code current} when no time has passed yet. */
    double mean(double current) {
        double span = Double.isNaN(firstTime) ? 0 : lastTime - firstTime;
        return span <= 0 ? current : dollarSeconds / span;
    }
}
