package org.backendlab.ui.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.backendlab.ui.widgets.CanvasTheme;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.backendlab.model.RequestKind;
import org.backendlab.ui.widgets.Fonts;

/**
 * The one Canvas drawn over the diagram while it runs: wire load, a CPU bar, a threads bar and the queue
 * of each server node, a frame around saturated nodes, badges, and a bounded set of moving request dots
 * (shape = kind; filled / ring / cross / bar / clock = outcome, besides colour). State lives in arrays
 * reused from frame to frame, so drawing does not allocate.
 */
public final class DotLayer extends Canvas {

    public static final String ID = "run-dot-layer";
    /** Wall seconds a dot takes to cross one wire in flow mode. */
    public static final double HOP_SECONDS = 0.45;
    private static final double LINGER_SECONDS = 0.9;


    private final int capacity;
    private final DotPath[] paths;
    private final double[][] coords;
    private final int[] move;
    private final double[] clock;
    private final double[] linger;
    private final int[] markAt;
    private final int[] free;
    private int freeCount;
    private int active;
    private double hopSeconds = HOP_SECONDS;

    private DiagramGeometry geometry = id -> null;
    private java.util.function.IntFunction<String> hitWords = percent -> "hits " + percent + "%";
    private Font glanceFont;
    private final Map<String, NodeGlance> glances = new LinkedHashMap<>();
    private final List<WireLoad> wires = new ArrayList<>();
    private final Map<String, String> badges = new LinkedHashMap<>();
    private final DotShapes shapes = new DotShapes();
    private Font badgeFont;
    private final javafx.scene.text.Text measure = new javafx.scene.text.Text();

    private boolean featuredVisible;
    private double featuredX;
    private double featuredY;
    private RequestKind featuredKind = RequestKind.API_READ;
    private DotPath.Mark featuredMark = DotPath.Mark.NONE;
    private DotPath.End featuredEnd;

    public DotLayer(int capacity) {
        this.capacity = capacity;
        paths = new DotPath[capacity];
        coords = new double[capacity][];
        move = new int[capacity];
        clock = new double[capacity];
        linger = new double[capacity];
        markAt = new int[capacity];
        free = new int[capacity];
        for (int i = 0; i < capacity; i++) {
            free[i] = capacity - 1 - i;
        }
        freeCount = capacity;
        setId(ID);
        setMouseTransparent(true);
        setFocusTraversable(false);
        useFonts(CanvasTheme.current());
        // a weak listener: the theme outlives every canvas, and a rebuilt window must not keep this one
        CanvasTheme.currentProperty().addListener(new javafx.beans.value.WeakChangeListener<>(themeListener));
    }

    private final javafx.beans.value.ChangeListener<CanvasTheme> themeListener = (o, a, b) -> useFonts(b);

    private void useFonts(CanvasTheme theme) {
        badgeFont = theme.badgeFont();
        measure.setFont(badgeFont);
        glanceFont = theme.glanceFont();
    }

    /** How a cache's hit ratio is put into words under its box, e.g. "hits 78%" / "히트 78%". */
    public void setHitWords(java.util.function.IntFunction<String> words) {
        this.hitWords = words;
    }

    public void setGeometry(DiagramGeometry geometry) {
        this.geometry = geometry;
    }

    /** A node's box in diagram coordinates (null when not shown). */
    public Bounds geometryBounds(String nodeId) {
        return geometry.boundsOf(nodeId);
    }

    /** Wall seconds per wire crossed (slower for the single request). */
    public void setHopSeconds(double seconds) {
        this.hopSeconds = seconds;
    }

    public int capacity() {
        return capacity;
    }

    /** Dots on screen now. */
    public int activeDots() {
        return active;
    }

    public boolean hasRoom() {
        return freeCount > 0;
    }

    /** Starts a dot on a path; false when the layer is full or the path cannot be placed. */
    public boolean add(DotPath path) {
        if (freeCount == 0 || path.moves().isEmpty()) {
            return false;
        }
        int n = path.moves().size();
        double[] xy = new double[n * 4];
        for (int m = 0; m < n; m++) {
            DotPath.Move mv = path.moves().get(m);
            Bounds a = geometry.boundsOf(mv.from());
            Bounds b = geometry.boundsOf(mv.to());
            if (a == null || b == null) {
                return false;
            }
            edgeSegment(a, b, xy, m * 4);
        }
        int slot = free[--freeCount];
        paths[slot] = path;
        coords[slot] = xy;
        move[slot] = 0;
        clock[slot] = 0;
        linger[slot] = 0;
        markAt[slot] = firstMark(path);
        active++;
        return true;
    }

