package org.backendlab.ui.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.backendlab.io.DiagramFiles;
import org.backendlab.model.Diagram;
import org.backendlab.model.RequestKind;
import org.backendlab.sim.CacheForce;
import org.backendlab.sim.RequestStory;
import org.backendlab.sim.Simulation;
import org.backendlab.ui.text.Messages;
import org.junit.jupiter.api.Test;

/** Engine stories of the full example put into words, in both languages, without a Stage. */
class StoryPhraserTest {

    private final Diagram diagram = DiagramFiles.example("full");
    private final Simulation sim = new Simulation(diagram, 7);
    private final StoryPhraser phraser = new StoryPhraser(id -> diagram.node(id).orElse(null));

    private List<String> say(Messages text, RequestKind kind, CacheForce force) {
        RequestStory story = sim.sendOne(kind, "client-1", force);
        return phraser.phrase(story).stream().map(l -> text.get(l.phrase())).toList();
    }

    @Test
    void forcedMissAsksTheCacheThenTheDatabase() {
        List<String> lines = say(Messages.english(), RequestKind.API_READ, CacheForce.MISS);
        int miss = indexOf(lines, "asks Cache: not there (miss)");
        int toDb = indexOf(lines, "sends the request on to Database");
        assertTrue(miss >= 0 && toDb > miss, String.join("\n", lines));
        assertTrue(lines.get(lines.size() - 1).startsWith("Web client gets the answer after"));
    }

    @Test
    void forcedHitNeverReachesTheDatabase() {
        List<String> lines = say(Messages.english(), RequestKind.API_READ, CacheForce.HIT);
        assertTrue(indexOf(lines, "found (hit)") >= 0, String.join("\n", lines));
        assertEquals(-1, indexOf(lines, "on to Database"), String.join("\n", lines));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({
            "방화벽, '방화벽이 웹 클라이언트 \u2192 데이터베이스 요청을 막았습니다: 규칙 3'",
            "방화벽 1, '방화벽 1이 웹 클라이언트 \u2192 데이터베이스 요청을 막았습니다: 규칙 3'",
            "FW-A, '방화벽 FW-A가 웹 클라이언트 \u2192 데이터베이스 요청을 막았습니다: 규칙 3'",
    })
    void aKoreanLabelThatIsTheKindNameIsNotRepeated(String firewall, String expected) {
        diagram.replaceNode(diagram.require("fw-1").withLabel(firewall));
        diagram.replaceNode(diagram.require("client-1").withLabel("웹 클라이언트"));
        diagram.replaceNode(diagram.require("db-1").withLabel("데이터베이스"));
        RequestStory story = new Simulation(diagram, 7).sendOne(RequestKind.DB_DIRECT, "client-1", CacheForce.NONE);
        NarrationLine refusal = phraser.phrase(story).stream().filter(l -> l.end() != null).findFirst().orElseThrow();
        assertEquals(expected, Messages.korean().get(refusal.phrase()));
    }

    @Test
    void directDatabaseRequestIsRefusedByRuleThreeInKorean() {
        RequestStory story = sim.sendOne(RequestKind.DB_DIRECT, "client-1", CacheForce.NONE);
        List<NarrationLine> lines = phraser.phrase(story);
        NarrationLine refusal = lines.stream().filter(l -> l.end() != null).findFirst().orElseThrow();
        assertEquals(DotPath.End.REFUSED, refusal.end());
        assertEquals("fw-1", refusal.badgeNode());
        assertEquals("Firewall이 Web client \u2192 Database 요청을 막았습니다: 규칙 3",
                Messages.korean().get(refusal.phrase()));
    }

    @Test
    void answersRetraceTheWayOutThroughFirewallAndBalancer() {
        RequestStory story = sim.sendOne(RequestKind.API_READ, "client-1", CacheForce.HIT);
        NarrationLine answer = phraser.phrase(story).stream()
                .filter(l -> l.isMove() && l.way().get(l.way().size() - 1).equals("client-1")).findFirst().orElseThrow();
        assertEquals(List.of("lb-1", "fw-1", "client-1"), answer.way().subList(answer.way().size() - 3, answer.way().size()));
        DotPath path = org.backendlab.ui.run.StoryPaths.of(story);
        assertFalse(path.moves().stream().anyMatch(m -> m.from().startsWith("api") && m.to().equals("client-1")));
        assertEquals(DotPath.End.COMPLETED, path.end());
    }

    @Test
    void koreanNarrationReadsNaturallyWithEnglishLabels() {
        List<String> lines = say(Messages.korean(), RequestKind.API_READ, CacheForce.MISS);
        assertEquals("Web client가 요청을 Firewall로 보냅니다.", lines.get(0));
        assertTrue(indexOf(lines, "Cache에 물어봅니다: 없음(미스)") >= 0, String.join("\n", lines));
        assertTrue(lines.get(lines.size() - 1).startsWith("Web client가 "), lines.get(lines.size() - 1));
    }

    private static int indexOf(List<String> lines, String part) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(part)) {
                return i;
            }
        }
        return -1;
    }
}
