package org.backendlab.ui.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.backendlab.io.DiagramFiles;
import org.backendlab.model.Diagram;
import org.backendlab.model.Link;
import org.backendlab.model.LinkKind;
import org.backendlab.sim.Alert;
import org.backendlab.sim.AlertCause;
import org.backendlab.sim.MetricsSnapshot;
import org.backendlab.sim.Simulation;
import org.backendlab.ui.text.Phrase;
import org.backendlab.ui.text.Numbers;
import org.backendlab.ui.text.Messages;
import org.junit.jupiter.api.Test;

/** Dashboard, explanation and alert view-models fed by real snapshots, without a Stage. */
class DashboardViewModelTest {

    private final Diagram diagram = DiagramFiles.example("full");
    private final Simulation sim = new Simulation(diagram, 11);
    private final DashboardViewModel dashboard = new DashboardViewModel();
    private final WhyViewModel why = new WhyViewModel();
    private final AlertsViewModel alerts = new AlertsViewModel();

    private MetricsSnapshot run(double seconds) {
        sim.advanceBy(seconds);
        MetricsSnapshot m = sim.metrics();
        dashboard.refresh(m, diagram);
        why.refresh(m, diagram);
        alerts.refresh(m, diagram);
        return m;
    }

    @Test
    void beforeAnyTrafficTheExplanationSaysNothingIsMeasuredYetAndAfterwardsThatAllKeepsUp() {
        run(0);
        assertEquals(Phrase.of("why.idle"), why.causeProperty().get());
        run(20);
        assertEquals(Phrase.of("why.none"), why.causeProperty().get());
    }

    @Test
    void onlyWatchedNodesGetGauges() {
        run(2);
        assertEquals(List.of("api-1", "api-2", "db-1", "cache-1"), dashboard.nodes().stream().map(NodeGaugesViewModel::id).toList());
        assertTrue(dashboard.monitoredProperty().get());
        for (Link link : List.copyOf(diagram.links())) {
            if (link.kind() == LinkKind.MONITORS) {
                diagram.removeLink(link);
            }
        }
        run(1);
        assertTrue(dashboard.nodes().isEmpty());
        assertFalse(dashboard.monitoredProperty().get());
    }

    @Test
    void anOverloadedApiTierShowsInItsGaugesTheExplanationAndAnAlert() {
        sim.setTotalRate(600);
        run(30);
        NodeGaugesViewModel api = dashboard.node("api-1");
        assertTrue(api.cpuProperty().get() > 0.9, "cpu " + api.cpuProperty().get());
        assertTrue(api.queueLengthProperty().get() > 1);
        assertTrue(dashboard.requestsPerSecondProperty().get() > 500);
        assertTrue(dashboard.costPerHourProperty().get() > 0);
        assertNotNull(why.bottleneckNodeProperty().get());
        String cause = Messages.english().get(why.causeProperty().get());
        assertTrue(cause.contains("API server"), cause);
        assertNotNull(why.nextProperty().get());
        assertTrue(alerts.log().stream().anyMatch(a -> a.phrase().key().equals("alert.CPU")));
        assertEquals("1 running", Messages.english().get(api.instancesProperty().get()));
    }

    @Test
    void aNodeTakenDownIsExplainedAndCounted() {
        sim.setDown("db-1", true);
        run(10);
        assertTrue(why.failures().contains(Phrase.of("why.failures.NODE_DOWN",
                org.backendlab.ui.text.Numbers.whole(sim.metrics().window().failures().get(org.backendlab.sim.ReasonCode.NODE_DOWN)))),
                why.failures().toString());
        assertTrue(dashboard.errorRateProperty().get() > 0.3);
        assertTrue(dashboard.node("db-1").downProperty().get());
        assertEquals("down (taken down by you)", Messages.english().get(dashboard.node("db-1").instancesProperty().get()));
    }

