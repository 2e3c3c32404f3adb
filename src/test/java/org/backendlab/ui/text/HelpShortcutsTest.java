package org.backendlab.ui.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Help > Keyboard and mouse names every key the app answers to, in both languages. */
class HelpShortcutsTest {

    /** Keys handled in code rather than as menu accelerators: the canvas, the run toolbar, the add-node menu, the race menu. */
    private static final List<String> CODE_KEYS = List.of("Ctrl+1", "Ctrl+9", "F5", "F6", "F7", "Tab", "Shift+Tab",
            "Enter", "Backspace", "Space", "Alt+F", "Alt+E", "Alt+V", "Alt+H", "Ctrl+R");

    @ParameterizedTest
    @EnumSource(Language.class)
    void helpListsEveryShortcut(Language language) throws IOException {
        String help = Messages.of(language).text("help.shortcuts.text");
        List<String> keys = new ArrayList<>(CODE_KEYS);
        keys.addAll(menuAccelerators());
        assertFalse(menuAccelerators().isEmpty());
        for (String key : keys) {
            assertTrue(help.contains(key), language + " help does not mention " + key);
        }
        assertTrue(help.contains(language == Language.KOREAN ? "Esc" : "Escape"), language + ": Escape");
        assertTrue(help.contains(language == Language.KOREAN ? "Ctrl+플러스" : "Ctrl+plus"), language + ": zoom in");
        assertTrue(help.contains(language == Language.KOREAN ? "Ctrl+마이너스" : "Ctrl+minus"), language + ": zoom out");
    }

    /** The accelerators in the main window's menus, as the help writes them (Ctrl+S), bar Ctrl+plus/minus. */
    private static List<String> menuAccelerators() throws IOException {
        String fxml;
        try (InputStream in = HelpShortcutsTest.class.getResourceAsStream("/fxml/main.fxml")) {
            fxml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> keys = new ArrayList<>();
        Matcher m = Pattern.compile("accelerator=\"([^\"]+)\"").matcher(fxml);
        while (m.find()) {
            String key = m.group(1).replace("Shortcut", "Ctrl");
            if (!key.endsWith("Plus") && !key.endsWith("Minus")) {
                keys.add(key);
            }
        }
        return keys;
    }
}
