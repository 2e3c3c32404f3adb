package org.backendlab.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.backendlab.lesson.goal.ActionClauses;
import org.backendlab.lesson.goal.BehaviourClauses;
import org.backendlab.lesson.goal.Compare;
import org.backendlab.lesson.goal.EventClause;
import org.backendlab.lesson.goal.Goal;
import org.backendlab.lesson.goal.GoalState;
import org.backendlab.lesson.goal.GoalWatch;
import org.backendlab.lesson.goal.Measure;
import org.backendlab.lesson.goal.Selector;
import org.backendlab.lesson.goal.SettingClause;
import org.backendlab.lesson.goal.StoryMatch;
import org.backendlab.lesson.goal.StructureClauses;
import org.backendlab.model.Diagram;
import org.backendlab.model.Link;
import org.backendlab.model.Node;
import org.backendlab.model.NodeKind;
import org.backendlab.model.RequestKind;
import org.backendlab.model.edit.Edits;
import org.backendlab.session.Document;
import org.backendlab.session.RunSession;
import org.backendlab.sim.CacheForce;
import org.junit.jupiter.api.Test;

/** Every kind of goal clause on small diagrams: each one met by the right design and refused by a wrong one. */
class GoalClausesTest {

    private static Node node(String id, NodeKind kind) {
        return Node.create(id, kind, id, 0, 0);
    }

    /** client -> api -> db, with the client wired straight to the database too when asked. */
    private static Diagram threeTier(boolean directWire) {
        Diagram d = Diagram.of(List.of(node("client-1", NodeKind.CLIENT), node("api-1", NodeKind.API_SERVER),
                node("db-1", NodeKind.DATABASE)), List.of(Link.calls("client-1", "api-1"), Link.calls("api-1", "db-1")));
        if (directWire) {
            d.addLink(Link.calls("client-1", "db-1"));
        }
        return d;
    }

    private static GoalState check(Goal goal, Diagram diagram) {
        try (RunSession session = new RunSession(new Document(diagram)); GoalWatch watch = new GoalWatch(goal, session)) {
            return watch.state();
        }
    }

    private static final StructureClauses.Probe READ_REACHES_DATA = new StructureClauses.Probe(RequestKind.API_READ,
            new Selector("CLIENT"), CacheForce.MISS, new StoryMatch(StoryMatch.Ending.COMPLETED,
            List.of(new Selector("API_SERVER"), new Selector("DATABASE")), List.of()));

    @Test
    void nodeExistsCountsNodesOfTheKind() {
        assertTrue(check(new StructureClauses.NodeExists(NodeKind.DATABASE, 1), threeTier(false)).met());
        assertFalse(check(new StructureClauses.NodeExists(NodeKind.CACHE, 1), threeTier(false)).met());
    }

    @Test
    void probeFollowsWhatTheEngineWouldDo() {
        assertTrue(check(READ_REACHES_DATA, threeTier(false)).met());
        Diagram noApi = Diagram.of(List.of(node("client-1", NodeKind.CLIENT), node("db-1", NodeKind.DATABASE)),
                List.of(Link.calls("client-1", "db-1")));
        GoalState state = check(READ_REACHES_DATA, noApi);
        assertFalse(state.met());
        assertTrue(state.text("en").contains("no way there"), state.text("en"));
    }

    @Test
    void databaseExposedOnlyWithAnUnguardedDirectWire() {
        assertTrue(check(new StructureClauses.DatabaseExposed(), threeTier(true)).met());
        assertFalse(check(new StructureClauses.DatabaseExposed(), threeTier(false)).met());
        assertTrue(check(new Goal.Not(new StructureClauses.DatabaseExposed()), threeTier(false)).met());
    }

    @Test
    void monitoredNeedsAWatchOnEveryNodeOfTheKinds() {
        Diagram d = threeTier(false);
        d.addNode(node("monitor-1", NodeKind.MONITORING));
        d.addLink(Link.monitors("monitor-1", "api-1"));
        Goal goal = new StructureClauses.Monitored(List.of(NodeKind.API_SERVER, NodeKind.DATABASE));
        assertFalse(check(goal, d).met());
        d.addLink(Link.monitors("monitor-1", "db-1"));
        assertTrue(check(goal, d).met());
    }