    @Test
    void autoscaledInstancesAreShownApartFromTheSetting() {
        var api = diagram.require("api-1");
        var scaling = new org.backendlab.model.Autoscaling(true, 0.5, 1, 5, 5, 2, 0, 0);
        diagram.replaceNode(api.withServer(api.server().withAutoscaling(scaling)));
        sim.setTotalRate(600);
        run(60);
        String words = Messages.english().get(dashboard.node("api-1").instancesProperty().get());
        assertTrue(words.matches("\\d+ running \\(autoscaled\\), setting: 1\u20135.*"), words);
        assertEquals(1, diagram.require("api-1").server().instances(), "the document keeps its setting");
        List<String> log = alerts.log().stream().map(a -> Messages.english().get(a.phrase())).toList();
        assertTrue(log.stream().anyMatch(l -> l.startsWith("API server 1: the autoscaler starts one more instance (1 \u2192 2)")),
                String.join("\n", log));
        assertTrue(log.stream().anyMatch(l -> l.startsWith("API server 1: a new instance has booted")), String.join("\n", log));
    }

    @Test
    void anAlertIsLoggedAtTheTimeItFiredNotWhenItsConditionStarted() {
        Alert cpu = new Alert("monitor-1", "api-1", AlertCause.CPU, 1.0, 0.8, 1.0);
        AlertsViewModel.AlertLine line = AlertsViewModel.line(cpu, diagram);
        assertEquals(11.0, line.time(), 1e-9, "since 1.0 s + the monitor's hold of 10 s");
        Messages en = Messages.english();
        Messages ko = Messages.korean();
        assertEquals("t = 11.0 s  API server 1: CPU 100%, over 80% for 10 s",
                en.get("alert.log", Numbers.seconds(line.time()), en.get(line.phrase())));
        assertEquals("t = 11.0\ucd08  API server 1: CPU 100% (10\ucd08 \ub3d9\uc548 \uae30\uc900 80% \ucd08\uacfc)",
                ko.get("alert.log", Numbers.seconds(line.time()), ko.get(line.phrase())));

        sim.setTotalRate(600);
        run(30);
        double hold = diagram.require("monitor-1").monitoring().holdSeconds();
        assertFalse(alerts.log().stream().noneMatch(a -> a.phrase().key().startsWith("alert.")));
        for (AlertsViewModel.AlertLine a : alerts.log()) {
            if (a.phrase().key().startsWith("alert.")) {
                assertTrue(a.time() >= hold, "an alert cannot fire before its hold time: " + a);
                assertTrue(a.time() <= sim.metrics().time() + 1e-9, "an alert cannot fire in the future: " + a);
            }
        }
    }

    @Test
    void withTheDatabaseDownTheApiServersErrorGaugeIsHighAndIsWhatItsAlertSays() {
        sim.setDown("db-1", true);
        MetricsSnapshot m = run(20);
        NodeGaugesViewModel api = dashboard.node("api-1");
        Alert errors = m.alerts().stream()
                .filter(a -> a.node().equals("api-1") && a.cause() == AlertCause.ERROR_RATE).findFirst().orElseThrow();
        assertTrue(api.errorRateProperty().get() > 0.5, "errors " + api.errorRateProperty().get());
        assertEquals(errors.value(), api.errorRateProperty().get(), 1e-9, "gauge and alert use one figure");
        assertEquals(m.nodes().get("api-1").window().arrivalsPerSecond(), api.requestsPerSecondProperty().get(), 1e-9,
                "Req/s is what arrives, not only what succeeds");
        assertTrue(api.requestsPerSecondProperty().get() > 20, "req/s " + api.requestsPerSecondProperty().get());
    }

    @Test
    void aMonitoredCacheShowsItsHitRatio() {
        NodeGaugesViewModel before = new NodeGaugesViewModel("cache-1", org.backendlab.model.NodeKind.CACHE);
        assertTrue(Double.isNaN(before.hitRatioProperty().get()), "nothing looked up yet");
        MetricsSnapshot m = run(20);
        NodeGaugesViewModel cache = dashboard.node("cache-1");
        assertTrue(cache.cacheProperty().get());
        assertFalse(dashboard.node("api-1").cacheProperty().get());
        double ratio = cache.hitRatioProperty().get();
        assertEquals(m.nodes().get("cache-1").window().cacheHitRatio(), ratio, 1e-9);
        assertTrue(ratio > 0.2 && ratio < 1, "hit ratio " + ratio);
    }
}
