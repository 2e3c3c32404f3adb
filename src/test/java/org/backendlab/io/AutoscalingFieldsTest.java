package org.backendlab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.backendlab.model.Autoscaling;
import org.backendlab.model.Diagram;
import org.junit.jupiter.api.Test;

/** Files written before the autoscaler had evaluation periods load unchanged, with the defaults. */
class AutoscalingFieldsTest {

    private static String file(String autoscaling) {
        return """
                {"format": "backend-lab-diagram", "version": 1,
                 "nodes": [{"id": "api-1", "kind": "API_SERVER", "label": "API", "x": 0, "y": 0,
                   "server": {"size": "MEDIUM", "instances": 1, "threads": 16, "queue": 50,
                    "serviceMs": {"API_READ": 20.0}, "distribution": "EXPONENTIAL", "timeoutMs": 0,
                    "autoscaling": %s}}],
                 "links": []}
                """.formatted(autoscaling);
    }

    @Test
    void anOlderFileGetsTheDefaultPeriods() throws Exception {
        Diagram diagram = DiagramFiles.parse(file("""
                {"enabled": true, "targetCpu": 0.6, "min": 1, "max": 6, "cooldownSeconds": 30, "bootSeconds": 20}"""));
        Autoscaling a = diagram.require("api-1").server().autoscaling();
        assertEquals(new Autoscaling(true, 0.6, 1, 6, 30, 20, Autoscaling.DEFAULT_EVALUATION_PERIODS,
                Autoscaling.DEFAULT_SCALE_IN_PERIODS), a);
    }

    @Test
    void periodsAreWrittenAndReadBack() throws Exception {
        Diagram diagram = DiagramFiles.parse(file("""
                {"enabled": true, "targetCpu": 0.6, "min": 1, "max": 6, "cooldownSeconds": 30, "bootSeconds": 20,
                 "evaluationPeriods": 2, "scaleInPeriods": 30}"""));
        String json = DiagramFiles.toJson(diagram);
        assertTrue(json.contains("\"evaluationPeriods\" : 2"), json);
        Autoscaling back = DiagramFiles.parse(json).require("api-1").server().autoscaling();
        assertEquals(2, back.evaluationPeriods());
        assertEquals(30, back.scaleInPeriods());
    }

    @Test
    void aNegativePeriodIsRefusedWithItsPath() {
        DiagramFileException e = assertThrows(DiagramFileException.class, () -> DiagramFiles.parse(file("""
                {"enabled": true, "targetCpu": 0.6, "min": 1, "max": 6, "cooldownSeconds": 30, "bootSeconds": 20,
                 "evaluationPeriods": -3}""")));
        assertTrue(e.getMessage().contains("nodes[0].server.autoscaling: evaluationPeriods"), e.getMessage());
    }
}
