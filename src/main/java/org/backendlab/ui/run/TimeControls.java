package org.backendlab.ui.run;

import org.backendlab.ui.widgets.WordCell;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import org.controlsfx.control.SegmentedButton;
import javafx.geometry.Orientation;
import javafx.scene.layout.HBox;
import org.backendlab.model.RequestKind;
import org.backendlab.sim.CacheForce;
import org.backendlab.ui.editor.EditorViewModel;
import org.backendlab.ui.text.Numbers;
import org.backendlab.ui.text.Messages;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The toolbar part of running: send one request (kind, cache hit or miss), play/pause, step, speed,
 * restart, the simulated clock and, when the engine falls behind, the speed actually reached.
 */
final class TimeControls {

    private final Button play = new Button();
    private final FontIcon playIcon = new FontIcon("mdi2p-play");
    private final Label clockLabel = new Label();
    private final Label reached = new Label();
    /** Window width below which buttons show icons only. */
    static final double COMPACT_BELOW = 1750;
    private final javafx.beans.property.BooleanProperty compact = new javafx.beans.property.SimpleBooleanProperty(false);
    private javafx.beans.value.ChangeListener<Long> originRefresher;
    private EditorViewModel editor;

    private javafx.util.Subscription subscriptions = javafx.util.Subscription.EMPTY;

    void dispose() {
        subscriptions.unsubscribe();
        editor.revisionProperty().removeListener(originRefresher);
    }

    TimeControls(RunViewModel vm, Messages text, HBox into) {
        SimClock clock = vm.clock();
        EditorViewModel editor = vm.editor();

        ComboBox<RequestKind> kind = combo("send-kind", RequestKind.values(), k -> text.of("send.kind", k),
                text.get("send.kind.tip"));
        kind.valueProperty().bindBidirectional(vm.sendKindProperty());
        ComboBox<CacheForce> force = combo("send-force", CacheForce.values(), f -> text.of("send.force", f),
                text.get("send.force.tip"));
        force.valueProperty().bindBidirectional(vm.cacheForceProperty());
        ComboBox<String> origin = new ComboBox<>();
        origin.setId("send-origin");
        origin.setTooltip(new Tooltip(text.get("send.origin.tip")));
        Function<String, String> label = id -> id == null ? "" : vm.diagram().node(id).map(n -> n.label()).orElse(id);
        WordCell.showInWords(origin, label);
        Runnable fillOrigins = () -> {
            var ids = vm.origins();
            if (!origin.getItems().equals(ids)) {
                origin.getItems().setAll(ids);
            }
            String wanted = vm.sendOriginProperty().get();
            origin.setValue(wanted != null && ids.contains(wanted) ? wanted : ids.isEmpty() ? null : ids.get(0));
        };
        fillOrigins.run();
        origin.valueProperty().addListener((o, a, b) -> vm.sendOriginProperty().set(b));
        originRefresher = (o, a, b) -> fillOrigins.run();
        editor.revisionProperty().addListener(originRefresher);
        this.editor = editor;
        Button send = button("send-request", "mdi2s-send", text.get("send.button"), text.get("send.button.tip"));
        send.getStyleClass().add("run-send");
        send.setOnAction(e -> vm.sendOne());

        play.setId("run-play");
        play.setGraphic(playIcon);
        play.getStyleClass().add("run-button");
        Tooltip playTip = new Tooltip();
        play.setTooltip(playTip);
        Runnable showPlaying = () -> {
            boolean on = clock.isPlaying();
            playIcon.setIconLiteral(on ? "mdi2p-pause" : "mdi2p-play");
            play.setText(on ? text.get("time.pause") : text.get("time.play"));
            playTip.setText(on ? text.get("time.pause.tip") : text.get("time.play.tip"));
        };
        showPlaying.run();
        subscriptions = subscriptions.and(clock.playingProperty().subscribe(showPlaying));
        play.setOnAction(e -> vm.togglePlaying());

        Button step = button("run-step", "mdi2s-step-forward", text.get("time.step"), text.get("time.step.tip"));
        step.disableProperty().bind(clock.playingProperty());
        step.setOnAction(e -> vm.step());

        SegmentedButton speed = speedButtons(clock, text, s -> subscriptions = subscriptions.and(s));
        subscriptions = subscriptions.and(clock.speedProperty().subscribe((a, b) -> {
            if (b != null) {
                editor.say("status.speed", new org.backendlab.ui.text.Phrase("time.speed." + b.name(), java.util.List.of()));
            }
        }));

        Button restart = button("run-restart", "mdi2r-restart", null, text.get("time.reset.tip"));
        restart.setOnAction(e -> vm.restart());

        clockLabel.setId("run-clock");
        clockLabel.getStyleClass().add("run-clock");
        clockLabel.setTooltip(new Tooltip(text.get("time.clock.tip")));
        clockLabel.textProperty().bind(Bindings.createStringBinding(
                () -> text.get("time.clock", Numbers.seconds(clock.time())), clock.timeProperty()));
        clockLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);

