package org.backendlab.ui.dashboard;

import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.control.SkinBase;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.shape.ArcType;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.backendlab.ui.widgets.CanvasTheme;
import org.backendlab.ui.widgets.Fonts;

/**
 * Draws a {@link Gauge}: a 270-degree track, a bar for the value and the value text on one small Canvas,
 * the title below. A new value only repaints the canvas (no layout, no change of bounds), so a dashboard
 * of many gauges stays cheap. Colours come from CSS through two hidden regions ({@code .track}, {@code .bar}),
 * so themes and the {@code :warning} / {@code :alarm} states still apply.
 */
final class GaugeSkin extends SkinBase<Gauge> {

    private static final double START = 225;
    private static final double SWEEP = -270;

    private final Canvas dial = new Canvas();
    private final Label title = new Label();
    private final Region track = new Region();
    private final Region bar = new Region();
    private final Region value = new Region();
    private Font valueFont;
    private double fontSize = -1;

    GaugeSkin(Gauge gauge) {
        super(gauge);
        title.getStyleClass().add("title");
        title.textProperty().bind(gauge.titleProperty());
        for (Region r : new Region[] {track, bar, value}) {
            r.setManaged(false);
            r.setVisible(false);
        }
        track.getStyleClass().add("track");
        bar.getStyleClass().add("bar");
        value.getStyleClass().add("value");
        dial.setManaged(false);
        getChildren().addAll(track, bar, value, dial, title);
        registerChangeListener(gauge.valueProperty(), o -> draw());
        registerChangeListener(gauge.maxProperty(), o -> draw());
        registerChangeListener(gauge.valueTextProperty(), o -> draw());
        gauge.getPseudoClassStates().addListener((javafx.collections.SetChangeListener<javafx.css.PseudoClass>) c -> {
            gauge.applyCss();
            draw();
        });
    }

    private static Paint fill(Region region, Paint fallback) {
        var bg = region.getBackground();
        if (bg == null || bg.getFills().isEmpty()) {
            return fallback;
        }
        BackgroundFill f = bg.getFills().get(0);
        return f.getFill();
    }

    private void draw() {
        double w = dial.getWidth();
        double h = dial.getHeight();
        GraphicsContext gc = dial.getGraphicsContext2D();
        gc.clearRect(0, 0, w, h);
        double size = Math.min(w, h);
        if (size <= 4) {
            return;
        }
        double stroke = Math.max(3, size * 0.1);
        double r = (size - stroke) / 2;
        double cx = w / 2;
        double cy = stroke / 2 + r;
        gc.setLineCap(StrokeLineCap.BUTT);
        gc.setLineWidth(stroke);
        gc.setStroke(fill(track, CanvasTheme.current().gaugeTrack()));
        gc.strokeArc(cx - r, cy - r, 2 * r, 2 * r, START, SWEEP, ArcType.OPEN);
        double f = getSkinnable().fraction();
        if (f > 0) {
            gc.setStroke(fill(bar, CanvasTheme.current().gaugeBar()));
            gc.strokeArc(cx - r, cy - r, 2 * r, 2 * r, START, SWEEP * f, ArcType.OPEN);
        }
        double wanted = CanvasTheme.current().dialValueFontPx(size);
        if (wanted != fontSize) {
            fontSize = wanted;
            valueFont = Font.font(Fonts.family(), FontWeight.BOLD, wanted);
        }
        gc.setFont(valueFont);
        gc.setFill(fill(value, CanvasTheme.current().gaugeValue()));
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.CENTER);
        gc.fillText(getSkinnable().valueTextProperty().get(), cx, cy, 2 * r - stroke);
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        double titleH = title.prefHeight(w);
        double size = Math.max(10, Math.min(w, h - titleH));
        if (dial.getWidth() != w || dial.getHeight() != size) {
            dial.setWidth(w);
            dial.setHeight(size);
            dial.relocate(x, y);
            draw();
        } else {
            dial.relocate(x, y);
        }
        double titleW = Math.min(w + 8, title.prefWidth(-1));
        title.resizeRelocate(x + (w - titleW) / 2, y + size - 2, titleW, titleH);
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        return left + right + Math.max(title.prefWidth(-1), 48);
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        double styled = getSkinnable().getPrefWidth();
        double w = (width > 0 ? width : styled > 0 ? styled : computePrefWidth(-1, top, right, bottom, left))
                - left - right;
        return top + bottom + w + title.prefHeight(-1);
    }
}
