package org.backendlab.ui.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MessagesFormatTest {

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        Properties en = load("/i18n/messages.properties");
        Properties ko = load("/i18n/messages_ko.properties");
        assertEquals(en.stringPropertyNames(), ko.stringPropertyNames());
    }

    @Test
    void koreanParticleFollowsTheLabel() {
        Messages ko = Messages.korean();
        assertEquals("방화벽이 클라이언트 \u2192 데이터베이스 요청을 막았습니다: 규칙 3",
                ko.get("step.FAIL.REFUSED", "방화벽", "클라이언트", "데이터베이스", 3));
        assertEquals("API 서버가 Cache에 물어봅니다: 없음(미스). 데이터베이스에 물어야 합니다.",
                ko.get("step.CACHE_MISS", "API 서버", "Cache"));
        assertEquals("API 서버 1이 요청을 데이터베이스로 보냅니다.", ko.get("step.TRAVEL", "API 서버 1", "데이터베이스"));
        assertEquals("웹 클라이언트가 요청을 방화벽으로 보냅니다.", ko.get("step.TRAVEL", "웹 클라이언트", "방화벽"));
    }

    @Test
    void englishNeverShowsParticleMarkupOrMissingKeys() {
        Messages en = Messages.english();
        String text = en.get("step.URL_HANDED_OUT", "API server 1");
        assertEquals("API server 1 answers with the file's address (URL); the client fetches the file from file storage.", text);
        assertFalse(en.get("step.TRAVEL", "a", "b").contains("["));
        assertEquals("!no.such.key!", en.get("no.such.key"));
    }

    private static Properties load(String path) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesFormatTest.class.getResourceAsStream(path)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
