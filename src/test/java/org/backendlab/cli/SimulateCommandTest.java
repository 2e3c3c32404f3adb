package org.backendlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.backendlab.io.DiagramFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code backend-lab simulate}: the JSON contract, determinism, and one-line errors with exit code 2. */
class SimulateCommandTest {

    @TempDir
    Path dir;

    private record Result(int code, String out, String err) {
    }

    private Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new SimulateCommand().run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Path full() throws Exception {
        Path file = dir.resolve("full.json");
        DiagramFiles.write(DiagramFiles.example("full"), file);
        return file;
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void jsonHasTheAgreedShape() throws Exception {
        Result result = run(full().toString(), "--seconds", "20", "--rate", "200", "--json");
        assertEquals(0, result.code(), result.err());
        JsonNode root = new ObjectMapper().readTree(result.out());
        assertEquals(List.of("requests", "completed", "failed", "shedRequests", "meanLatencyMs", "p95LatencyMs", "p99LatencyMs", "nodes",
                "scaleOuts", "scaleIns", "maxCostPerHour", "steadyStateWarning"), names(root));
        assertTrue(root.get("requests").asLong() > 3000);
        assertTrue(root.get("requests").asLong() >= root.get("completed").asLong() + root.get("failed").asLong());
        JsonNode api = root.get("nodes").get("api-1");
        assertEquals(List.of("kind", "utilization", "threadsBusy", "arrived", "throughput", "meanLatencyMs",
                "p95LatencyMs", "p99LatencyMs", "dropped", "queueLength"), names(api));
        assertEquals("API_SERVER", api.get("kind").asText());
        double utilization = api.get("utilization").asDouble();
        assertTrue(utilization > 0 && utilization <= 1);
        assertEquals(DiagramFiles.example("full").nodes().size(), root.get("nodes").size());
    }

    /** One API server (MEDIUM, 64 threads, queue 1000, reads 20 ms) autoscaled 1-6 at 60%, fed reads. */
    private Path autoscaled(double rate, String pattern) throws Exception {
        Path file = dir.resolve("autoscaled-" + pattern + ".json");
        Files.writeString(file, """
                {"format": "backend-lab-diagram", "version": 1,
                 "nodes": [
                  {"id": "client-1", "kind": "CLIENT", "label": "Client", "x": 0, "y": 0,
                   "traffic": {"rate": %s, "pattern": "%s", "mix": {"API_READ": 1.0}}},
                  {"id": "api-1", "kind": "API_SERVER", "label": "API", "x": 200, "y": 0,
                   "server": {"size": "MEDIUM", "instances": 1, "threads": 64, "queue": 1000,
                    "serviceMs": {"API_READ": 20.0}, "distribution": "EXPONENTIAL", "timeoutMs": 0,
                    "autoscaling": {"enabled": true, "targetCpu": 0.6, "min": 1, "max": 6,
                     "cooldownSeconds": 30, "bootSeconds": 20}}}],
                 "links": [{"from": "client-1", "to": "api-1", "kind": "CALLS", "latencyMs": 1}]}
                """.formatted(rate, pattern));
        return file;
    }

    @Test
    void theBuiltInSpikeDoesNotScaleOut() throws Exception {
        Result result = run(autoscaled(35, "SPIKE").toString(), "--seconds", "120", "--seed", "1", "--json");
        assertEquals(0, result.code(), result.err());
        JsonNode root = new ObjectMapper().readTree(result.out());
        assertEquals(0, root.get("scaleOuts").asLong(), result.out());
        assertEquals(0.05, root.get("maxCostPerHour").asDouble(), 1e-9, "one MEDIUM instance all along");
    }

    @Test
    void aSteadyNinetyPercentScalesOut() throws Exception {
        Result result = run(autoscaled(90, "STEADY").toString(), "--seconds", "120", "--seed", "1", "--json");
        JsonNode root = new ObjectMapper().readTree(result.out());
        assertTrue(root.get("scaleOuts").asLong() >= 1, result.out());
        assertTrue(root.get("maxCostPerHour").asDouble() >= 0.1 - 1e-9, result.out());
    }

    @Test
    void aWarmUpIsLeftOutOfTheTotals() throws Exception {
        Path file = full();
        JsonNode whole = new ObjectMapper().readTree(run(file.toString(), "--seconds", "30", "--json").out());
        JsonNode warmed = new ObjectMapper().readTree(
                run(file.toString(), "--seconds", "30", "--warmup", "20", "--json").out());
        long requests = warmed.get("requests").asLong();
        assertTrue(Math.abs(requests - whole.get("requests").asLong()) < 400,
                "the totals cover 30 s either way: " + requests + " vs " + whole.get("requests").asLong());
        assertTrue(Math.abs(warmed.get("completed").asLong() - requests) < 100,
                "completions after the warm-up, including requests started just before it");
    }

    @Test
    void aShortBusyRunSaysSoInWords() throws Exception {
        Path file = dir.resolve("mm1.json");
        Files.writeString(file, """
                {"format": "backend-lab-diagram", "version": 1,
                 "nodes": [
                  {"id": "client-1", "kind": "CLIENT", "label": "Client", "x": 0, "y": 0,
                   "traffic": {"rate": 45, "pattern": "STEADY", "mix": {"API_READ": 1.0}}},
                  {"id": "api-1", "kind": "API_SERVER", "label": "API", "x": 200, "y": 0,
                   "server": {"size": "SMALL", "instances": 1, "threads": 1, "queue": 100000,
                    "serviceMs": {"API_READ": 20.0}, "distribution": "EXPONENTIAL", "timeoutMs": 0}}],
                 "links": [{"from": "client-1", "to": "api-1", "kind": "CALLS", "latencyMs": 0}]}
                """);
        Result shortRun = run(file.toString(), "--seconds", "30");
        assertTrue(shortRun.out().contains("note: this run is too short for its load to be near steady state: api-1 was"),
                shortRun.out());
        JsonNode json = new ObjectMapper().readTree(run(file.toString(), "--seconds", "30", "--json").out());
        assertTrue(json.get("steadyStateWarning").asText().contains("api-1"));
        JsonNode longRun = new ObjectMapper().readTree(run(file.toString(), "--seconds", "3600", "--json").out());
        assertTrue(longRun.get("steadyStateWarning").isNull(), longRun.toString());
        JsonNode calm = new ObjectMapper().readTree(run(full().toString(), "--seconds", "60", "--json").out());
        assertTrue(calm.get("steadyStateWarning").isNull(), "the full example's busiest server is 63% busy: "
                + calm.get("steadyStateWarning"));
    }

    @Test
    void theSameArgumentsPrintByteIdenticalJson() throws Exception {
        String file = full().toString();
        Result first = run(file, "--seconds", "15", "--seed", "7", "--json");
        Result second = run(file, "--json", "--seed", "7", "--seconds", "15");
        assertEquals(first.out(), second.out());
        Result other = run(file, "--seconds", "15", "--seed", "8", "--json");
        assertFalse(first.out().equals(other.out()), "another seed gives other numbers");
    }

    @Test
    void rateSetsTheTotalClientRate() throws Exception {
        JsonNode root = new ObjectMapper().readTree(run(full().toString(), "--seconds", "50", "--rate", "20", "--json").out());
        assertEquals(20 * 50, root.get("requests").asLong(), 20 * 50 * 0.1);
    }

    @Test
    void withoutJsonItPrintsAReadableSummary() throws Exception {
        Result result = run(full().toString(), "--seconds", "5");
        assertEquals(0, result.code());
        assertTrue(result.out().contains("api-1"));
        assertTrue(result.out().contains("requests"));
    }

    @Test
    void theLimitsThemselvesAreAccepted() throws Exception {
        String file = full().toString();
        assertEquals(0, run(file, "--seconds", "0.01", "--rate", "1000000", "--json").code());
        assertEquals(0, run(file, "--seconds", "86400", "--rate", "0", "--json").code());
        assertEquals(0, run(file, "--seconds", "1", "--seed", String.valueOf(Long.MIN_VALUE), "--json").code());
    }

    @Test
    void theSummaryPrintsNoNaNAndNoRawCodes() throws Exception {
        for (String rate : new String[] {"0", "3000"}) {
            Result result = run(full().toString(), "--seconds", "10", "--rate", rate);
            assertEquals(0, result.code(), result.err());
            assertFalse(result.out().contains("NaN"), result.out());
            for (var code : org.backendlab.sim.ReasonCode.values()) {
                assertFalse(result.out().contains(code.name()), code + " in " + result.out());
            }
            for (var kind : org.backendlab.model.NodeKind.values()) {
                assertFalse(result.out().contains(kind.name()), kind + " in " + result.out());
            }
            assertFalse(result.out().contains("client-1"), "clients send requests; they are not rows of the table");
            assertFalse(result.out().contains("monitor-1"));
        }
        Result busy = run(full().toString(), "--seconds", "10", "--rate", "3000");
        assertTrue(busy.out().contains("dropped, queue full: "), busy.out());
        assertTrue(busy.out().matches("(?s).*cache-1 \\(cache\\): hit ratio \\d+\\.\\d%.*"), busy.out());
    }

    @Test
    void cacheNodesCarryTheirHitRatioInJson() throws Exception {
        JsonNode nodes = new ObjectMapper().readTree(run(full().toString(), "--seconds", "30", "--json").out()).get("nodes");
        int caches = 0;
        for (var it = nodes.fields(); it.hasNext(); ) {
            var entry = it.next();
            JsonNode node = entry.getValue();
            if (node.get("kind").asText().equals("CACHE")) {
                caches++;
                double ratio = node.get("cacheHitRatio").asDouble();
                assertTrue(ratio > 0 && ratio < 1, entry.getKey() + ": " + ratio);
                assertEquals("cacheHitRatio", names(node).get(names(node).size() - 1), "added after the agreed keys");
            } else {
                assertFalse(node.has("cacheHitRatio"), entry.getKey());
            }
        }
        assertEquals(1, caches);
    }

    @Test
    void jsonCountsRequestsShedAtTheInFlightLimit() throws Exception {
        Path slow = Files.writeString(dir.resolve("slow.json"), """
                {"format":"backend-lab-diagram","version":1,
                 "nodes":[{"id":"c","kind":"CLIENT","label":"C","x":0,"y":0,"traffic":{"rate":100000}},
                          {"id":"api-1","kind":"API_SERVER","label":"A","x":0,"y":0}],
                 "links":[{"from":"c","to":"api-1","kind":"CALLS","latencyMs":600000}]}""");
        Result json = run(slow.toString(), "--seconds", "3", "--json");
        assertEquals(0, json.code(), json.err());
        long shed = new ObjectMapper().readTree(json.out()).get("shedRequests").asLong();
        assertTrue(shed > 50_000, "shed " + shed);
        Result text = run(slow.toString(), "--seconds", "3");
        assertTrue(text.out().contains("(the simulator's limit): " + shed), text.out());
    }

    @Test
    void idsReachTheTerminalEscaped() throws Exception {
        Path odd = Files.writeString(dir.resolve("odd.json"), """
                {"format":"backend-lab-diagram","version":1,
                 "nodes":[{"id":"c\\u001b[2J","kind":"CLIENT","label":"C"}]}""");
        Result result = run(odd.toString(), "--seconds", "1");
        assertEquals(2, result.code());
        assertTrue(result.err().contains("\\u001B[2J"), result.err());
        assertFalse(result.err().contains("\u001b"), "raw escape reached the terminal");
        Result unknown = run("--\u001b]0;x\u0007", full().toString());
        assertFalse(unknown.err().contains("\u001b"), "raw escape reached the terminal");
    }

    @Test
    void fileProblemsAreNamedInPlainEnglish() throws Exception {
        Path selfLink = dir.resolve("selflink.json");
        Files.writeString(selfLink, """
                {"format":"backend-lab-diagram","version":1,
                 "nodes":[{"id":"api-1","kind":"API_SERVER","label":"A","x":0,"y":0}],
                 "links":[{"from":"api-1","to":"api-1","kind":"CALLS","latencyMs":1}]}""");
        Path empty = Files.writeString(dir.resolve("empty.json"), "");
        Path folder = Files.createDirectory(dir.resolve("folder"));
        assertEquals("backend-lab simulate: selflink.json: $.links[0]: \"api-1\" -> \"api-1\": a node cannot be wired to itself",
                run(selfLink.toString(), "--seconds", "5").err().strip());
        assertEquals("backend-lab simulate: empty.json: the file is empty", run(empty.toString(), "--seconds", "5").err().strip());
        assertEquals("backend-lab simulate: " + dir.resolve("nope.json") + ": no such file",
                run(dir.resolve("nope.json").toString(), "--seconds", "5").err().strip());
        assertEquals("backend-lab simulate: " + folder + ": is a folder, not a file",
                run(folder.toString(), "--seconds", "5").err().strip());
    }

    @Test
    void aRepeatedOptionIsNamed() throws Exception {
        Result result = run(full().toString(), "--seconds", "5", "--seconds", "6");
        assertEquals(2, result.code());
        assertTrue(result.err().contains("--seconds is given more than once"), result.err());
    }

    @Test
    void aRateAboveTheFileLimitIsRefusedWithTheLimit() throws Exception {
        Result result = run(full().toString(), "--seconds", "5", "--rate", "1e12");
        assertEquals(2, result.code());
        assertTrue(result.err().contains("1000000"), result.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "--seconds 10", "FILE", "FILE --seconds", "FILE --seconds ten", "FILE --seconds -1",
        "FILE --seconds 10 --seed 1.5", "FILE --seconds 10 --rate -3", "FILE --seconds 10 --bogus",
        "FILE FILE --seconds 10", "missing.json --seconds 10", "BROKEN --seconds 10",
        "FILE --seconds 5 --rate 1e12", "FILE --seconds 5 --rate 1000001", "FILE --seconds 86401",
        "FILE --seconds 1e300", "FILE --seconds 10 --seed 99999999999999999999", "FILE --seconds 1000 --rate 1000000",
        "FILE --seconds 5 --seconds 6", "FILE --seconds 5 --rate 1 --rate 2", "FILE --seconds 5 --seed 1 --seed 2",
        "FILE --seconds 5 --json --json", "FILE --seconds 5 --warmup -1", "FILE --seconds 86000 --warmup 401",
        "FILE --seconds 5 --warmup 1 --warmup 2", "FILE --seconds 5 --warmup soon"})
    void badArgumentsOrFilesGiveOneLineAndExitCode2(String line) throws Exception {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"format\": \"backend-lab-diagram\", \"version\": 1, \"nodes\": [");
        String file = full().toString();
        String[] args = line.isEmpty() ? new String[0]
                : line.replace("FILE", file).replace("BROKEN", broken.toString())
                        .replace("missing.json", dir.resolve("missing.json").toString()).split(" ");
        Result result = run(args);
        assertEquals(2, result.code());
        assertEquals("", result.out());
        assertEquals(1, result.err().lines().count(), result.err());
        assertTrue(result.err().startsWith("backend-lab simulate: "));
        assertFalse(result.err().contains("\tat "), "no stack trace");
    }
}
