package org.backendlab.ui.dashboard;

import javafx.scene.control.Label;
import javafx.scene.control.SkinBase;
import javafx.scene.shape.Arc;
import javafx.scene.shape.ArcType;

/** Draws a {@link Gauge}: a 270-degree track, a bar for the value, the value text inside and the title below. */
final class GaugeSkin extends SkinBase<Gauge> {

    private static final double START = 225;
    private static final double SWEEP = -270;

    private final Arc track = new Arc();
    private final Arc bar = new Arc();
    private final Label value = new Label();
    private final Label title = new Label();

    GaugeSkin(Gauge gauge) {
        super(gauge);
        for (Arc arc : new Arc[] {track, bar}) {
            arc.setType(ArcType.OPEN);
            arc.setStartAngle(START);
            arc.setFill(null);
            arc.setManaged(false);
        }
        track.setLength(SWEEP);
        track.getStyleClass().add("track");
        bar.getStyleClass().add("bar");
        value.getStyleClass().add("value");
        title.getStyleClass().add("title");
        value.textProperty().bind(gauge.valueTextProperty());
        title.textProperty().bind(gauge.titleProperty());
        getChildren().addAll(track, bar, value, title);
        registerChangeListener(gauge.valueProperty(), o -> updateBar());
        registerChangeListener(gauge.maxProperty(), o -> updateBar());
        updateBar();
    }

    private void updateBar() {
        bar.setLength(SWEEP * getSkinnable().fraction());
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        double titleH = title.prefHeight(w);
        double dial = Math.max(10, Math.min(w, h - titleH));
        double stroke = Math.max(3, dial * 0.1);
        double radius = (dial - stroke) / 2;
        double cx = x + w / 2;
        double cy = y + radius + stroke / 2;
        for (Arc arc : new Arc[] {track, bar}) {
            arc.setCenterX(cx);
            arc.setCenterY(cy);
            arc.setRadiusX(radius);
            arc.setRadiusY(radius);
            arc.setStrokeWidth(stroke);
        }
        double valueW = Math.min(value.prefWidth(-1), radius * 2 - stroke);
        double valueH = value.prefHeight(valueW);
        value.resizeRelocate(cx - valueW / 2, cy - valueH / 2, valueW, valueH);
        double titleW = Math.min(w + 8, title.prefWidth(-1));
        title.resizeRelocate(x + (w - titleW) / 2, y + dial - 2, titleW, titleH);
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        return left + right + Math.max(title.prefWidth(-1), value.prefWidth(-1) * 1.6 + 8);
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        double styled = getSkinnable().getPrefWidth();
        double w = (width > 0 ? width : styled > 0 ? styled : computePrefWidth(-1, top, right, bottom, left))
                - left - right;
        return top + bottom + w + title.prefHeight(-1);
    }
}
