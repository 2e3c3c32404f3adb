package org.backendlab.ui.editor;

import java.util.List;
import javafx.geometry.Bounds;

/** Viewport arithmetic: the zoom and pan that show a set of boxes in a view of a given size. */
final class Viewport {

    private Viewport() {
    }

    /** Zooms and pans so every box fits the view with a margin, never enlarging past {@code maxZoom}. */
    static void fit(EditorViewModel vm, List<Bounds> boxes, double width, double height, double margin, double maxZoom) {
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
        double z = Math.max(EditorViewModel.MIN_ZOOM, Math.min(maxZoom, Math.min(width / w, height / h)));
        vm.zoomProperty().set(z);
        vm.panXProperty().set(width / 2 - z * (minX + maxX) / 2);
        vm.panYProperty().set(height / 2 - z * (minY + maxY) / 2);
    }
}
