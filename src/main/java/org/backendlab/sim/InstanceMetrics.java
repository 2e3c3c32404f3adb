package org.backendlab.sim;

/**
 * One instance of a server node in a metrics snapshot ({@link NodeMetrics#instances()}), numbered from 1
 * in the node's instance slots ({@code #1}, {@code #2}, ...). Over the sliding window: the calls it took in
 * per second and its CPU utilisation (busy cores / its cores while it ran, 0-1; 0 while booting). Now: its
 * busy threads and waiting queue. A slot freed by scaling in and reused by a later instance keeps its
 * number, and its window figures include what the earlier instance did within the window.
 */
public record InstanceMetrics(int number, Status status, double arrivalsPerSecond, double utilization,
                              int threadsBusyNow, int queueNow) {

    /** What an instance is doing: serving, starting up (gets no calls), or draining before it goes. */
    public enum Status { RUNNING, BOOTING, RETIRING }

    /** Calls held at the instance now (busy threads + queue). */
    public int inFlightNow() {
        return threadsBusyNow + queueNow;
    }
}
