package org.backendlab.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.backendlab.io.DiagramFileException;
import org.backendlab.io.DiagramFiles;
import org.backendlab.io.FileProblem;
import org.backendlab.model.Diagram;
import org.backendlab.model.NodeKind;
import org.backendlab.sim.BottleneckCause;
import org.backendlab.sim.EndToEnd;
import org.backendlab.sim.MetricsSnapshot;
import org.backendlab.sim.NodeMetrics;
import org.backendlab.sim.NodeStats;
import org.backendlab.sim.ReasonCode;
import org.backendlab.sim.ShortRun;
import org.backendlab.sim.Simulation;

/**
 * {@code backend-lab simulate DIAGRAM.json --seconds N [--seed S] [--rate R] [--warmup W] [--json]}: runs a
 * diagram headless for W + N simulated seconds, keeps the totals of the last N, and prints a summary, or one
 * deterministic JSON object. Its options, run and JSON are shared with {@link CompareCommand}.
 */
public final class SimulateCommand implements Command {

    static final String USAGE =
            "usage: backend-lab simulate DIAGRAM.json --seconds N [--seed S] [--rate R] [--warmup W] [--json]";
    /** One simulated day. */
    static final long MAX_SECONDS = 86_400L;
    /** The same limit as a client's rate in a file. */
    static final double MAX_RATE = 1_000_000;
    /**
     * The most requests one run may simulate (total rate x seconds): about half a minute to a minute of
     * computing on a laptop (docs/performance.md), so a mistyped number cannot keep the command busy for hours.
     */
    static final long MAX_REQUESTS = 50_000_000L;
    /** The most characters of an id a table shows (a file allows 64). */
    private static final int SHOWN_ID = 64;

    /** Parsed command line: {@code warmup} simulated seconds run before the {@code seconds} the totals cover. */
    record Options(List<Path> files, double seconds, long seed, Double rate, boolean json, double warmup) {

        Path file() {
            return files.get(0);
        }
    }

    /** One run's totals, with the autoscaler's counts and the highest cost per hour over the same span. */
    record Run(MetricsSnapshot metrics, long scaleOuts, long scaleIns, double maxCostPerHour) {
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) {
        try {
            Options options = parse(args);
            Diagram diagram = DiagramFiles.read(options.file());
            checkWork(diagram, options);
            Run run = simulate(diagram, options);
            out.print(options.json() ? json(run) : summary(run, options));
            out.flush();
            return 0;
        } catch (UsageException e) {
            err.println(FileProblem.cap("backend-lab simulate: " + e.getMessage(), FileProblem.MAX_LINE));
            return 2;
        } catch (DiagramFileException e) {
            err.println(FileProblem.cap("backend-lab simulate: " + oneLine(e.getMessage()), FileProblem.MAX_LINE));
            return 2;
        }
    }

    /** Refuses a run that would simulate more than {@link #MAX_REQUESTS} requests. */
    static void checkWork(Diagram diagram, Options options) {
        double rate = options.rate() != null ? options.rate() : diagram.nodes().stream()
                .filter(n -> n.traffic() != null).mapToDouble(n -> n.traffic().rate()).sum();
        double requests = rate * (options.warmup() + options.seconds());
        if (requests > MAX_REQUESTS) {
            throw new UsageException(String.format(Locale.ROOT,
                    "%.0f requests/s for %s s would be about %,.0f requests; one run simulates at most %,d "
                            + "(lower --rate or --seconds)", rate, plain(options.warmup() + options.seconds()), requests,
                    MAX_REQUESTS));
        }
    }