    private static int firstMark(DotPath path) {
        for (int m = 0; m < path.moves().size(); m++) {
            if (path.moves().get(m).mark() != DotPath.Mark.NONE) {
                return m;
            }
        }
        return Integer.MAX_VALUE;
    }

    /** Removes every dot (a restart, a new diagram). */
    public void clearDots() {
        for (int i = 0; i < capacity; i++) {
            if (paths[i] != null) {
                release(i);
            }
        }
    }

    /** Moves every dot on by {@code wallSeconds}; ended dots linger a moment, then go. */
    public void advance(double wallSeconds) {
        for (int i = 0; i < capacity; i++) {
            DotPath path = paths[i];
            if (path == null) {
                continue;
            }
            int n = path.moves().size();
            if (move[i] >= n) {
                linger[i] += wallSeconds;
                if (path.end() == DotPath.End.COMPLETED || linger[i] > LINGER_SECONDS) {
                    release(i);
                }
                continue;
            }
            clock[i] += wallSeconds;
            while (move[i] < n) {
                double length = path.moves().get(move[i]).pauseBefore() + hopSeconds;
                if (clock[i] < length) {
                    break;
                }
                clock[i] -= length;
                move[i]++;
            }
        }
    }

    private void release(int slot) {
        paths[slot] = null;
        coords[slot] = null;
        free[freeCount++] = slot;
        active--;
    }

    public void setGlances(Iterable<NodeGlance> nodeGlances) {
        glances.clear();
        for (NodeGlance g : nodeGlances) {
            glances.put(g.id, g);
        }
    }

    public void setWireLoads(List<WireLoad> loads) {
        wires.clear();
        wires.addAll(loads);
    }

    /** Shows a word on a node (refused, down, ...); null text removes it. */
    public void setBadge(String nodeId, String text) {
        if (text == null) {
            badges.remove(nodeId);
        } else {
            badges.put(nodeId, text);
        }
    }

    public void clearBadges() {
        badges.clear();
    }

    public Map<String, String> badges() {
        return Map.copyOf(badges);
    }

    /** The single request being narrated: drawn larger, on top. */
    public void showFeatured(double x, double y, RequestKind kind, DotPath.Mark mark, DotPath.End end) {
        featuredVisible = true;
        featuredX = x;
        featuredY = y;
        featuredKind = kind;
        featuredMark = mark;
        featuredEnd = end;
    }

    public void hideFeatured() {
        featuredVisible = false;
    }

    public boolean isFeaturedVisible() {
        return featuredVisible;
    }

    public double featuredX() {
        return featuredX;
    }

    public double featuredY() {
        return featuredY;
    }

    /** Draws the whole layer once. */
    public void draw() {
        GraphicsContext gc = getGraphicsContext2D();
        gc.clearRect(0, 0, getWidth(), getHeight());
        gc.save();
        gc.translate(geometry.panX(), geometry.panY());
        gc.scale(geometry.zoom(), geometry.zoom());
        collectBoxes();
        drawWires(gc);
        drawDots(gc);
        drawGlances(gc);
        if (featuredVisible) {
            DotShapes.draw(gc, featuredX, featuredY, DotShapes.radius() * 2.2, featuredKind, featuredMark, featuredEnd, true);
        }
        drawBadges(gc);
        gc.restore();
    }

    /** Node boxes of this frame (minX, minY, maxX, maxY), so dots pass under them and labels stay readable. */
    private double[] boxes = new double[0];
    private int boxCount;

    private void collectBoxes() {
        if (boxes.length < glances.size() * 4) {
            boxes = new double[glances.size() * 4];
        }
        boxCount = 0;
        for (NodeGlance g : glances.values()) {
            Bounds b = geometry.boundsOf(g.id);
            if (b != null) {
                boxes[boxCount * 4] = b.getMinX();
                boxes[boxCount * 4 + 1] = b.getMinY();
                boxes[boxCount * 4 + 2] = b.getMaxX();
                boxes[boxCount * 4 + 3] = b.getMaxY();
                boxCount++;
            }
        }
    }

    private boolean underABox(double x, double y) {
        for (int i = 0; i < boxCount; i++) {
            int k = i * 4;
            if (x >= boxes[k] && x <= boxes[k + 2] && y >= boxes[k + 1] && y <= boxes[k + 3]) {
                return true;
            }
        }
        return false;
    }

