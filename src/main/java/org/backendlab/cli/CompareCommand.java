package org.backendlab.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.backendlab.io.DiagramFileException;
import org.backendlab.io.DiagramFiles;
import org.backendlab.model.Diagram;
import org.backendlab.sim.Bottleneck;
import org.backendlab.sim.EndToEnd;

/**
 * {@code backend-lab compare A.json B.json --seconds N [--seed S] [--warmup W] [--json]}: races two designs
 * headless on the same requests (the same seed gives every client the same arrivals, kinds, keys and work
 * in both), prints both summaries and the differences, or with {@code --json} one object whose {@code a}
 * and {@code b} each have the shape of {@code simulate --json}.
 */
public final class CompareCommand implements Command {

    static final String USAGE = "usage: backend-lab compare A.json B.json --seconds N [--seed S] [--warmup W] [--json]";

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) {
        try {
            SimulateCommand.Options options = SimulateCommand.parse(args, 2, false, USAGE);
            Diagram a = DiagramFiles.read(options.files().get(0));
            Diagram b = DiagramFiles.read(options.files().get(1));
            SimulateCommand.checkWork(a, options);
            SimulateCommand.checkWork(b, options);
            SimulateCommand.Run runA = SimulateCommand.simulate(a, options);
            SimulateCommand.Run runB = SimulateCommand.simulate(b, options);
            out.print(options.json() ? json(runA, runB) : summary(runA, runB, options));
            out.flush();
            return 0;
        } catch (UsageException e) {
            err.println("backend-lab compare: " + oneLine(e.getMessage()));
            return 2;
        } catch (DiagramFileException e) {
            err.println("backend-lab compare: " + oneLine(e.getMessage()));
            return 2;
        }
    }

    static String json(SimulateCommand.Run a, SimulateCommand.Run b) {
        ObjectNode root = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode();
        root.set("a", SimulateCommand.jsonTree(a));
        root.set("b", SimulateCommand.jsonTree(b));
        return SimulateCommand.text(root);
    }

    static String summary(SimulateCommand.Run a, SimulateCommand.Run b, SimulateCommand.Options options) {
        Path fileA = options.files().get(0);
        Path fileB = options.files().get(1);
        String nl = System.lineSeparator();
        StringBuilder out = new StringBuilder();
        out.append("A = ").append(SimulateCommand.summary(a, options, fileA)).append(nl);
        out.append("B = ").append(SimulateCommand.summary(b, options, fileB)).append(nl);
        out.append("difference, B against A (the same requests in both):").append(nl);
        EndToEnd ea = a.metrics().total();
        EndToEnd eb = b.metrics().total();
        out.append(row("mean latency", ms(ea.meanLatencyMs()), ms(eb.meanLatencyMs()),
                change(ea.meanLatencyMs(), eb.meanLatencyMs(), " ms", true)));
        out.append(row("p95 latency", ms(ea.p95LatencyMs()), ms(eb.p95LatencyMs()),
                change(ea.p95LatencyMs(), eb.p95LatencyMs(), " ms", true)));
        out.append(row("error share", percent(ea.errorRate()), percent(eb.errorRate()),
                change(ea.errorRate() * 100, eb.errorRate() * 100, " points", true)));
        out.append(row("throughput", perSecond(ea.throughput()), perSecond(eb.throughput()),
                change(ea.throughput(), eb.throughput(), "/s", false)));
        out.append(row("cost per hour (most)", SimulateCommand.dollars(a.maxCostPerHour()),
                SimulateCommand.dollars(b.maxCostPerHour()), change(a.maxCostPerHour(), b.maxCostPerHour(), " $", true)));
        out.append(row("bottleneck", bottleneck(a.metrics().bottleneck()), bottleneck(b.metrics().bottleneck()), ""));
        return out.toString();
    }

    private static String row(String what, String a, String b, String verdict) {
        return String.format(Locale.ROOT, "  %-22s A %-12s B %-12s %s%n", what, a, b, verdict).stripTrailing()
                + System.lineSeparator();
    }

    /** "B +3.1 ms (+4.0%), worse" or "the same"; {@code lowerIsBetter} says which way is better. */
    static String change(double a, double b, String unit, boolean lowerIsBetter) {
        if (Double.isNaN(a) || Double.isNaN(b)) {
            return "-";
        }
        double d = b - a;
        if (Math.abs(d) < 5e-4 * Math.max(1, Math.abs(a))) {
            return "the same";
        }
        String relative = a != 0 ? String.format(Locale.ROOT, " (%+.1f%%)", d / Math.abs(a) * 100) : "";
        boolean better = lowerIsBetter ? d < 0 : d > 0;
        return String.format(Locale.ROOT, "%+.3f%s%s, B %s", d, unit.equals(" $") ? "" : unit, relative,
                better ? "better" : "worse");
    }

    private static String bottleneck(Optional<Bottleneck> b) {
        return b.map(x -> x.node() + " (" + SimulateCommand.words(x.cause()) + ")").orElse("none");
    }

    private static String ms(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.1f ms", value);
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.2f%%", share * 100);
    }

    private static String perSecond(double value) {
        return String.format(Locale.ROOT, "%.1f/s", value);
    }

    private static String oneLine(String message) {
        return message == null ? "bad input" : message.replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }
}
