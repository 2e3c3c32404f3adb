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

    /** The named sets of values; a projector profile can be added without touching drawing code. */
    public enum Profile { LIGHT }

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

    public static CanvasTheme of(Profile profile, double rootFontPx) {
        return switch (profile) {
            case LIGHT -> new CanvasTheme(profile, rootFontPx,
                    Color.web("#2563eb"), Color.web("#15803d"), Color.web("#d97706"), Color.web("#dc2626"),
                    Color.web("#4b5563"), Color.web("#7e22ce"), Color.WHITE, Color.BLACK,
                    Color.web("#2563eb", 0.28), Color.web("#e5e7eb"), Color.web("#2563eb"), Color.web("#0d9488"),
                    Color.web("#dc2626"), Color.WHITE,
                    Color.web("#d0d7de"), Color.web("#1a7f37"), Color.web("#1f2328"), 1.0);
        };
    }

    private double scale() {
        return rootFontPx / BASE_FONT_PX;
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
