package org.backendlab.ui.editor;

import java.util.List;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;

/**
 * The zoom and pan of one view of a diagram. Every view has its own (the editing canvas, a projected
 * read-only view), so zooming one never moves another.
 */
public final class Viewport {

    public static final double MIN_ZOOM = 0.25;
    public static final double MAX_ZOOM = 3.0;

    private final DoubleProperty zoom = new SimpleDoubleProperty(this, "zoom", 1.0);
    private final DoubleProperty panX = new SimpleDoubleProperty(this, "panX", 0);
    private final DoubleProperty panY = new SimpleDoubleProperty(this, "panY", 0);

    public DoubleProperty zoomProperty() {
        return zoom;
    }

    public DoubleProperty panXProperty() {
        return panX;
    }

    public DoubleProperty panYProperty() {
        return panY;
    }

    /** Sets the zoom, keeping the diagram point under a view point where it is. */
    public void zoomAt(double newZoom, double viewX, double viewY) {
        double z = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, newZoom));
        double old = zoom.get();
        panX.set(viewX - (viewX - panX.get()) * z / old);
        panY.set(viewY - (viewY - panY.get()) * z / old);
        zoom.set(z);
    }

    /** The diagram point shown at a view point. */
    public Point2D toDiagram(double viewX, double viewY) {
        return new Point2D((viewX - panX.get()) / zoom.get(), (viewY - panY.get()) / zoom.get());
    }

    /** Zooms and pans so every box fits the view with a margin, never enlarging past {@code maxZoom}. */
    void fit(List<Bounds> boxes, double width, double height, double margin, double maxZoom) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (Bounds b : boxes) {
            minX = Math.min(minX, b.getMinX());
            minY = Math.min(minY, b.getMinY());
            maxX = Math.max(maxX, b.getMaxX());
            maxY = Math.max(maxY, b.getMaxY());
        }
        double w = maxX - minX + 2 * margin;
        double h = maxY - minY + 2 * margin;
        double z = Math.max(MIN_ZOOM, Math.min(maxZoom, Math.min(width / w, height / h)));
        zoom.set(z);
        panX.set(width / 2 - z * (minX + maxX) / 2);
        panY.set(height / 2 - z * (minY + maxY) / 2);
    }
}
