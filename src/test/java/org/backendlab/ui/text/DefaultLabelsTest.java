package org.backendlab.ui.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.backendlab.io.Settings;
import org.backendlab.ui.MainViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Default labels follow the language a diagram is opened in; chosen labels stay. */
class DefaultLabelsTest {

    @ParameterizedTest
    @CsvSource({"Database, 데이터베이스", "API server 2, API 서버 2", "Web client, 웹 클라이언트",
            "Cache, 캐시", "My shop DB, My shop DB", "API server X, API server X"})
    void englishDefaultsBecomeKorean(String label, String korean) {
        assertEquals(korean, new DefaultLabels(Messages.of(Language.KOREAN)).localize(label));
    }

    @ParameterizedTest
    @CsvSource({"데이터베이스, Database", "API 서버 1, API server 1", "우리 DB, 우리 DB"})
    void koreanDefaultsBecomeEnglish(String label, String english) {
        assertEquals(english, new DefaultLabels(Messages.of(Language.ENGLISH)).localize(label));
    }

    @Test
    void anExampleOpenedAsAFileInKoreanShowsKoreanLabels() {
        MainViewModel vm = new MainViewModel(new Settings("ko", List.of()));
        vm.open(Path.of("resources/examples/full.json"));
        assertEquals("데이터베이스", vm.editor().diagram().require("db-1").label());
        assertEquals("API 서버 2", vm.editor().diagram().require("api-2").label());
        vm.openExample("client-api-db");
        assertEquals("웹 클라이언트", vm.editor().diagram().require("client-1").label());
    }
}
