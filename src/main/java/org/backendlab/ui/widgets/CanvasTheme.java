package org.backendlab.ui.widgets;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/**
 * What CSS cannot reach, in one place: the colours and font sizes the canvas draws dots, badges, bars and
 * wire load with, and the gauges' fallback colours and dial sizes. Sizes follow the root font size, so a
 * bigger root font (a projector) makes every drawn text and dial bigger too. Each named profile is one
 * set of values; drawing code asks {@link #current()} and never names a colour itself.
 */
public record CanvasTheme(Profile profile, double rootFontPx,
                          Color inFlight, Color hit, Color miss, Color refused, Color dropped, Color timedOut,
                          Color dotFace, Color featuredStroke,
                          Color wireLoad, Color barTrack, Color cpuBar, Color threadBar, Color hot, Color badgeText,
                          Color gaugeTrack, Color gaugeBar, Color gaugeValue, double dotScale) {

    /**
     * The named sets of values. PROJECTOR is dark on light with strong, saturated colours and bigger text
     * and dots: a projector washes out thin grey and cannot show black as a colour.
     */
    public enum Profile {
        LIGHT, DARK, PROJECTOR;

        /** The lower-case name used in settings and on the command line ("light", "dark", "projector"). */
        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        /** The profile of a code, or LIGHT for null or an unknown code (an old or damaged settings file). */
        public static Profile fromCode(String code) {
            for (Profile p : values()) {
                if (p.code().equals(code)) {
                    return p;
                }
            }
            return LIGHT;
        }

        public static boolean isKnown(String code) {
            return code != null && java.util.Arrays.stream(values()).anyMatch(p -> p.code().equals(code));
        }
    }

    /** The root font size the sizes below were designed at. */
    public static final double BASE_FONT_PX = 14;

    private static final ObjectProperty<CanvasTheme> CURRENT =
            new SimpleObjectProperty<>(CanvasTheme.class, "current", of(Profile.LIGHT, BASE_FONT_PX));

    /** The theme in effect now. */
    public static CanvasTheme current() {
        return CURRENT.get();
    }

    /** The theme in effect; views that cache fonts listen to it. */
    public static ObjectProperty<CanvasTheme> currentProperty() {
        return CURRENT;
    }

    /** Makes a profile at a root font size the theme in effect (views that cache fonts follow). */
    public static void use(Profile profile, double rootFontPx) {
        CanvasTheme now = CURRENT.get();
        if (now.profile() != profile || now.rootFontPx() != rootFontPx) {
            CURRENT.set(of(profile, rootFontPx));
        }
    }

    public static CanvasTheme of(Profile profile, double rootFontPx) {
        return switch (profile) {
            case LIGHT -> new CanvasTheme(profile, rootFontPx,
                    Color.web("#2563eb"), Color.web("#15803d"), Color.web("#d97706"), Color.web("#dc2626"),
                    Color.web("#4b5563"), Color.web("#7e22ce"), Color.WHITE, Color.BLACK,
                    Color.web("#2563eb", 0.28), Color.web("#e5e7eb"), Color.web("#2563eb"), Color.web("#0d9488"),
                    Color.web("#dc2626"), Color.WHITE,
                    Color.web("#d0d7de"), Color.web("#1a7f37"), Color.web("#1f2328"), 1.0);
            case DARK -> new CanvasTheme(profile, rootFontPx,
                    Color.web("#58a6ff"), Color.web("#3fb950"), Color.web("#e3b341"), Color.web("#ff7b72"),
                    Color.web("#a5afbb"), Color.web("#d2a8ff"), Color.web("#0d1117"), Color.WHITE,
                    Color.web("#58a6ff", 0.35), Color.web("#30363d"), Color.web("#58a6ff"), Color.web("#2dd4bf"),
                    Color.web("#ff7b72"), Color.web("#0d1117"),
                    Color.web("#30363d"), Color.web("#3fb950"), Color.web("#e6edf3"), 1.0);
            // dark on light, saturated, no pale tints: what survives a washed-out projector
            case PROJECTOR -> new CanvasTheme(profile, rootFontPx,
                    Color.web("#0030c0"), Color.web("#00701a"), Color.web("#b34700"), Color.web("#c8000a"),
                    Color.web("#2b2b2b"), Color.web("#6a00b8"), Color.WHITE, Color.BLACK,
                    Color.web("#0030c0", 0.45), Color.web("#9aa3ad"), Color.web("#0030c0"), Color.web("#006e63"),
                    Color.web("#c8000a"), Color.WHITE,
                    Color.web("#9aa3ad"), Color.web("#00701a"), Color.BLACK, 1.7);
        };
    }

    /** Drawn text and dials follow the root font; the projector profile adds a third on top. */
    private double scale() {
        return rootFontPx / BASE_FONT_PX * (profile == Profile.PROJECTOR ? 1.35 : 1);
    }

    /** Badges on nodes ("refused", "alert", "exposed"). */
    public Font badgeFont() {
        return Font.font(Fonts.family(), FontWeight.BOLD, 12 * scale());
    }

    /** Small figures drawn on nodes ("hits 78%"). */
    public Font glanceFont() {
        return Font.font(Fonts.family(), FontWeight.BOLD, 11 * scale());
    }

    /** The smallest dial that stays readable, px. */
    public double minDial() {
        return 34 * scale();
    }

    /** The largest dial worth giving, px. */
    public double maxDial() {
        return 46 * scale();
    }

    /** The value text of a dial of a given size, never under 9 px at the base font. */
    public double dialValueFontPx(double dialSize) {
        return Math.max(9 * scale(), Math.round(dialSize * 0.22));
    }
}