    private static String plain(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    static Run simulate(Diagram diagram, Options options) {
        try (Simulation sim = new Simulation(diagram, options.seed())) {
            if (options.rate() != null) {
                sim.setTotalRate(options.rate());
            }
            sim.setTraceSampling(1, 0, 0);
            if (options.warmup() > 0) {
                sim.runUntil(options.warmup());
                sim.restartTotals();
            }
            sim.runUntil(options.warmup() + options.seconds());
            return new Run(sim.metrics(), sim.scaleOuts(), sim.scaleIns(), sim.maxCostPerHour());
        }
    }

    static Options parse(String[] args) {
        return parse(args, 1, true, USAGE);
    }

    /** Parses {@code files} diagram files and the options; {@code --rate} only where {@code rateAllowed}. */
    static Options parse(String[] args, int files, boolean rateAllowed, String usage) {
        List<Path> paths = new ArrayList<>();
        Double seconds = null;
        Long seed = null;
        Double rate = null;
        Double warmup = null;
        boolean json = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--json" -> {
                    once(arg, json, usage);
                    json = true;
                }
                case "--seconds" -> {
                    once(arg, seconds != null, usage);
                    seconds = number(arg, value(args, ++i, arg, usage), usage);
                }
                case "--warmup" -> {
                    once(arg, warmup != null, usage);
                    warmup = number(arg, value(args, ++i, arg, usage), usage);
                }
                case "--rate" -> {
                    if (!rateAllowed) {
                        throw new UsageException("unknown option '" + arg + "'. " + usage);
                    }
                    once(arg, rate != null, usage);
                    rate = number(arg, value(args, ++i, arg, usage), usage);
                }
                case "--seed" -> {
                    once(arg, seed != null, usage);
                    String text = value(args, ++i, arg, usage);
                    try {
                        seed = Long.parseLong(text);
                    } catch (NumberFormatException e) {
                        throw new UsageException("--seed needs a whole number from " + Long.MIN_VALUE + " to "
                                + Long.MAX_VALUE + ", got '" + text + "'. " + usage);
                    }
                }
                default -> {
                    if (arg.startsWith("-")) {
                        throw new UsageException("unknown option '" + arg + "'. " + usage);
                    }
                    if (paths.size() == files) {
                        throw new UsageException((files == 1 ? "more than one diagram file given. "
                                : "more than " + files + " diagram files given. ") + usage);
                    }
                    paths.add(Path.of(arg));
                }
            }
        }
        if (paths.size() < files) {
            throw new UsageException((files == 1 ? "no diagram file given. "
                    : "needs " + files + " diagram files, got " + paths.size() + ". ") + usage);
        }
        if (seconds == null) {
            throw new UsageException("--seconds is required. " + usage);
        }
        if (seconds <= 0 || seconds > MAX_SECONDS) {
            throw new UsageException("--seconds must be more than 0 and at most " + MAX_SECONDS
                    + " (one simulated day). " + usage);
        }
        if (rate != null && (rate < 0 || rate > MAX_RATE)) {
            throw new UsageException("--rate must be from 0 to " + (long) MAX_RATE + " requests per second. " + usage);
        }
        double warm = warmup == null ? 0 : warmup;
        if (warm < 0 || warm + seconds > MAX_SECONDS) {
            throw new UsageException("--warmup must be 0 or more, and --warmup plus --seconds at most " + MAX_SECONDS
                    + " (one simulated day). " + usage);
        }
        return new Options(List.copyOf(paths), seconds, seed == null ? 1 : seed, rate, json, warm);
    }

    private static void once(String option, boolean seen, String usage) {
        if (seen) {
            throw new UsageException(option + " is given more than once. " + usage);
        }
    }

    private static String value(String[] args, int i, String option, String usage) {
        if (i >= args.length) {
            throw new UsageException(option + " needs a value. " + usage);
        }
        return args[i];
    }

    private static double number(String option, String text, String usage) {
        try {
            double value = Double.parseDouble(text);
            if (!Double.isFinite(value)) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new UsageException(option + " needs a number, got '" + text + "'. " + usage);
        }
    }

    private static String oneLine(String message) {
        return message == null ? "cannot read the diagram" : message.replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    static String json(Run run) {
        return text(jsonTree(run));
    }

    static String text(ObjectNode root) {
        try {
            return JSON.writeValueAsString(root) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The {@code --json} object of one run (also each side of {@code compare --json}). */
    static ObjectNode jsonTree(Run run) {
        MetricsSnapshot metrics = run.metrics();
        ObjectNode root = JSON.createObjectNode();
        EndToEnd total = metrics.total();
        root.put("requests", total.started());
        root.put("completed", total.completed());
        root.put("failed", total.failed());
        root.put("shedRequests", metrics.shedRequests());
        put(root, "meanLatencyMs", total.meanLatencyMs());
        put(root, "p95LatencyMs", total.p95LatencyMs());
        put(root, "p99LatencyMs", total.p99LatencyMs());
        ObjectNode nodes = root.putObject("nodes");
        for (NodeMetrics node : metrics.nodes().values()) {
            NodeStats stats = node.total();
            ObjectNode n = nodes.putObject(node.id());
            n.put("kind", node.kind().name());
            put(n, "utilization", stats.utilization());
            put(n, "threadsBusy", stats.threadsBusy());
            n.put("arrived", stats.arrived());
            put(n, "throughput", stats.throughput());
            put(n, "meanLatencyMs", stats.meanLatencyMs());
            put(n, "p95LatencyMs", stats.p95LatencyMs());
            put(n, "p99LatencyMs", stats.p99LatencyMs());
            n.put("dropped", stats.dropped());
            put(n, "queueLength", stats.queueLength());
            if (node.kind() == NodeKind.CACHE) {
                put(n, "cacheHitRatio", stats.cacheHitRatio());
            }
        }
        root.put("scaleOuts", run.scaleOuts());
        root.put("scaleIns", run.scaleIns());
        put(root, "maxCostPerHour", run.maxCostPerHour());
        Optional<ShortRun> shortRun = ShortRun.check(metrics);
        if (shortRun.isPresent()) {
            root.put("steadyStateWarning", words(shortRun.get()));
        } else {
            root.putNull("steadyStateWarning");
        }
        return root;
    }

    /** Rounded to 6 decimals so the output is short; NaN (nothing measured) becomes null. */
    private static void put(ObjectNode node, String name, double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            node.putNull(name);
        } else {
            node.put(name, Math.round(value * 1e6) / 1e6);
        }
    }

    static String summary(Run run, Options options) {
        return summary(run, options, options.file());
    }

    static String summary(Run run, Options options, Path file) {
        MetricsSnapshot metrics = run.metrics();
        EndToEnd total = metrics.total();
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%s: %.1f simulated seconds, seed %d%s%n",
                shown(String.valueOf(file.getFileName())), options.seconds(), options.seed(), options.warmup() > 0
                        ? String.format(Locale.ROOT, ", after a warm-up of %.1f s left out of the totals", options.warmup())
                        : ""));
        out.append(String.format(Locale.ROOT, "requests %d, completed %d, failed %d; latency mean %s, p95 %s, p99 %s%n",
                total.started(), total.completed(), total.failed(), ms(total.meanLatencyMs()),
                ms(total.p95LatencyMs()), ms(total.p99LatencyMs())));
        total.failures().forEach((code, n) -> out.append(String.format(Locale.ROOT, "  %s: %d%n", words(code), n)));
        if (metrics.shedRequests() > 0) {
            out.append(String.format(Locale.ROOT,
                    "  not started, too many requests in flight at once (the simulator's limit): %d%n",
                    metrics.shedRequests()));
        }
        out.append(String.format(Locale.ROOT, "%-14s %-14s %5s %8s %10s %9s %8s %9s %9s %8s %7s%n", "node", "kind",
                "cpu", "threads", "arrived/s", "done/s", "errors", "mean ms", "p95 ms", "dropped", "queue"));
        StringBuilder caches = new StringBuilder();
        for (NodeMetrics node : metrics.nodes().values()) {
            if (!takesRequests(node.kind())) {
                continue;
            }
            NodeStats s = node.total();
            boolean capacity = node.kind().hasCapacity();
            out.append(String.format(Locale.ROOT, "%-14s %-14s %5s %8s %10s %9s %8s %9s %9s %8d %7s%n",
                    shown(node.id()), words(node.kind()),
                    capacity ? String.format(Locale.ROOT, "%.0f%%", s.utilization() * 100) : "-",
                    capacity ? one(s.threadsBusy()) : "-", one(s.arrivalsPerSecond()), one(s.completionsPerSecond()),
                    s.completed() + s.failedHere() == 0 ? "-" : String.format(Locale.ROOT, "%.1f%%", s.errorShare() * 100),
                    one(s.meanLatencyMs()),
                    one(s.p95LatencyMs()), s.dropped(), capacity ? one(s.queueLength()) : "-"));
            if (node.kind() == NodeKind.CACHE) {
                caches.append(String.format(Locale.ROOT, "%s (cache): hit ratio %s (%d hits, %d misses)%n", shown(node.id()),
                        Double.isNaN(s.cacheHitRatio()) ? "-" : String.format(Locale.ROOT, "%.1f%%",
                                s.cacheHitRatio() * 100), s.cacheHits(), s.cacheMisses()));
            }
        }
        out.append(caches);
        if (run.scaleOuts() + run.scaleIns() > 0) {
            out.append(String.format(Locale.ROOT, "autoscaling: %d instance(s) started, %d stopped%n",
                    run.scaleOuts(), run.scaleIns()));
        }
        out.append(String.format(Locale.ROOT, "cost: %s per hour at the end, at most %s%n",
                dollars(metrics.costPerHour()), dollars(run.maxCostPerHour())));
        metrics.bottleneck().ifPresent(b -> out.append(String.format(Locale.ROOT,
                "bottleneck: %s, %s%s%n", shown(b.node()), words(b.cause()),
                b.symptomNode() == null || b.symptomNode().equals(b.node()) ? "" : " (seen at " + shown(b.symptomNode()) + ")")));
        ShortRun.check(metrics).ifPresent(s -> out.append("note: ").append(words(s)).append(System.lineSeparator()));
        return out.toString();
    }

    static String dollars(double value) {
        return String.format(Locale.ROOT, "$%.3f", value);
    }

    /** The short-run warning in words (the same text in the summary and in JSON). */
    static String words(ShortRun s) {
        return String.format(Locale.ROOT, "this run is too short for its load to be near steady state: %s was %.0f%% "
                        + "busy and completed %,d calls; at that load about %,d are needed before averages settle "
                        + "near their long-run values (a run starts empty, so short busy runs usually report times "
                        + "that are too low). Run longer, and use --warmup to leave out the empty start.",
                shown(s.node()), s.utilization() * 100, s.completions(), s.needed());
    }

    /** An id or name as the terminal may show it: control characters escaped, cut short. */
    private static String shown(String id) {
        return FileProblem.cap(id, SHOWN_ID);
    }

    /** Clients, the admin and monitoring send or watch; they hold no calls, so the table leaves them out. */
    private static boolean takesRequests(NodeKind kind) {
        return kind != NodeKind.CLIENT && kind != NodeKind.ADMIN && kind != NodeKind.MONITORING;
    }

    /** A number with one decimal, or "-" when nothing was measured (NaN). */
    private static String one(double value) {
        return Double.isNaN(value) || Double.isInfinite(value) ? "-" : String.format(Locale.ROOT, "%.1f", value);
    }

    private static String ms(double value) {
        return Double.isNaN(value) || Double.isInfinite(value) ? "-" : String.format(Locale.ROOT, "%.1f ms", value);
    }

    static String words(ReasonCode code) {
        return switch (code) {
            case QUEUE_FULL -> "dropped, queue full";
            case TIMEOUT -> "timed out";
            case NODE_DOWN -> "failed, a node was down";
            case REFUSED -> "refused by a firewall";
            case NO_ROUTE -> "failed, no path to a node that can answer";
        };
    }

    static String words(BottleneckCause cause) {
        return switch (cause) {
            case CPU_SATURATED -> "CPU saturated";
            case QUEUE_FULL -> "queue full, dropping requests";
            case TIMEOUTS -> "requests timing out";
            case HOLDS_CALLER_THREADS -> "slow, holding its callers' threads";
            case DOWN -> "down";
        };
    }

    static String words(NodeKind kind) {
        return switch (kind) {
            case CLIENT -> "client";
            case ADMIN -> "admin";
            case FIREWALL -> "firewall";
            case LOAD_BALANCER -> "load balancer";
            case API_SERVER -> "API server";
            case CACHE -> "cache";
            case DATABASE -> "database";
            case FILE_STORAGE -> "file storage";
            case MONITORING -> "monitoring";
        };
    }
}
