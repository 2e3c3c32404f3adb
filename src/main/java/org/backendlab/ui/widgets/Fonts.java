package org.backendlab.ui.widgets;

import java.io.IOException;
import java.io.InputStream;
import javafx.scene.text.Font;

/** Loads the bundled Pretendard font, which covers Hangul, so the UI never depends on system fonts. */
public final class Fonts {

    public static final String FAMILY = "Pretendard";
    private static boolean loaded;

    private Fonts() {
    }

    public static synchronized void load() {
        if (loaded) {
            return;
        }
        for (String file : new String[] {"/fonts/Pretendard-Regular.ttf", "/fonts/Pretendard-SemiBold.ttf"}) {
            try (InputStream in = Fonts.class.getResourceAsStream(file)) {
                if (in != null) {
                    Font.loadFont(in, 14);
                }
            } catch (IOException e) {
                // A missing font only changes how text looks; the app still works with a system font.
            }
        }
        loaded = true;
    }

    /** The family Canvas text uses: the bundled Pretendard (loaded on first use), else the default font. */
    public static String family() {
        load();
        return Font.getFamilies().contains(FAMILY) ? FAMILY : Font.getDefault().getFamily();
    }
}
