package org.backendlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.backendlab.io.DiagramFiles;
import org.backendlab.sim.Benchmarks;
import org.junit.jupiter.api.Test;

/** The bench command's contract, without timing anything that could fail a build. */
class BenchCommandTest {

    @Test
    void argumentsAreRefusedWithExitCode2() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new BenchCommand().run(new String[] {"--fast"}, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(2, code);
        assertEquals(1, err.toString(StandardCharsets.UTF_8).lines().count());
    }

    @Test
    void aBenchRunCountsTheRequestsItSimulated() {
        Benchmarks.Throughput run = Benchmarks.run(DiagramFiles.example("full"), 1000, 1, 2, false, 1);
        assertEquals(2000, run.requests(), 150);
        assertTrue(run.events() > run.requests());
        assertTrue(run.requestsPerSecond() > 0);
    }
}
