package org.backendlab.ui.run;

import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import org.backendlab.ui.widgets.CanvasTheme;
import org.backendlab.model.RequestKind;

/**
 * How a request dot looks: its shape tells the kind (circle read, square write, triangle up upload,
 * triangle down download, diamond straight to the database), filled or ring tells a cache hit or miss, and
 * a white cross, bar or clock hands mark a refused, dropped or timed-out request, besides the colour.
 * Flow dots are drawn once into small sprites and then copied.
 */
final class DotShapes {

    static final int SPRITE_HALF = 9;
    static final double DOT_RADIUS = 4.5;
    private CanvasTheme spritesOf;

    /** A flow dot's radius in the theme in effect (a projector's dots are bigger). */
    static double radius() {
        return DOT_RADIUS * CanvasTheme.current().dotScale();
    }

    /** Half the side of a dot's sprite in the theme in effect. */
    static int spriteHalf() {
        return (int) Math.ceil(SPRITE_HALF * CanvasTheme.current().dotScale());
    }
    private final Image[] sprites =
            new Image[RequestKind.values().length * DotPath.Mark.values().length * (DotPath.End.values().length + 1)];

    /**
     * A flow dot drawn once into a small image and then copied: copying a bitmap is much cheaper for the
     * software renderer than filling an anti-aliased shape, a thousand times a frame.
     */
    Image sprite(RequestKind kind, DotPath.Mark mark, DotPath.End end) {
        if (spritesOf != CanvasTheme.current()) {
            // another theme: other colours and dot sizes
            java.util.Arrays.fill(sprites, null);
            spritesOf = CanvasTheme.current();
        }
        int e = end == null ? 0 : end.ordinal() + 1;
        int index = (kind.ordinal() * DotPath.Mark.values().length + mark.ordinal()) * (DotPath.End.values().length + 1) + e;
        Image image = sprites[index];
        if (image == null) {
            int half = spriteHalf();
            Canvas c = new Canvas(half * 2, half * 2);
            draw(c.getGraphicsContext2D(), half, half, radius(), kind, mark, end, false);
            SnapshotParameters params = new SnapshotParameters();
            params.setFill(Color.TRANSPARENT);
            image = c.snapshot(params, null);
            sprites[index] = image;
        }
        return image;
    }

    /** Colour of a dot: failure first, then what the cache said, else in flight. */
    static Color colorOf(DotPath.Mark mark, DotPath.End end) {
        if (end != null && end != DotPath.End.COMPLETED) {
            return switch (end) {
                case REFUSED, FAILED -> CanvasTheme.current().refused();
                case DROPPED -> CanvasTheme.current().dropped();
                case TIMED_OUT -> CanvasTheme.current().timedOut();
                default -> CanvasTheme.current().inFlight();
            };
        }
        return switch (mark) {
            case HIT -> CanvasTheme.current().hit();
            case MISS -> CanvasTheme.current().miss();
            case NONE -> CanvasTheme.current().inFlight();
        };
    }

    static void draw(GraphicsContext gc, double x, double y, double r, RequestKind kind,
                                DotPath.Mark mark, DotPath.End end, boolean featured) {
        Color color = colorOf(mark, end);
        boolean ring = mark == DotPath.Mark.MISS && (end == null || end == DotPath.End.COMPLETED);
        gc.setFill(ring ? CanvasTheme.current().dotFace() : color);
        gc.setStroke(featured ? CanvasTheme.current().featuredStroke() : color);
        gc.setLineWidth(ring ? 2.2 : featured ? 2 : 1);
        shape(gc, x, y, r, kind, true);
        if (ring || featured) {
            if (ring) {
                gc.setStroke(color);
            }
            shape(gc, x, y, r, kind, false);
        }
        if (end == null || end == DotPath.End.COMPLETED) {
            return;
        }
        gc.setStroke(CanvasTheme.current().dotFace());
        gc.setLineWidth(Math.max(1.5, r * 0.35));
        double k = r * 0.55;
        switch (end) {
            case REFUSED, FAILED -> {
                gc.strokeLine(x - k, y - k, x + k, y + k);
                gc.strokeLine(x - k, y + k, x + k, y - k);
            }
            case DROPPED -> gc.strokeLine(x - k, y, x + k, y);
            case TIMED_OUT -> {
                gc.strokeLine(x, y, x, y - k);
                gc.strokeLine(x, y, x + k, y);
            }
            default -> { }
        }
    }

    private static void shape(GraphicsContext gc, double x, double y, double r, RequestKind kind, boolean fill) {
        switch (kind) {
            case API_WRITE -> {
                if (fill) {
                    gc.fillRect(x - r, y - r, 2 * r, 2 * r);
                } else {
                    gc.strokeRect(x - r, y - r, 2 * r, 2 * r);
                }
            }
            case FILE_UPLOAD -> polygon(gc, fill, x, y - r * 1.2, x + r * 1.1, y + r * 0.8, x - r * 1.1, y + r * 0.8);
            case FILE_DOWNLOAD -> polygon(gc, fill, x, y + r * 1.2, x + r * 1.1, y - r * 0.8, x - r * 1.1, y - r * 0.8);
            case DB_DIRECT -> polygon(gc, fill, x, y - r * 1.3, x + r * 1.3, y, x, y + r * 1.3, x - r * 1.3, y);
            default -> {
                if (fill) {
                    gc.fillOval(x - r, y - r, 2 * r, 2 * r);
                } else {
                    gc.strokeOval(x - r, y - r, 2 * r, 2 * r);
                }
            }
        }
    }

    private static final double[] PX = new double[4];
    private static final double[] PY = new double[4];

    private static void polygon(GraphicsContext gc, boolean fill, double... points) {
        int n = points.length / 2;
        for (int i = 0; i < n; i++) {
            PX[i] = points[2 * i];
            PY[i] = points[2 * i + 1];
        }
        if (fill) {
            gc.fillPolygon(PX, PY, n);
        } else {
            gc.strokePolygon(PX, PY, n);
        }
    }

}
