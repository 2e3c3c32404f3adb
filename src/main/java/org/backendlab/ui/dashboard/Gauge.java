package org.backendlab.ui.dashboard;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.css.PseudoClass;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;

/**
 * A round dial for one measure of one node: a value between 0 and {@code max}, the value as text, a title,
 * and two thresholds (share of max) above which it shows {@code :warning} and {@code :alarm}.
 */
public final class Gauge extends Control {

    public static final String STYLE = "run-gauge";
    private static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");
    private static final PseudoClass ALARM = PseudoClass.getPseudoClass("alarm");

    private final DoubleProperty value = new SimpleDoubleProperty(this, "value", 0);
    private final DoubleProperty max = new SimpleDoubleProperty(this, "max", 1);
    private final DoubleProperty warningAt = new SimpleDoubleProperty(this, "warningAt", 0.7);
    private final DoubleProperty alarmAt = new SimpleDoubleProperty(this, "alarmAt", 0.9);
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final StringProperty valueText = new SimpleStringProperty(this, "valueText", "");

    public Gauge() {
        getStyleClass().add(STYLE);
        value.addListener((o, a, b) -> updateState());
        max.addListener((o, a, b) -> updateState());
        setFocusTraversable(false);
    }

    /** Value as a share of max, clamped to 0-1 (0 for NaN). */
    public double fraction() {
        double m = max.get();
        double v = value.get();
        if (!(m > 0) || Double.isNaN(v)) {
            return 0;
        }
        return Math.max(0, Math.min(1, v / m));
    }

    private void updateState() {
        double f = fraction();
        pseudoClassStateChanged(ALARM, f >= alarmAt.get());
        pseudoClassStateChanged(WARNING, f >= warningAt.get() && f < alarmAt.get());
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new GaugeSkin(this);
    }

    public DoubleProperty valueProperty() {
        return value;
    }

    public DoubleProperty maxProperty() {
        return max;
    }

    public DoubleProperty warningAtProperty() {
        return warningAt;
    }

    public DoubleProperty alarmAtProperty() {
        return alarmAt;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty valueTextProperty() {
        return valueText;
    }
}
