package org.backendlab.ui.run;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.backendlab.ui.text.Messages;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The story of the request in flight, over the canvas: a caption with the step it is at now and a log of
 * every step so far. Hidden until a request is sent; closed with its close button, or by itself a few
 * seconds after the story ended (unless the pointer is on it). The run view puts it in the canvas corner
 * that hides the fewest nodes.
 */
final class NarrationView extends VBox {

    static final String ID = "run-narration";
    static final String PROJECTED_ID = "projected-narration";
    private static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");
    private static final PseudoClass FAILURE = PseudoClass.getPseudoClass("failure");

    private final ListView<NarrationLine> log = new ListView<>();
    private final ListChangeListener<NarrationLine> scroller = c -> {
        if (!log.getItems().isEmpty()) {
            log.scrollTo(log.getItems().size() - 1);
        }
    };
    private final NarrationViewModel vm;
    /** Seconds the panel stays after the story ended, then it hides by itself (the log keeps the story). */
    static final double LINGER_SECONDS = 8;
    private final BooleanProperty hidden = new SimpleBooleanProperty(false);
    private double sinceEnd;
    /** A new story shows the panel again after it was closed. */
    private final ListChangeListener<NarrationLine> reopen = c -> {
        if (c.getList().size() == 1) {
            hidden.set(false);
        }
    };

    NarrationView(NarrationViewModel vm, Messages text) {
        this(vm, text, false);
    }

    /** @param captionOnly the projected form: only the caption, big; no title, close button or log */
    NarrationView(NarrationViewModel vm, Messages text, boolean captionOnly) {
        this.vm = vm;
        setId(captionOnly ? PROJECTED_ID : ID);
        getStyleClass().add("run-narration");
        if (captionOnly) {
            getStyleClass().add("run-narration-projected");
        }
        setPickOnBounds(false);
        Label title = new Label(text.get("narration.title"));
        title.getStyleClass().add("run-narration-title");
        Button close = new Button(text.get("narration.close"), new FontIcon("mdi2c-close"));
        close.setId("run-narration-close");
        close.getStyleClass().add("run-narration-close");
        close.setTooltip(new Tooltip(text.get("narration.close.tip")));
        close.setOnAction(e -> hidden.set(true));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox head = new HBox(title, gap, close);
        head.setAlignment(Pos.CENTER_LEFT);
        Label caption = new Label();
        caption.setId(captionOnly ? "projected-caption" : "run-caption");
        caption.getStyleClass().add("run-caption");
        caption.setWrapText(true);
        caption.setTooltip(new Tooltip(text.get("narration.caption.tip")));
        caption.textProperty().bind(Bindings.createStringBinding(
                () -> vm.current() == null ? "" : text.get(vm.current().phrase()), vm.captionProperty()));
        captionSubscription = vm.captionProperty().subscribe(line -> {
            caption.pseudoClassStateChanged(WARNING, line != null && line.warning());
            caption.pseudoClassStateChanged(FAILURE, line != null && line.end() != null);
        });
        log.setId("run-log");
        log.getStyleClass().add("run-log");
        log.setTooltip(new Tooltip(text.get("narration.log.tip")));
        log.setItems(vm.log());
        log.setFocusTraversable(false);
        log.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(NarrationLine line, boolean empty) {
                super.updateItem(line, empty);
                setText(empty || line == null ? null : text.get(line.phrase()));
                setWrapText(true);
                pseudoClassStateChanged(WARNING, !empty && line != null && line.warning());
                pseudoClassStateChanged(FAILURE, !empty && line != null && line.end() != null);
            }
        });
        log.getItems().addListener(scroller);
        log.setPrefHeight(72);
        if (captionOnly) {
            getChildren().add(caption);
            setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        } else {
            getChildren().addAll(head, caption, log);
            setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
            setPrefWidth(400);
        }
        StackPane.setAlignment(this, Pos.BOTTOM_LEFT);
        StackPane.setMargin(this, new javafx.geometry.Insets(12));
        vm.log().addListener(reopen);
        visibleProperty().bind(Bindings.isNotEmpty(vm.log()).and(hidden.not()));
    }

    /**
     * Called every frame with the wall seconds that passed: once the story is complete the panel lingers
     * {@link #LINGER_SECONDS} (longer while the pointer is on it) and then hides itself.
     */
    void tick(double wallSeconds) {
        if (!isVisible() || !vm.completeProperty().get() || isHover()) {
            sinceEnd = 0;
            return;
        }
        sinceEnd += wallSeconds;
        if (sinceEnd >= LINGER_SECONDS) {
            hidden.set(true);
            sinceEnd = 0;
        }
    }

    private javafx.util.Subscription captionSubscription;

    void dispose() {
        captionSubscription.unsubscribe();
        log.getItems().removeListener(scroller);
        log.setItems(null);
        vm.log().removeListener(reopen);
        visibleProperty().unbind();
    }
}
