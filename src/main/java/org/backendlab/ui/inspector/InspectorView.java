package org.backendlab.ui.inspector;

import java.util.List;
import javafx.beans.value.ChangeListener;
import javafx.collections.SetChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.backendlab.model.BalancePolicy;
import org.backendlab.model.Link;
import org.backendlab.model.Node;
import org.backendlab.ui.widgets.KindIcons;
import org.backendlab.ui.editor.EditorViewModel;
import org.backendlab.ui.text.Messages;

/**
 * The inspector: every design-time setting of the selected node (or the selected wire's delay), one
 * section per concern. Each change is one undoable edit through the editor view-model; when the diagram
 * changes (an edit, undo, redo) the fields show the new values. Run-time state is not shown here but in
 * the slot the run layer fills through {@link #setRuntimeSection}.
 */
public final class InspectorView extends ScrollPane {

    private final EditorViewModel vm;
    private final Messages messages;
    private final Summaries summaries;
    private final InspectorContext ctx;
    private final Fields fields;
    private final VBox body = new VBox();
    private final VBox runtimeSlot = new VBox();
    private final SetChangeListener<String> selectionListener = c -> refresh();
    private final ChangeListener<Long> revisionListener = (o, a, b) -> refresh();
    private RuntimeSection runtime;
    private LinkSection linkSection;
    private String shownLinkId;

    public InspectorView(EditorViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
        this.summaries = new Summaries(messages);
        this.ctx = new InspectorContext(vm, messages);
        this.fields = new Fields(ctx);
        setId("inspector");
        getStyleClass().add("inspector");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        body.getStyleClass().add("inspector-body");
        runtimeSlot.setId("inspector-runtime");
        runtimeSlot.getStyleClass().add("inspector-runtime");
        runtimeSlot.managedProperty().bind(runtimeSlot.visibleProperty());
        setContent(body);
        vm.selectedNodes().addListener(selectionListener);
        vm.selectedLinks().addListener(selectionListener);
        vm.revisionProperty().addListener(revisionListener);
        refresh();
    }

    public void dispose() {
        vm.selectedNodes().removeListener(selectionListener);
        vm.selectedLinks().removeListener(selectionListener);
        vm.revisionProperty().removeListener(revisionListener);
    }

    /**
     * Lets the run layer show a node's run-time controls (down/up, autoscaled instances) in the inspector,
     * under the node's name and apart from its settings; null removes them.
     */
    public void setRuntimeSection(RuntimeSection section) {
        runtime = section;
        ctx.show(null);
        shownLinkId = null;
        refresh();
    }

    /** The container of the run-time controls of the shown node (empty and hidden when there are none). */
    public VBox runtimeSlot() {
        return runtimeSlot;
    }

    private void refresh() {
        var selected = vm.singleSelection();
        if (selected.isPresent()) {
            shownLinkId = null;
            Node node = selected.get();
            if (!node.id().equals(ctx.shownId())) {
                ctx.show(node.id());
                build(node);
            }
            ctx.refresh();
            if (runtime != null) {
                runtime.refresh(node);
            }
            return;
        }
        ctx.show(null);
        var link = selectedLink();
        if (link != null) {
            if (!link.id().equals(shownLinkId)) {
                shownLinkId = link.id();
                showLink(link);
            }
            linkSection.show();
            return;
        }
        shownLinkId = null;
        showHint();
    }

    private Link selectedLink() {
        if (!vm.selectedNodes().isEmpty() || vm.selectedLinks().size() != 1) {
            return null;
        }
        String id = vm.selectedLinks().iterator().next();
        return vm.diagram().links().stream().filter(l -> l.id().equals(id)).findFirst().orElse(null);
    }

    private void showHint() {
        int count = vm.selectedNodes().size() + vm.selectedLinks().size();
        Label title = heading(count > 1 ? messages.text("inspector.many", count) : messages.text("inspector.none"));
        Label summary = new Label(messages.text("inspector.diagramSummary",
                vm.diagram().nodes().size(), vm.diagram().links().size()));
        summary.setWrapText(true);
        summary.getStyleClass().add("inspector-summary");
        summary.setId("inspector-summary");
        body.getChildren().setAll(title, fields.hint("inspector.hint"), summary);
    }

    private void showLink(Link link) {
        linkSection = new LinkSection(ctx, fields, link);
        body.getChildren().setAll(heading(messages.text("inspector.link.title")), linkSection);
    }

    private void build(Node node) {
        Label title = heading(messages.kindName(node.kind()));
        title.setGraphic(KindIcons.of(node.kind()));
        title.getStyleClass().add(KindIcons.styleClass(node.kind()));
        body.getChildren().setAll(title, new NameSection(ctx, fields, node));
        if (node.traffic() != null) {
            body.getChildren().add(new TrafficSection(ctx, fields));
        }
        if (node.rules() != null) {
            body.getChildren().add(new FirewallRulesEditor(ctx, fields));
        }
        if (node.policy() != null) {
            GridPane grid = Fields.grid();
            fields.row(grid, fields.choice("inspector-policy", List.of(BalancePolicy.values()),
                    p -> messages.text("policy." + p.name()), Node::policy, Node::withPolicy));
            body.getChildren().addAll(fields.title("inspector.section.balancing"), grid);
        }
        if (node.cache() != null) {
            body.getChildren().add(new CacheSection(ctx, fields));
        }
        if (node.monitoring() != null) {
            body.getChildren().add(new MonitoringSection(fields));
        }
        if (node.server() != null) {
            body.getChildren().add(new CapacitySection(ctx, fields, summaries));
            body.getChildren().add(new AutoscalingSection(ctx, fields));
        }
        body.getChildren().addAll(fields.title("inspector.section.wires"),
                fields.summary("inspector-wires", n -> summaries.wires(n, vm.diagram())));
        // Live figures go below every setting: they grow and shrink as the run changes (an instance list
        // appears when a server scales out), and a control must never move under the learner's pointer.
        javafx.scene.Node live = runtime == null ? null : runtime.build(node);
        runtimeSlot.getChildren().setAll(live == null ? List.of() : List.of(live));
        runtimeSlot.setVisible(live != null);
        body.getChildren().add(runtimeSlot);
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("inspector-title");
        label.setWrapText(true);
        return label;
    }
}
