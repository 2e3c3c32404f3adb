package org.backendlab.ui.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.backendlab.model.EditRefusal;
import org.backendlab.model.NodeKind;
import org.junit.jupiter.api.Test;

class MessagesTest {

    private final Messages english = Messages.of(Language.ENGLISH);
    private final Messages korean = Messages.of(Language.KOREAN);

    @Test
    void bothLanguagesHaveTheSameKeysApartFromExampleLabels() {
        Set<String> en = new TreeSet<>(english.bundle().keySet());
        Set<String> ko = new TreeSet<>(korean.bundle().keySet());
        ko.removeIf(k -> k.matches("example\\.[a-z-]+\\.[a-z]+-\\d+"));
        assertEquals(en, ko);
    }

    @Test
    void everyKindAndRefusalHasWords() {
        for (NodeKind kind : NodeKind.values()) {
            assertTrue(english.has("kind." + kind.name()), kind.name());
        }
        for (EditRefusal refusal : EditRefusal.values()) {
            assertTrue(english.has("refusal." + refusal.name()), refusal.name());
        }
    }

    @Test
    void koreanSentencePicksTheParticleForTheLabel() {
        assertEquals("데이터베이스를 추가했습니다.", korean.text("status.added", "데이터베이스"));
        assertEquals("방화벽을 추가했습니다.", korean.text("status.added", "방화벽"));
        assertEquals("이제 방화벽이 캐시를 호출합니다.", korean.text("status.connected.calls", "방화벽", "캐시"));
    }

    @Test
    void englishIsEnglishEvenOnAKoreanSystem() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.KOREA);
            assertEquals("Database", Messages.of(Language.ENGLISH).kindName(NodeKind.DATABASE));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void koreanNamesReadNaturally() {
        assertEquals("데이터베이스", korean.kindName(NodeKind.DATABASE));
        assertEquals("API 서버", korean.kindName(NodeKind.API_SERVER));
        assertEquals("로드 밸런서", korean.kindName(NodeKind.LOAD_BALANCER));
    }

    @Test
    void missingKeyIsVisibleNotFatal() {
        assertEquals("!no.such.key!", english.text("no.such.key"));
        assertFalse(english.has("no.such.key"));
    }
}