    private void drawWires(GraphicsContext gc) {
        gc.setStroke(CanvasTheme.current().wireLoad());
        gc.setLineCap(StrokeLineCap.ROUND);
        for (WireLoad wire : wires) {
            if (wire.share <= 0.001) {
                continue;
            }
            Bounds a = geometry.boundsOf(wire.from);
            Bounds b = geometry.boundsOf(wire.to);
            if (a == null || b == null) {
                continue;
            }
            gc.setLineWidth(2 + 12 * wire.share);
            double ax = a.getCenterX();
            double ay = a.getCenterY();
            double bx = b.getCenterX();
            double by = b.getCenterY();
            double t0 = exit(a, ax, ay, bx - ax, by - ay);
            double t1 = 1 - exit(b, bx, by, ax - bx, ay - by);
            if (t1 > t0) {
                gc.strokeLine(ax + (bx - ax) * t0, ay + (by - ay) * t0, ax + (bx - ax) * t1, ay + (by - ay) * t1);
            }
        }
    }

    /**
     * The part of the line between two boxes' centres that lies outside both boxes (so a dot never sits on
     * a label), written as x0, y0, x1, y1 at {@code at}; the centres when the boxes overlap.
     */
    public static void edgeSegment(Bounds a, Bounds b, double[] out, int at) {
        double ax = a.getCenterX();
        double ay = a.getCenterY();
        double bx = b.getCenterX();
        double by = b.getCenterY();
        double t0 = exit(a, ax, ay, bx - ax, by - ay);
        double t1 = 1 - exit(b, bx, by, ax - bx, ay - by);
        if (t1 <= t0) {
            t0 = 0;
            t1 = 1;
        }
        out[at] = ax + (bx - ax) * t0;
        out[at + 1] = ay + (by - ay) * t0;
        out[at + 2] = ax + (bx - ax) * t1;
        out[at + 3] = ay + (by - ay) * t1;
    }

    /** Where (0-1 along dx, dy) a line from the centre of a box leaves it. */
    private static double exit(Bounds box, double x, double y, double dx, double dy) {
        double tx = dx == 0 ? Double.MAX_VALUE : (box.getWidth() / 2 + 4) / Math.abs(dx);
        double ty = dy == 0 ? Double.MAX_VALUE : (box.getHeight() / 2 + 4) / Math.abs(dy);
        return Math.min(1, Math.min(tx, ty));
    }

    private void drawGlances(GraphicsContext gc) {
        for (NodeGlance g : glances.values()) {
            Bounds b = geometry.boundsOf(g.id);
            if (b == null) {
                continue;
            }
            if (g.saturated || g.down || g.alert) {
                gc.setStroke(g.down ? CanvasTheme.current().dropped() : CanvasTheme.current().hot());
                gc.setLineWidth(3);
                gc.setLineDashes(g.down ? 6 : 0);
                gc.strokeRoundRect(b.getMinX() - 4, b.getMinY() - 4, b.getWidth() + 8, b.getHeight() + 8, 14, 14);
                gc.setLineDashes(null);
            }
            if (!g.hasCapacity) {
                continue;
            }
            double x = b.getMinX();
            double w = b.getWidth();
            double y = b.getMaxY() + 3;
            double bar = barThickness();
            bar(gc, x, y, w, bar, g.cpu, g.cpu >= 0.9 ? CanvasTheme.current().hot() : CanvasTheme.current().cpuBar());
            bar(gc, x, y + bar + 2, w, bar, g.threads, g.threads >= 0.95 ? CanvasTheme.current().hot() : CanvasTheme.current().threadBar());
            y += 2 * bar - 6; // the words go under the bars, however thick
            if (g.hitPercent >= 0) {
                if (g.hitTextFor != g.hitPercent) {
                    g.hitText = hitWords.apply(g.hitPercent);
                    g.hitTextFor = g.hitPercent;
                }
                // on a white pill, so the wires running past the cache do not cross the words
                measure.setFont(glanceFont);
                measure.setText(g.hitText);
                double tw = measure.getLayoutBounds().getWidth();
                measure.setFont(badgeFont);
                double fs = glanceFont.getSize();
                gc.setFill(CanvasTheme.current().dotFace());
                gc.fillRoundRect(x - 3, y + 11, tw + 6, fs + 4, 8, 8);
                gc.setFont(glanceFont);
                gc.setTextAlign(TextAlignment.LEFT);
                gc.setFill(CanvasTheme.current().hit());
                gc.fillText(g.hitText, x, y + 11 + fs * 0.95);
            }
            if (g.queueCapacity > 0) {
                double q = Math.min(1, (double) g.queue / g.queueCapacity);
                double qh = b.getHeight();
                gc.setFill(CanvasTheme.current().barTrack());
                double qw = barThickness() + 1;
                gc.fillRect(b.getMaxX() + 3, b.getMinY(), qw, qh);
                gc.setFill(q >= 0.95 ? CanvasTheme.current().hot() : CanvasTheme.current().miss());
                gc.fillRect(b.getMaxX() + 3, b.getMaxY() - qh * q, qw, qh * q);
            }
        }
    }

