package org.backendlab.sim;

import java.util.Locale;
import org.backendlab.model.Diagram;
import org.backendlab.model.InstanceSize;
import org.backendlab.model.NodeKind;
import org.backendlab.model.RequestKind;
import org.junit.jupiter.api.Test;

class ScratchMm1Test {
    @Test
    void print() {
        for (double mu : new double[] {50, 100, 200}) {
            for (double seconds : new double[] {30, 120, 600}) {
                double lambda = 0.9 * mu;
                Diagram d = Diagrams.start().client("client-1", lambda, RequestKind.API_READ)
                        .node("api-1", NodeKind.API_SERVER)
                        .with("api-1", n -> n.withServer(Diagrams.settings(InstanceSize.SMALL, 1, 100_000, 1000 / mu)))
                        .calls("client-1", "api-1").build();
                int reps = 200;
                double w = 0, p95 = 0, e2e = 0;
                double[] ws = new double[reps], ps = new double[reps];
                for (int s = 1; s <= reps; s++) {
                    try (Simulation sim = new Simulation(d, s)) {
                        sim.setTraceSampling(1, 0, 0);
                        sim.runUntil(seconds);
                        MetricsSnapshot m = sim.metrics();
                        w += m.node("api-1").total().meanLatencyMs();
                        ws[s - 1] = m.node("api-1").total().meanLatencyMs();
                        ps[s - 1] = m.node("api-1").total().p95LatencyMs();
                        p95 += m.node("api-1").total().p95LatencyMs();
                        e2e += m.total().meanLatencyMs();
                    }
                }
                double wTheory = 1000 / (mu - lambda);
                java.util.Arrays.sort(ws);
                java.util.Arrays.sort(ps);
                System.out.printf(Locale.ROOT, "MEDIAN mu %.0f T %.0f W median %.1f%% p10 %.1f%% p90 %.1f%% | p95 median %.1f%% p10 %.1f%% p90 %.1f%%%n",
                        mu, seconds, 100 * (ws[reps / 2] / wTheory - 1), 100 * (ws[reps / 10] / wTheory - 1),
                        100 * (ws[reps * 9 / 10] / wTheory - 1), 100 * (ps[reps / 2] / (2.9957 * wTheory) - 1),
                        100 * (ps[reps / 10] / (2.9957 * wTheory) - 1), 100 * (ps[reps * 9 / 10] / (2.9957 * wTheory) - 1));
                System.out.printf(Locale.ROOT, "RESULT mu %.0f T %.0f n~%.0f W %.1f%% p95 %.1f%% e2e %.1f%%%n", mu, seconds,
                        lambda * seconds, 100 * (w / reps / wTheory - 1), 100 * (p95 / reps / (2.9957 * wTheory) - 1),
                        100 * (e2e / reps / wTheory - 1));
            }
        }
    }
}
