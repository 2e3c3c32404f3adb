package org.backendlab.ui.run;

import javafx.scene.text.Font;

/** The font family Canvas text uses: the bundled Pretendard when it is loaded (Hangul), else the default. */
final class Fonts {

    private static final String BUNDLED = "Pretendard";

    private Fonts() {
    }

    static String family() {
        if (!Font.getFamilies().contains(BUNDLED)) {
            try (var in = Fonts.class.getResourceAsStream("/fonts/Pretendard-SemiBold.ttf")) {
                if (in != null) {
                    Font.loadFont(in, 12);
                }
            } catch (java.io.IOException e) {
                return Font.getDefault().getFamily();
            }
        }
        return Font.getFamilies().contains(BUNDLED) ? BUNDLED : Font.getDefault().getFamily();
    }
}
