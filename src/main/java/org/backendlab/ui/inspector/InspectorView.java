package org.backendlab.ui.inspector;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.value.ChangeListener;
import javafx.collections.SetChangeListener;
import javafx.geometry.HPos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.backendlab.model.BalancePolicy;
import org.backendlab.model.InstanceSize;
import org.backendlab.model.Node;
import org.backendlab.ui.KindIcons;
import org.backendlab.ui.editor.EditorViewModel;
import org.backendlab.ui.i18n.Messages;

/**
 * The inspector: the label and settings of the selected node. Each change is one undoable edit through
 * the editor view-model; when the diagram changes (undo, redo) the fields show the new values.
 */
public final class InspectorView extends ScrollPane {

    private final EditorViewModel vm;
    private final Messages messages;
    private final Summaries summaries;
    private final VBox body = new VBox();
    private final List<Consumer<Node>> refreshers = new ArrayList<>();
    private final SetChangeListener<String> selectionListener = c -> refresh();
    private final ChangeListener<Long> revisionListener = (o, a, b) -> refresh();
    private String shownId;
    private boolean updating;

    public InspectorView(EditorViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
        this.summaries = new Summaries(messages);
        setId("inspector");
        getStyleClass().add("inspector");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        body.getStyleClass().add("inspector-body");
        setContent(body);
        vm.selectedNodes().addListener(selectionListener);
        vm.revisionProperty().addListener(revisionListener);
        refresh();
    }

    public void dispose() {
        vm.selectedNodes().removeListener(selectionListener);
        vm.revisionProperty().removeListener(revisionListener);
    }

    private void refresh() {
        var selected = vm.singleSelection();
        if (selected.isEmpty()) {
            shownId = null;
            refreshers.clear();
            showHint();
            return;
        }
        Node node = selected.get();
        if (!node.id().equals(shownId)) {
            shownId = node.id();
            build(node);
        }
        updating = true;
        try {
            refreshers.forEach(r -> r.accept(node));
        } finally {
            updating = false;
        }
    }

    private void showHint() {
        int count = vm.selectedNodes().size();
        Label title = heading(count > 1 ? messages.text("inspector.many", count) : messages.text("inspector.none"));
        Label hint = new Label(messages.text("inspector.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("inspector-hint");
        Label summary = new Label(messages.text("inspector.diagramSummary",
                vm.diagram().nodes().size(), vm.diagram().links().size()));
        summary.setWrapText(true);
        summary.getStyleClass().add("inspector-summary");
        summary.setId("inspector-summary");
        body.getChildren().setAll(title, hint, summary);
    }

    private void build(Node node) {
        refreshers.clear();
        Label title = heading(messages.kindName(node.kind()));
        title.setGraphic(KindIcons.of(node.kind()));
        title.getStyleClass().add(KindIcons.styleClass(node.kind()));
        GridPane grid = grid();
        Rows rows = new Rows(grid);

        TextField label = new TextField();
        label.setId("inspector-label");
        label.setTooltip(new Tooltip(messages.text("inspector.label.tooltip")));
        label.setOnAction(e -> commitLabel(label));
        label.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                commitLabel(label);
            }
        });
        refreshers.add(n -> {
            if (!label.isFocused() || !label.getText().equals(n.label())) {
                label.setText(n.label());
            }
        });
        rows.add("inspector.label", label);
        Label id = new Label(node.id());
        id.setId("inspector-id");
        id.getStyleClass().add("inspector-value");
        rows.add("inspector.id", id);
        body.getChildren().setAll(title, grid);

