package org.backendlab.session;

import java.util.List;
import org.backendlab.sim.Bottleneck;
import org.backendlab.sim.EndToEnd;
import org.backendlab.sim.MetricsSnapshot;

/**
 * Two designs compared measure by measure from their snapshots: end-to-end p95 latency, error share and
 * throughput since the race started, cost per hour now, and the bottleneck now; each with which design is
 * better. Differences smaller than {@link #RELATIVE_TIE} count as the same, so sampling noise is not
 * called a win.
 */
public record RaceComparison(List<Row> rows) {

    /** Relative difference below which two values count as the same. */
    public static final double RELATIVE_TIE = 0.03;
    /** Error shares closer than this (0.1 percentage point) count as the same. */
    public static final double ERROR_SHARE_TIE = 0.001;

    public enum Measure { P95_LATENCY, ERROR_SHARE, THROUGHPUT, COST_PER_HOUR, BOTTLENECK }

    public enum Verdict { A_BETTER, B_BETTER, SAME, NOT_YET, NO_WINNER }

    /**
     * One measure for both designs. For {@link Measure#BOTTLENECK} the values are NaN and the node ids
     * are set (null: no bottleneck); for the other measures the node ids are null.
     */
    public record Row(Measure measure, double a, double b, String nodeA, String nodeB, Verdict verdict) {
    }

    public RaceComparison {
        rows = List.copyOf(rows);
    }

    public static RaceComparison of(MetricsSnapshot a, MetricsSnapshot b) {
        EndToEnd ta = a.total();
        EndToEnd tb = b.total();
        double p95a = ta.p95LatencyMs();
        double p95b = tb.p95LatencyMs();
        Verdict p95 = Double.isNaN(p95a) || Double.isNaN(p95b) ? Verdict.NOT_YET : lowerWins(p95a, p95b, 0);
        boolean finished = ta.completed() + ta.failed() > 0 && tb.completed() + tb.failed() > 0;
        Verdict errors = finished ? lowerWins(ta.errorRate(), tb.errorRate(), ERROR_SHARE_TIE) : Verdict.NOT_YET;
        Verdict throughput = ta.completed() + tb.completed() == 0 ? Verdict.NOT_YET
                : swap(lowerWins(ta.throughput(), tb.throughput(), 0));
        Verdict cost = lowerWins(a.costPerHour(), b.costPerHour(), 0);
        String na = a.bottleneck().map(Bottleneck::node).orElse(null);
        String nb = b.bottleneck().map(Bottleneck::node).orElse(null);
        Verdict bottleneck;
        if (!finished) {
            bottleneck = Verdict.NOT_YET;
        } else if ((na == null) == (nb == null)) {
            bottleneck = java.util.Objects.equals(na, nb) ? Verdict.SAME : Verdict.NO_WINNER;
        } else {
            bottleneck = na == null ? Verdict.A_BETTER : Verdict.B_BETTER;
        }
        return new RaceComparison(List.of(
                new Row(Measure.P95_LATENCY, p95a, p95b, null, null, p95),
                new Row(Measure.ERROR_SHARE, ta.errorRate(), tb.errorRate(), null, null, errors),
                new Row(Measure.THROUGHPUT, ta.throughput(), tb.throughput(), null, null, throughput),
                new Row(Measure.COST_PER_HOUR, a.costPerHour(), b.costPerHour(), null, null, cost),
                new Row(Measure.BOTTLENECK, Double.NaN, Double.NaN, na, nb, bottleneck)));
    }

    /** The design with the lower value wins unless the two are within the tie margins. */
    static Verdict lowerWins(double a, double b, double absoluteTie) {
        double gap = Math.abs(a - b);
        if (gap <= absoluteTie || gap <= RELATIVE_TIE * Math.max(Math.abs(a), Math.abs(b))) {
            return Verdict.SAME;
        }
        return a < b ? Verdict.A_BETTER : Verdict.B_BETTER;
    }

    private static Verdict swap(Verdict v) {
        return switch (v) {
            case A_BETTER -> Verdict.B_BETTER;
            case B_BETTER -> Verdict.A_BETTER;
            default -> v;
        };
    }

    public Row row(Measure measure) {
        return rows.stream().filter(r -> r.measure() == measure).findFirst().orElseThrow();
    }
}