    @Test
    void settingReadsTheFieldByItsFilePath() {
        Goal three = new SettingClause(new Selector("api-1"), "server.instances", new Compare(Compare.Op.AT_LEAST, 3.0));
        Diagram d = threeTier(false);
        GoalState before = check(three, d);
        assertFalse(before.met());
        assertEquals("API server: instances at least 3: now 1", before.text("en").replace("api-1", "API server"));
        Node api = d.require("api-1");
        d.replaceNode(api.withServer(api.server().withInstances(3)));
        assertTrue(check(three, d).met());
    }

    @Test
    void metricMustHoldForItsTimeAndAnyOfItsParts() {
        Goal cpuLow = new BehaviourClauses.Metric(Measure.CPU, new Selector("db-1"), new Compare(Compare.Op.BELOW, 0.5), 10);
        Goal any = new Goal.Any(List.of(cpuLow, new StructureClauses.NodeExists(NodeKind.CACHE, 1)));
        try (RunSession session = new RunSession(new Document(threeTier(false))); GoalWatch watch = new GoalWatch(any, session)) {
            session.runFor(5, 1);
            assertFalse(watch.state().met(), "held only 4 s so far");
            session.runFor(8, 1);
            assertTrue(watch.state().met());
            assertTrue(watch.passed());
        }
    }

    @Test
    void endToEndMetricFailsWhenTheLoadIsTooHigh() {
        Goal fast = new BehaviourClauses.Metric(Measure.END_TO_END_P95_MS, null, new Compare(Compare.Op.BELOW, 200), 5);
        try (RunSession session = new RunSession(new Document(threeTier(false))); GoalWatch watch = new GoalWatch(fast, session)) {
            session.setRate(3000);
            session.runFor(20, 1);
            assertFalse(watch.passed(), watch.state().text("en"));
        }
    }

    @Test
    void bottleneckNamesTheSaturatedKind() {
        Goal dbCpu = new BehaviourClauses.BottleneckIs(NodeKind.API_SERVER, null, 0);
        try (RunSession session = new RunSession(new Document(threeTier(false))); GoalWatch watch = new GoalWatch(dbCpu, session)) {
            session.runFor(5, 1);
            assertFalse(watch.state().met(), "50 requests/s limit nothing");
            session.setRate(3000);
            session.runFor(20, 1);
            assertTrue(watch.passed(), watch.state().text("en"));
        }
    }

    @Test
    void eventsAndSentRequestsCountFromTheStepStart() {
        Diagram d = threeTier(false);
        Goal refused = new EventClause(EventClause.Event.NODE_DOWN, new Selector("db-1"));
        Goal sentRead = new ActionClauses.Sent(RequestKind.API_READ, null, null,
                new StoryMatch(StoryMatch.Ending.COMPLETED, List.of(new Selector("DATABASE")), List.of()));
        try (RunSession session = new RunSession(new Document(d)); GoalWatch down = new GoalWatch(refused, session);
             GoalWatch read = new GoalWatch(sentRead, session)) {
            session.sendOne(RequestKind.API_WRITE, null, CacheForce.NONE);
            assertFalse(read.passed(), "a write is not a read");
            session.sendOne(RequestKind.API_READ, null, CacheForce.NONE);
            assertTrue(read.passed());
            assertFalse(down.passed());
            session.setDown("db-1", true);
            assertTrue(down.passed());
        }
    }

    @Test
    void rateChangedAndTookDownAndAnsweredFollowTheLearner() {
        Goal goal = new Goal.All(List.of(new ActionClauses.RateChanged(new Compare(Compare.Op.ABOVE, 800)),
                new ActionClauses.TookDown(new Selector("api-1"), true), new ActionClauses.Answered()));
        try (RunSession session = new RunSession(new Document(threeTier(false))); GoalWatch watch = new GoalWatch(goal, session)) {
            session.setRate(500);
            session.setDown("api-1", true);
            watch.setAnswered(true);
            assertFalse(watch.passed(), "500 is not past 800");
            session.setRate(900);
            assertTrue(watch.passed());
            assertEquals(3, watch.state().checklist().size());
        }
    }

    @Test
    void anEditThroughTheDocumentIsSeenAtOnce() {
        Goal cache = new StructureClauses.NodeExists(NodeKind.CACHE, 1);
        Document document = new Document(threeTier(false));
        try (RunSession session = new RunSession(document); GoalWatch watch = new GoalWatch(cache, session)) {
            assertFalse(watch.state().met());
            document.perform(Edits.addNode(node("cache-1", NodeKind.CACHE)));
            assertTrue(watch.state().met());
            assertTrue(watch.state().text("ko").contains("캐시 서버"), watch.state().text("ko"));
        }
    }
}
