package org.backendlab.ui.race;

import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.backendlab.ui.editor.DiagramView;
import org.backendlab.ui.text.Messages;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The race on screen: a header with "save B" and "leave", the comparison strip, and the two designs side
 * by side (A read-only on the left, B editable on the right), each with its own dots and zoom.
 */
public final class RaceView extends BorderPane {

    public static final String STYLESHEET = "/css/race.css";

    private final RaceSide sideA;
    private final RaceSide sideB;
    private final ComparisonStrip strip;

    public RaceView(RaceViewModel vm, Messages messages, Messages text, Runnable saveB) {
        setId("race-view");
        getStyleClass().add("race-view");
        getStylesheets().add(RaceView.class.getResource(STYLESHEET).toExternalForm());
        sideA = new RaceSide(vm, vm.editorA(), vm.flowA(), false, "A", messages, text);
        sideB = new RaceSide(vm, vm.editorBProperty().get(), vm.flowB(), true, "B", messages, text);
        strip = new ComparisonStrip(vm, text);

        Label title = new Label(text.get("race.title"));
        title.setId("race-title");
        title.getStyleClass().add("race-title");
        title.setTooltip(new Tooltip(text.get("race.title.tip")));
        title.setMinWidth(Region.USE_PREF_SIZE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button save = button("race-save-b", "mdi2c-content-save-edit-outline", text.get("race.saveB"), text.get("race.saveB.tip"));
        save.setOnAction(e -> saveB.run());
        Button leave = button("race-leave", "mdi2e-exit-to-app", text.get("race.leave"), text.get("race.leave.tip"));
        leave.setOnAction(e -> vm.leave());
        HBox header = new HBox(title, gap, save, leave);
        header.getStyleClass().add("race-header");
        VBox top = new VBox(header, strip);
        top.getStyleClass().add("race-top");
        setTop(top);

        SplitPane sides = new SplitPane(sideA, sideB);
        sides.setId("race-sides");
        sides.setOrientation(Orientation.HORIZONTAL);
        sides.setDividerPositions(0.5);
        setCenter(sides);
    }

    static Button button(String id, String icon, String words, String tip) {
        Button b = new Button(words, new FontIcon(icon));
        b.setId(id);
        b.getStyleClass().add("race-button");
        b.setTooltip(new Tooltip(tip));
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }

    /** B's canvas: the one the palette adds to and the Edit menu acts on during the race. */
    public DiagramView canvasB() {
        return sideB.canvas();
    }

    public DiagramView canvasA() {
        return sideA.canvas();
    }

    /** Fits each design into its half. */
    public void fit() {
        applyCss();
        layout();
        sideA.fit();
        sideB.fit();
    }

    public void dispose() {
        sideA.dispose();
        sideB.dispose();
        strip.dispose();
    }
}
