package org.backendlab.ui.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One table for the one particle picker used by every bundle (messages and run). */
class KoreanParticlesTest {

    @ParameterizedTest(name = "{0} -> {1} {2} {3} {4}")
    @CsvSource({
            // word,         을/를, 이/가, 은/는, 으로/로
            "서버,            를,   가,   는,   로",
            "데이터베이스,    를,   가,   는,   로",
            "방화벽,          을,   이,   은,   으로",
            "캐시,            를,   가,   는,   로",
            "파일 저장소,     를,   가,   는,   로",
            "파일 스토리지,   를,   가,   는,   로",
            "파일,            을,   이,   은,   로",
            "API 서버,        를,   가,   는,   로",
            "로드 밸런서,     를,   가,   는,   로",
            "모니터링,        을,   이,   은,   으로",
            "클라이언트,      를,   가,   는,   로",
            "관리자,          를,   가,   는,   로",
            "서울,            을,   이,   은,   로",
            "API,             를,   가,   는,   로",
            "DB,              를,   가,   는,   로",
            "URL,             을,   이,   은,   로",
            "CDN,             을,   이,   은,   으로",
            "API 서버 1,      을,   이,   은,   로",
            "API 서버 2,      를,   가,   는,   로",
            "api-3,           을,   이,   은,   으로",
            "DB 10,           을,   이,   은,   으로",
            "Server,          를,   가,   는,   로",
            "Web client,      를,   가,   는,   로",
            "Load balancer,   를,   가,   는,   로",
            "Firewall,        을,   이,   은,   로",
            "Admin,           을,   이,   은,   으로",
            "Mail,            을,   이,   은,   로",
            "Web,             을,   이,   은,   으로",
            "Cloud,           를,   가,   는,   로",
            "Cache,           를,   가,   는,   로",
            "'캐시 (주)',      를,   가,   는,   로",
            "'데이터베이스!',  를,   가,   는,   로",
            "ㅋ,              을,   이,   은,   으로",
            "'',              를,   가,   는,   로",
    })
    void particleFitsTheLastSoundOfTheLabel(String word, String object, String subject, String topic, String towards) {
        assertEquals(object, KoreanParticles.pick(word, "을", "를"), "을/를");
        assertEquals(subject, KoreanParticles.pick(word, "이", "가"), "이/가");
        assertEquals(topic, KoreanParticles.pick(word, "은", "는"), "은/는");
        assertEquals(towards, KoreanParticles.pick(word, "으로", "로"), "으로/로");
    }

    @ParameterizedTest
    @CsvSource({"API, API가", "방화벽, 방화벽이", "캐시, 캐시가"})
    void attachGluesTheParticleToTheWord(String word, String expected) {
        assertEquals(expected, KoreanParticles.attach(word, "이", "가"));
    }
}
