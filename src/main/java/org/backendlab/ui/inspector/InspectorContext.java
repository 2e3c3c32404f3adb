package org.backendlab.ui.inspector;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.backendlab.model.Diagram;
import org.backendlab.model.Node;
import org.backendlab.ui.editor.EditorViewModel;
import org.backendlab.ui.text.Messages;

/**
 * What every inspector section shares: the words, the node being shown, one way to change it (an undoable
 * edit through the editor view-model) and the list of controls to refresh when the diagram changes.
 */
final class InspectorContext {

    private final EditorViewModel vm;
    private final Messages messages;
    private final List<Consumer<Node>> refreshers = new ArrayList<>();
    private String shownId;
    private boolean updating;

    InspectorContext(EditorViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
    }

    Messages messages() {
        return messages;
    }

    EditorViewModel vm() {
        return vm;
    }

    Diagram diagram() {
        return vm.diagram();
    }

    /** Starts showing another node (or none): the controls of the last one are forgotten. */
    void show(String nodeId) {
        shownId = nodeId;
        refreshers.clear();
    }

    String shownId() {
        return shownId;
    }

    Optional<Node> shown() {
        return shownId == null ? Optional.empty() : diagram().node(shownId);
    }

    /** Registers a control's way of showing the node's current settings. */
    void onRefresh(Consumer<Node> refresher) {
        refreshers.add(refresher);
    }

    /** Shows the node's current settings in every control; changes made meanwhile are not edits. */
    void refresh() {
        shown().ifPresent(node -> {
            updating = true;
            try {
                for (Consumer<Node> r : List.copyOf(refreshers)) {
                    r.accept(node);
                }
            } finally {
                updating = false;
            }
        });
    }

    /** True while controls are being set from the diagram, when their listeners must not edit. */
    boolean isUpdating() {
        return updating;
    }

    /**
     * Changes the shown node as one undoable edit; false when nothing changed (controls being refreshed,
     * no node, or the same settings).
     */
    boolean edit(UnaryOperator<Node> change) {
        if (updating) {
            return false;
        }
        Optional<Node> node = shown();
        return node.isPresent() && vm.change(change.apply(node.get()));
    }
}