        reached.setId("run-reached");
        reached.getStyleClass().add("run-reached");
        reached.setTooltip(new Tooltip(text.get("time.reached.tip")));
        reached.textProperty().bind(Bindings.createStringBinding(
                () -> text.get("time.reached", String.format(java.util.Locale.ROOT, "%.1f", clock.achievedSpeedProperty().get())),
                clock.achievedSpeedProperty()));
        reached.visibleProperty().bind(clock.behindProperty().and(clock.playingProperty()));
        reached.managedProperty().bind(reached.visibleProperty());

        // On a narrow window the buttons show only their icons (the tooltips keep the words), so the run
        // controls stay in the toolbar instead of falling into its overflow menu.
        into.sceneProperty().addListener((o, was, scene) -> {
            if (scene != null) {
                compact.bind(scene.widthProperty().lessThan(COMPACT_BELOW));
            }
        });
        for (Button b : new Button[] {send, play, step}) {
            b.contentDisplayProperty().bind(javafx.beans.binding.Bindings.when(compact)
                    .then(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY).otherwise(javafx.scene.control.ContentDisplay.LEFT));
        }
        for (ComboBox<?> box : new ComboBox<?>[] {origin, kind, force}) {
            box.maxWidthProperty().bind(javafx.beans.binding.Bindings.when(compact).then(104.0).otherwise(Double.MAX_VALUE));
        }
        into.setAlignment(Pos.CENTER_LEFT);
        into.getChildren().setAll(origin, kind, force, send, new Separator(Orientation.VERTICAL), play, step, speed, restart,
                clockLabel, reached);
    }

    /** One toggle per speed (ControlsFX SegmentedButton): the factor on the button, its words in the tooltip. */
    private static SegmentedButton speedButtons(SimClock clock, Messages text,
                                                java.util.function.Consumer<javafx.util.Subscription> keep) {
        SegmentedButton group = new SegmentedButton();
        group.setId("run-speed");
        for (Speed s : Speed.values()) {
            ToggleButton b = new ToggleButton(factor(s));
            b.setId("run-speed-" + s.name().toLowerCase(java.util.Locale.ROOT));
            b.setUserData(s);
            b.setTooltip(new Tooltip(text.of("time.speed", s) + ": " + text.get("time.speed.tip")));
            group.getButtons().add(b);
        }
        Runnable show = () -> group.getButtons().forEach(b -> b.setSelected(b.getUserData() == clock.speedProperty().get()));
        show.run();
        keep.accept(clock.speedProperty().subscribe(show));
        group.getToggleGroup().selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                show.run(); // one speed is always chosen
            } else if (b.getUserData() != clock.speedProperty().get()) {
                clock.speedProperty().set((Speed) b.getUserData());
            }
        });
        return group;
    }

    private static String factor(Speed s) {
        double f = s.factor();
        return (f == Math.rint(f) ? String.valueOf((long) f) : String.valueOf(f)) + "\u00d7";
    }

    private static Button button(String id, String icon, String label, String tip) {
        Button b = new Button(label, new FontIcon(icon));
        b.setId(id);
        b.getStyleClass().add("run-button");
        b.setTooltip(new Tooltip(tip));
        return b;
    }

    static <T> ComboBox<T> combo(String id, T[] values, Function<T, String> words, String tip) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(values);
        box.setTooltip(new Tooltip(tip));
        WordCell.showInWords(box, words);
        return box;
    }
}
