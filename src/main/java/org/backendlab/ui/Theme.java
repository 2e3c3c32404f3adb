package org.backendlab.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Parent;
import org.backendlab.ui.widgets.CanvasTheme;
import org.backendlab.ui.widgets.CanvasTheme.Profile;

/**
 * The look of the whole app for one theme: AtlantaFX's Primer Light or Dark for the controls, our CSS on
 * top (a style class on the window's root picks the theme's colours and root font size in
 * {@code themes.css}), and the {@link CanvasTheme} for what CSS cannot reach.
 */
public final class Theme {

    public static final String STYLESHEET = "/css/themes.css";
    /** Root font size of the projector theme, px (the others use app.css's 14 px). */
    public static final double PROJECTOR_FONT_PX = 18;
    private static final String PREFIX = "theme-";

    private Theme() {
    }

    /** The light theme (the app's start, before settings are known). */
    public static void apply() {
        apply(Profile.LIGHT);
    }

    /** Makes a theme the one in effect for controls and drawing. */
    public static void apply(Profile profile) {
        String agent = profile == Profile.DARK ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet();
        if (!agent.equals(Application.getUserAgentStylesheet())) {
            Application.setUserAgentStylesheet(agent);
        }
        CanvasTheme.use(profile, rootFontPx(profile));
    }

    public static double rootFontPx(Profile profile) {
        return profile == Profile.PROJECTOR ? PROJECTOR_FONT_PX : CanvasTheme.BASE_FONT_PX;
    }

    /** Marks a window's root with the theme's style class (and only that one), and adds the theme sheet. */
    public static void mark(Parent root, Profile profile) {
        root.getStyleClass().removeIf(c -> c.startsWith(PREFIX));
        root.getStyleClass().add(PREFIX + profile.code());
        String sheet = Theme.class.getResource(STYLESHEET).toExternalForm();
        if (!root.getStylesheets().contains(sheet)) {
            root.getStylesheets().add(sheet);
        }
    }
}