    /**
     * The node whose load bars (CPU and threads under the box, the queue strip at its right, the cache's
     * "hits" words) are at this point of the layer, or null. For the tooltip that puts numbers on the bars.
     */
    public NodeGlance glanceAt(double layerX, double layerY) {
        double zoom = geometry.zoom();
        if (!(zoom > 0)) {
            return null;
        }
        double x = (layerX - geometry.panX()) / zoom;
        double y = (layerY - geometry.panY()) / zoom;
        for (NodeGlance g : glances.values()) {
            if (!g.hasCapacity) {
                continue;
            }
            Bounds b = geometry.boundsOf(g.id);
            if (b == null) {
                continue;
            }
            double below = g.hitPercent >= 0 ? 2 * barThickness() + 9 + glanceFont.getSize() : 2 * barThickness() + 5;
            boolean underBox = x >= b.getMinX() - 2 && x <= b.getMaxX() + 10 && y >= b.getMaxY() && y <= b.getMaxY() + below;
            boolean queueStrip = g.queueCapacity > 0 && x >= b.getMaxX() + 1 && x <= b.getMaxX() + 10
                    && y >= b.getMinY() && y <= b.getMaxY();
            if (underBox || queueStrip) {
                return g;
            }
        }
        return null;
    }

    /** Load bars grow with the theme's dots (a projector's are thicker), px in the diagram. */
    private static double barThickness() {
        return Math.round(4 * Math.min(1.5, CanvasTheme.current().dotScale()));
    }

    private static void bar(GraphicsContext gc, double x, double y, double w, double thickness, double share, Color color) {
        gc.setFill(CanvasTheme.current().barTrack());
        gc.fillRect(x, y, w, thickness);
        gc.setFill(color);
        gc.fillRect(x, y, w * Math.max(0, Math.min(1, share)), thickness);
    }

    private void drawDots(GraphicsContext gc) {
        for (int i = 0; i < capacity; i++) {
            DotPath path = paths[i];
            if (path == null) {
                continue;
            }
            int n = path.moves().size();
            double[] xy = coords[i];
            double x;
            double y;
            DotPath.End end = null;
            int m = Math.min(move[i], n - 1);
            if (move[i] >= n) {
                x = xy[m * 4 + 2];
                y = xy[m * 4 + 3];
                end = path.end();
            } else {
                double pause = path.moves().get(m).pauseBefore();
                double t = Math.max(0, (clock[i] - pause) / hopSeconds);
                x = xy[m * 4] + (xy[m * 4 + 2] - xy[m * 4]) * t;
                y = xy[m * 4 + 1] + (xy[m * 4 + 3] - xy[m * 4 + 1]) * t;
            }
            if (end == null && underABox(x, y)) {
                continue;
            }
            DotPath.Mark mark = move[i] >= markAt[i] ? path.moves().get(markAt[i]).mark() : DotPath.Mark.NONE;
            gc.drawImage(shapes.sprite(path.kind(), mark, end), x - DotShapes.spriteHalf(), y - DotShapes.spriteHalf());
        }
    }

    private void drawBadges(GraphicsContext gc) {
        if (badges.isEmpty()) {
            return;
        }
        gc.setFont(badgeFont);
        gc.setTextAlign(TextAlignment.CENTER);
        for (Map.Entry<String, String> badge : badges.entrySet()) {
            Bounds b = geometry.boundsOf(badge.getKey());
            if (b == null) {
                continue;
            }
            String text = badge.getValue();
            measure.setText(text);
            double w = measure.getLayoutBounds().getWidth() + 16;
            double cx = b.getMaxX() - 6;
            double cy = b.getMinY() - 4;
            double h = badgeFont.getSize() + 8; // 20 at the base font; grows with the theme's text
            gc.setFill(CanvasTheme.current().hot());
            gc.fillRoundRect(cx - w / 2, cy - h / 2, w, h, h, h);
            gc.setFill(CanvasTheme.current().badgeText());
            gc.fillText(text, cx, cy + badgeFont.getSize() * 0.375);
        }
    }
}
