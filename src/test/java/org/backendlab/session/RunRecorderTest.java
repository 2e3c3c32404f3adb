package org.backendlab.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.List;
import org.backendlab.io.DiagramFiles;
import org.junit.jupiter.api.Test;

class RunRecorderTest {

    private RunSession sessionWithRecorder(RunRecorder recorder) {
        RunSession session = new RunSession(new Document(DiagramFiles.example("full")));
        session.addListener(recorder);
        return session;
    }

    @Test
    void keepsAtMostOneRowPerSimulatedSecond() {
        RunRecorder recorder = new RunRecorder();
        RunSession session = sessionWithRecorder(recorder);
        session.runFor(10, 0.1);
        List<RunRecorder.Row> rows = recorder.rows();
        assertEquals(10, rows.size(), "one row for each of the ten simulated seconds");
        for (int i = 1; i < rows.size(); i++) {
            assertTrue(rows.get(i).time() - rows.get(i - 1).time() >= 1 - 1e-5);
        }
        assertTrue(rows.get(rows.size() - 1).requestsPerSecond() > 0, "traffic was measured");
    }

    @Test
    void aRestartForgetsTheOldRun() {
        RunRecorder recorder = new RunRecorder();
        RunSession session = sessionWithRecorder(recorder);
        session.runFor(5, 0.5);
        session.restart();
        assertEquals(0, recorder.rows().size());
        session.runFor(2, 0.5);
        assertEquals(2, recorder.rows().size());
    }

    @Test
    void csvHasAHeaderAndOneEqualRowPerSample() throws Exception {
        RunRecorder recorder = new RunRecorder();
        RunSession session = sessionWithRecorder(recorder);
        session.runFor(3, 0.25);
        StringWriter out = new StringWriter();
        recorder.writeCsv(out);
        String[] lines = out.toString().split("\n");
        String[] header = lines[0].split(",", -1);
        assertEquals("time_s", header[0]);
        assertTrue(List.of(header).contains("api-1.cpu_percent"), lines[0]);
        assertTrue(List.of(header).contains("db-1.p95_ms"), lines[0]);
        assertEquals(4, lines.length, "header and three rows");
        for (int i = 1; i < lines.length; i++) {
            String[] cells = lines[i].split(",", -1);
            assertEquals(header.length, cells.length, lines[i]);
            Double.parseDouble(cells[0]);
        }
    }
}
