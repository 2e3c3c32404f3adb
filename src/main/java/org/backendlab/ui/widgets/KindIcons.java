package org.backendlab.ui.widgets;

import org.backendlab.model.NodeKind;
import org.kordamp.ikonli.javafx.FontIcon;

/** The icon that stands for each kind of node, in the palette and on the canvas. */
public final class KindIcons {

    private KindIcons() {
    }

    public static String literal(NodeKind kind) {
        return switch (kind) {
            case CLIENT -> "mdi2l-laptop";
            case ADMIN -> "mdi2a-account-tie";
            case FIREWALL -> "mdi2s-shield-lock";
            case LOAD_BALANCER -> "mdi2s-scale-balance";
            case API_SERVER -> "mdi2s-server";
            case CACHE -> "mdi2l-lightning-bolt";
            case DATABASE -> "mdi2d-database";
            case FILE_STORAGE -> "mdi2f-folder-multiple";
            case MONITORING -> "mdi2m-monitor-eye";
        };
    }

    public static FontIcon of(NodeKind kind) {
        FontIcon icon = new FontIcon(literal(kind));
        icon.getStyleClass().add("kind-icon");
        return icon;
    }

    /** Style class naming a kind, e.g. {@code kind-api-server}, for its colour in CSS. */
    public static String styleClass(NodeKind kind) {
        return "kind-" + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
