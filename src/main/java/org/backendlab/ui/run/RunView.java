package org.backendlab.ui.run;

import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import org.backendlab.model.Node;
import org.backendlab.ui.dashboard.DashboardView;
import org.backendlab.ui.editor.DiagramView;
import org.backendlab.ui.text.Messages;

/**
 * Puts the running side into the main window: time and send controls in the toolbar, the run overlay
 * (dots and narration, {@link RunOverlay}) over the canvas, traffic controls and the dashboard at the
 * bottom. Built again with the window (language switch); the {@link RunViewModel} stays.
 */
public final class RunView {

    public static final String STYLESHEET = "/css/run.css";
    /** Dots on screen at most in the window (the benchmark uses more). */
    public static final int WINDOW_DOTS = 400;

    private final RunViewModel vm;
    private final StackPane canvasHost;
    private final RunOverlay overlay;
    private final TrafficBar traffic;
    private final DashboardView dashboard;
    private final StackPane dashboardHost;
    private final Messages text;
    private final LiveSections live;
    private final TimeControls timeControls;
    /** Numbers for the unlabelled load bars under a node, shown while the pointer is on them. */
    private final Tooltip glanceTip = new Tooltip();
    private final EventHandler<MouseEvent> glanceHover = this::hoverGlance;
    private final EventHandler<MouseEvent> glanceLeave = e -> glanceTip.hide();

    public RunView(RunViewModel vm, DiagramView canvas, HBox toolbar, StackPane dashboardHost, Messages text) {
        this.vm = vm;
        this.dashboardHost = dashboardHost;
        this.canvasHost = (StackPane) canvas.getParent();
        this.text = text;
        timeControls = new TimeControls(vm, text, toolbar);

        overlay = new RunOverlay(vm, canvas, text, WINDOW_DOTS, false);

        traffic = new TrafficBar(vm, text);
        dashboard = new DashboardView(vm.dashboard(), text);
        HBox bottom = new HBox(traffic, dashboard);
        bottom.getStyleClass().add("run-bottom");
        HBox.setHgrow(dashboard, Priority.ALWAYS);
        dashboardHost.getChildren().setAll(bottom);
        dashboardHost.setManaged(true);
        dashboardHost.setVisible(true);
        javafx.scene.Parent top = canvasHost;
        while (top.getParent() != null) {
            top = top.getParent();
        }
        if (!top.getStylesheets().contains(stylesheet())) {
            top.getStylesheets().add(stylesheet());
        }

        live = new LiveSections(vm, text);
        glanceTip.setId("glance-tip");
        canvasHost.addEventFilter(MouseEvent.MOUSE_MOVED, glanceHover);
        canvasHost.addEventFilter(MouseEvent.MOUSE_EXITED, glanceLeave);
        toolbar.sceneProperty().addListener((o, was, scene) -> keys(scene));
        keys(toolbar.getScene());
    }

    static String stylesheet() {
        return RunView.class.getResource(STYLESHEET).toExternalForm();
    }

    /** Replaces the dot layer by one that holds up to {@code capacity} dots (the benchmark uses 1,000). */
    public void setDotCapacity(int capacity) {
        overlay.setDotCapacity(capacity);
    }

    public DotLayer layer() {
        return overlay.layer();
    }

    /** Dots and narration over the main canvas. */
    public RunOverlay overlay() {
        return overlay;
    }

    /** The inspector's live part for the selected node. */
    public LiveSections liveSections() {
        return live;
    }

    public DashboardView dashboard() {
        return dashboard;
    }

    /** F5 play/pause, F6 step, F7 send a request: the classroom drives the run from the keyboard. */
    private void keys(Scene scene) {
        if (scene == null) {
            return;
        }
        var keys = scene.getAccelerators();
        keys.put(new KeyCodeCombination(KeyCode.F5), vm::togglePlaying);
        keys.put(new KeyCodeCombination(KeyCode.F6), vm::step);
        keys.put(new KeyCodeCombination(KeyCode.F7), vm::sendOne);
    }

    private void hoverGlance(MouseEvent e) {
        DotLayer layer = overlay.layer();
        javafx.geometry.Point2D at = layer.sceneToLocal(e.getSceneX(), e.getSceneY());
        NodeGlance g = at == null ? null : layer.glanceAt(at.getX(), at.getY());
        if (g == null) {
            glanceTip.hide();
            return;
        }
        String words = glanceWords(g);
        if (!words.equals(glanceTip.getText())) {
            glanceTip.setText(words);
        }
        if (!glanceTip.isShowing()) {
            glanceTip.show(canvasHost, e.getScreenX() + 14, e.getScreenY() + 14);
        }
    }

    /** "API server 1 / CPU 64% · threads 16% · queue 0 of 50 / Click the box ..." for one node's bars. */
    String glanceWords(NodeGlance g) {
        String name = vm.diagram().node(g.id).map(Node::label).orElse(g.id);
        String load = text.get("glance.tip", org.backendlab.ui.text.Numbers.percent(g.cpu),
                org.backendlab.ui.text.Numbers.percent(g.threads), g.queue, g.queueCapacity);
        if (g.hitPercent >= 0) {
            load += text.get("glance.tip.hits", g.hitPercent);
        }
        return name + "\n" + load + "\n" + text.get("glance.tip.more");
    }

    public void dispose() {
        canvasHost.removeEventFilter(MouseEvent.MOUSE_MOVED, glanceHover);
        canvasHost.removeEventFilter(MouseEvent.MOUSE_EXITED, glanceLeave);
        glanceTip.hide();
        overlay.dispose();
        timeControls.dispose();
        traffic.dispose();
        dashboard.dispose();
        live.dispose();
    }
}
