package org.backendlab.ui.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KoreanParticlesTest {

    @ParameterizedTest
    @CsvSource({
        "데이터베이스, 을, 를, 를",
        "API 서버, 을, 를, 를",
        "방화벽, 을, 를, 을",
        "캐시, 이, 가, 가",
        "모니터링, 은, 는, 은",
        "API 서버 1, 을, 를, 을",
        "API 서버 2, 을, 를, 를",
        "Cache, 이, 가, 가",
        "파일, 으로, 로, 로",
        "방화벽, 으로, 로, 으로",
        "서버, 으로, 로, 로",
    })
    void particleFitsTheLastSoundOfTheWord(String word, String afterConsonant, String afterVowel, String expected) {
        assertEquals(expected, KoreanParticles.pick(word, afterConsonant, afterVowel));
    }
}