        if (node.server() != null) {
            body.getChildren().add(section("inspector.section.capacity"));
            GridPane capacity = grid();
            Rows r = new Rows(capacity);
            r.add("inspector.size", sizeChooser());
            r.add("inspector.instances", intSpinner("inspector-instances", 1, 100,
                    n -> n.server().instances(), (n, v) -> n.withServer(n.server().withInstances(v))));
            r.add("inspector.threads", intSpinner("inspector-threads", 1, 2000,
                    n -> n.server().threads(), (n, v) -> n.withServer(n.server().withThreads(v))));
            r.add("inspector.queue", intSpinner("inspector-queue", 0, 100_000,
                    n -> n.server().queue(), (n, v) -> n.withServer(n.server().withQueue(v))));
            r.add("inspector.timeout", intSpinner("inspector-timeout", 0, 600_000,
                    n -> (int) Math.round(n.server().timeoutMs()), (n, v) -> n.withServer(n.server().withTimeoutMs(v))));
            body.getChildren().add(capacity);
            body.getChildren().add(summaryLabel("inspector-cost", summaries::cost));
            body.getChildren().add(summaryLabel("inspector-service", summaries::service));
            body.getChildren().add(summaryLabel("inspector-autoscaling", summaries::autoscaling));
        }
        if (node.cache() != null) {
            body.getChildren().add(section("inspector.section.cache"));
            GridPane cache = grid();
            Rows r = new Rows(cache);
            CheckBox on = new CheckBox(messages.text("inspector.cache.enabled"));
            on.setId("inspector-cache-enabled");
            on.setTooltip(new Tooltip(messages.text("inspector.cache.enabled.tooltip")));
            refreshers.add(n -> on.setSelected(n.cache().enabled()));
            on.selectedProperty().addListener((o, a, b) -> edit(n -> n.withCache(n.cache().withEnabled(b))));
            r.add("inspector.cache.state", on);
            r.add("inspector.cache.capacity", intSpinner("inspector-cache-capacity", 1, 10_000_000,
                    n -> n.cache().capacity(), (n, v) -> n.withCache(n.cache().withCapacity(v))));
            r.add("inspector.cache.ttl", intSpinner("inspector-cache-ttl", 1, 86_400,
                    n -> (int) Math.round(n.cache().ttlSeconds()), (n, v) -> n.withCache(n.cache().withTtlSeconds(v))));
            body.getChildren().add(cache);
        }
        if (node.traffic() != null) {
            body.getChildren().add(section("inspector.section.traffic"));
            GridPane traffic = grid();
            Rows r = new Rows(traffic);
            r.add("inspector.rate", intSpinner("inspector-rate", 0, 20_000,
                    n -> (int) Math.round(n.traffic().rate()), (n, v) -> n.withTraffic(n.traffic().withRate(v))));
            body.getChildren().add(traffic);
            body.getChildren().add(summaryLabel("inspector-mix", summaries::traffic));
        }
        if (node.policy() != null) {
            body.getChildren().add(section("inspector.section.balancing"));
            GridPane balancing = grid();
            new Rows(balancing).add("inspector.policy", policyChooser());
            body.getChildren().add(balancing);
        }
        if (node.rules() != null) {
            body.getChildren().add(section("inspector.section.rules"));
            body.getChildren().add(summaryLabel("inspector-rules", n -> summaries.rules(n, vm.diagram())));
        }
        if (node.monitoring() != null) {
            body.getChildren().add(section("inspector.section.monitoring"));
            body.getChildren().add(summaryLabel("inspector-monitoring", n -> summaries.monitoring(n, vm.diagram())));
        }
        body.getChildren().add(section("inspector.section.wires"));
        body.getChildren().add(summaryLabel("inspector-wires", n -> summaries.wires(n, vm.diagram())));
        // run layer (issue 4): live sections (autoscaling, firewall rules, take down) under the settings
        if (live != null) {
            body.getChildren().addAll(live.build(node, this::edit));
            refreshers.add(live::refresh);
            return;
        }
        Label later = new Label(messages.text("inspector.liveLater"));
        later.setWrapText(true);
        later.getStyleClass().add("inspector-hint");
        body.getChildren().add(later);
    }

    // run layer (issue 4)
    private org.backendlab.ui.run.LiveSections live;

    /** Adds the run layer's live sections (issue 4) to every node shown from now on. */
    public void setLiveSections(org.backendlab.ui.run.LiveSections sections) {
        live = sections;
        shownId = null;
        refresh();
    }

    private void commitLabel(TextField field) {
        if (updating || shownId == null) {
            return;
        }
        vm.diagram().node(shownId).ifPresent(n -> {
            if (!field.getText().strip().equals(n.label()) && !vm.rename(n.id(), field.getText())) {
                field.setText(n.label());
            }
        });
    }

    private void edit(Function<Node, Node> change) {
        if (updating || shownId == null) {
            return;
        }
        vm.diagram().node(shownId).ifPresent(n -> vm.change(change.apply(n)));
    }

    private Spinner<Integer> intSpinner(String id, int min, int max, Function<Node, Integer> get,
                                        java.util.function.BiFunction<Node, Integer, Node> set) {
        Spinner<Integer> spinner = new Spinner<>(new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max, min));
        spinner.setId(id);
        spinner.setEditable(true);
        spinner.setMaxWidth(Double.MAX_VALUE);
        spinner.setTooltip(new Tooltip(messages.text(id.replace('-', '.') + ".tooltip")));
        refreshers.add(n -> spinner.getValueFactory().setValue(get.apply(n)));
        spinner.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                edit(n -> set.apply(n, b));
            }
        });
        return spinner;
    }

    private ComboBox<InstanceSize> sizeChooser() {
        ComboBox<InstanceSize> box = new ComboBox<>();
        box.setId("inspector-size");
        box.getItems().setAll(InstanceSize.values());
        box.setMaxWidth(Double.MAX_VALUE);
        box.setTooltip(new Tooltip(messages.text("inspector.size.tooltip")));
        box.setCellFactory(l -> new TextCell<>(summaries::size));
        box.setButtonCell(new TextCell<>(summaries::size));
        refreshers.add(n -> box.setValue(n.server().size()));
        box.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                edit(n -> n.withServer(n.server().withSize(b)));
            }
        });
        return box;
    }

    private ComboBox<BalancePolicy> policyChooser() {
        ComboBox<BalancePolicy> box = new ComboBox<>();
        box.setId("inspector-policy");
        box.getItems().setAll(BalancePolicy.values());
        box.setMaxWidth(Double.MAX_VALUE);
        box.setTooltip(new Tooltip(messages.text("inspector.policy.tooltip")));
        box.setCellFactory(l -> new TextCell<>(p -> messages.text("policy." + p.name())));
        box.setButtonCell(new TextCell<>(p -> messages.text("policy." + p.name())));
        refreshers.add(n -> box.setValue(n.policy()));
        box.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                edit(n -> n.withPolicy(b));
            }
        });
        return box;
    }

    private Label summaryLabel(String id, Function<Node, String> text) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.getStyleClass().add("inspector-summary");
        refreshers.add(n -> label.setText(text.apply(n)));
        return label;
    }

    private Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("inspector-title");
        label.setWrapText(true);
        return label;
    }

    private Label section(String key) {
        Label label = new Label(messages.text(key));
        label.getStyleClass().add("inspector-section");
        return label;
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("inspector-grid");
        ColumnConstraints names = new ColumnConstraints();
        names.setHalignment(HPos.LEFT);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        values.setFillWidth(true);
        grid.getColumnConstraints().setAll(names, values);
        return grid;
    }

    /** Adds labelled rows to a grid. */
    private final class Rows {
        private final GridPane grid;
        private int row;

        Rows(GridPane grid) {
            this.grid = grid;
        }

        void add(String key, javafx.scene.Node field) {
            Label name = new Label(messages.text(key));
            name.getStyleClass().add("inspector-name");
            name.setLabelFor(field);
            name.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            grid.addRow(row++, name, field);
        }
    }

    private static final class TextCell<T> extends ListCell<T> {
        private final Function<T, String> text;

        TextCell(Function<T, String> text) {
            this.text = text;
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : text.apply(item));
        }
    }
}
