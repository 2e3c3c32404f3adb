package org.backendlab.ui;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;

/** The look of the whole app: AtlantaFX's Primer Light as the base, our own CSS on top. */
public final class Theme {

    private Theme() {
    }

    public static void apply() {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    }
}
