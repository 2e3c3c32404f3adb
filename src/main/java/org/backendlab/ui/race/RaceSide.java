package org.backendlab.ui.race;

import javafx.beans.InvalidationListener;
import javafx.geometry.Pos;
import javafx.scene.CacheHint;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;
import javafx.util.Subscription;
import org.backendlab.ui.editor.DiagramView;
import org.backendlab.ui.editor.EditorViewModel;
import org.backendlab.ui.run.RunOverlay;
import org.backendlab.ui.run.DotLayer;
import org.backendlab.ui.run.FlowFeed;
import org.backendlab.ui.run.RunViewModel;
import org.backendlab.ui.text.Messages;

/**
 * One side of the race: a diagram view of one design (read-only for A, editable for B) with its own zoom,
 * a dot layer fed by that design's flow, and a heading that says which design it is.
 */
final class RaceSide extends StackPane {

    /** Dots on screen at most per side (two sides share the window's budget). */
    static final int DOTS = 250;

    private final DiagramView canvas;
    private final DotLayer layer = new DotLayer(DOTS);
    private final FlowFeed flow;
    private final EditorViewModel editor;
    private final RaceViewModel vm;
    private final Subscription drawing;
    private final InvalidationListener freshRun = o -> layer.clearDots();
    private final InvalidationListener redrawLater = o -> redraw = true;
    private boolean redraw = true;
    private boolean fitted;

    RaceSide(RaceViewModel vm, EditorViewModel editor, FlowFeed flow, boolean editable, String side,
             Messages messages, Messages text) {
        this.vm = vm;
        this.flow = flow;
        this.editor = editor;
        canvas = editable ? new DiagramView(editor, messages) : DiagramView.readOnly(editor, messages);
        canvas.setId("race-canvas-" + side);
        canvas.setCache(true);
        canvas.setCacheHint(CacheHint.QUALITY);
        setId("race-side-" + side);
        getStyleClass().addAll("race-side", "race-side-" + side);
        layer.setId("race-dots-" + side);
        layer.setManaged(false);
        layer.setMouseTransparent(true);
        layer.widthProperty().bind(widthProperty());
        layer.heightProperty().bind(heightProperty());
        layer.setGeometry(RunOverlay.geometry(canvas));
        layer.setHitWords(p -> text.get("glance.hits", p));
        Label heading = new Label(text.get("race.side." + side));
        heading.setId("race-heading-" + side);
        heading.getStyleClass().addAll("race-heading", "race-heading-" + side);
        heading.setTooltip(new Tooltip(text.get("race.side." + side + ".tip")));
        heading.setMaxWidth(USE_PREF_SIZE);
        StackPane.setAlignment(heading, Pos.TOP_LEFT);
        getChildren().addAll(canvas, layer, heading);
        drawing = vm.run().onFrame(this::frame);
        vm.generationProperty().addListener(freshRun);
        canvas.viewport().zoomProperty().addListener(redrawLater);
        canvas.viewport().panXProperty().addListener(redrawLater);
        canvas.viewport().panYProperty().addListener(redrawLater);
        editor.revisionProperty().addListener(redrawLater);
        vm.comparisonProperty().addListener(redrawLater);
    }

    private void frame(double wallSeconds, double simulatedSeconds) {
        if (simulatedSeconds <= 0 && !redraw) {
            return;
        }
        redraw = false;
        if (simulatedSeconds > 0) {
            layer.advance(wallSeconds);
            flow.spawnInto(layer, (int) Math.ceil(layer.capacity() * wallSeconds / 1.5));
        }
        layer.setGlances(flow.glances());
        layer.setWireLoads(flow.wires());
        layer.draw();
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        if (!fitted && getWidth() > 0 && getHeight() > 0) {
            // the first time this side has a size (a race started, or the window was rebuilt mid-race)
            fitted = true;
            javafx.application.Platform.runLater(this::fit);
        }
    }

    DiagramView canvas() {
        return canvas;
    }

    DotLayer layer() {
        return layer;
    }

    void fit() {
        fitted = true;
        canvas.fitToView();
        redraw = true;
    }

    void dispose() {
        drawing.unsubscribe();
        vm.generationProperty().removeListener(freshRun);
        vm.comparisonProperty().removeListener(redrawLater);
        canvas.viewport().zoomProperty().removeListener(redrawLater);
        canvas.viewport().panXProperty().removeListener(redrawLater);
        canvas.viewport().panYProperty().removeListener(redrawLater);
        editor.revisionProperty().removeListener(redrawLater);
        canvas.dispose();
    }
}
