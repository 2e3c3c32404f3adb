package org.backendlab.ui.editor;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import javafx.geometry.Point2D;
import org.backendlab.io.DiagramLimits;
import org.backendlab.io.FileProblem;
import org.backendlab.model.Diagram;
import org.backendlab.model.EditRefusedException;
import org.backendlab.model.Link;
import org.backendlab.model.LinkKind;
import org.backendlab.model.Node;
import org.backendlab.model.NodeKind;
import org.backendlab.model.edit.Edit;
import org.backendlab.model.edit.Edits;
import org.backendlab.session.Document;
import org.backendlab.session.DocumentListener;
import org.backendlab.ui.text.Phrase;

/**
 * The state of the diagram editor: the document being edited with its undo history, the selection
 * and the last thing that happened (zoom and pan belong to each view: {@link Viewport}). Every change of the diagram goes
 * through the {@link Document} gateway, so every edit can be undone and is seen by the run and lessons.
 */
public final class EditorViewModel {

    private final Document document;
    /** The diagram on show; replaced (not edited) when another document is loaded. */
    private final ReadOnlyObjectWrapper<Diagram> shown = new ReadOnlyObjectWrapper<>(this, "shown");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ObservableSet<String> selectedNodes = FXCollections.observableSet(new LinkedHashSet<>());
    private final ObservableSet<String> selectedLinks = FXCollections.observableSet(new LinkedHashSet<>());
    private final ObjectProperty<Phrase> status = new SimpleObjectProperty<>(this, "status", Phrase.of("status.ready"));
    /** Incremented when the diagram changes, so views that summarise it can refresh. */
    private final ReadOnlyObjectWrapper<Long> revision = new ReadOnlyObjectWrapper<>(this, "revision", 0L);

    /** An editor of a document of its own (tests, screenshots of one diagram). */
    public EditorViewModel(Diagram diagram) {
        this(new Document(diagram));
    }

    /**
     * The editor of a shared document. It listens to the document for as long as the document lives
     * (both are made once per app run), so it is not released.
     */
    public EditorViewModel(Document document) {
        this.document = document;
        shown.set(document.diagram());
        document.addListener(new DocumentListener() {
            @Override
            public void loaded(Diagram diagram) {
                selectedNodes.clear();
                selectedLinks.clear();
                shown.set(diagram);
            }

            @Override
            public void historyChanged() {
                EditorViewModel.this.historyChanged();
            }
        });
        historyChanged();
    }

    /** Starts editing another diagram with a fresh, clean history (the run starts afresh too). */
    public void load(Diagram diagram) {
        document.load(diagram);
    }

    /** The diagram on show; changes when another document is loaded. */
    public ReadOnlyObjectProperty<Diagram> diagramProperty() {
        return shown.getReadOnlyProperty();
    }

    /** The one gateway every change of the document goes through. */
    public Document document() {
        return document;
    }

    public Diagram diagram() {
        return document.diagram();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return dirty.get();
    }

    public ReadOnlyObjectProperty<Long> revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    public ObservableSet<String> selectedNodes() {
        return selectedNodes;
    }

    public ObservableSet<String> selectedLinks() {
        return selectedLinks;
    }

    public ObjectProperty<Phrase> statusProperty() {
        return status;
    }

    public void say(String key, Object... args) {
        status.set(Phrase.of(key, args));
    }

    /** The selected node when exactly one is selected. */
    public Optional<Node> singleSelection() {
        if (selectedNodes.size() != 1) {
            return Optional.empty();
        }
        return diagram().node(selectedNodes.iterator().next());
    }

    public void select(String nodeId) {
        selectedLinks.clear();
        selectedNodes.retainAll(Set.of(nodeId));
        selectedNodes.add(nodeId);
    }

    public void selectOnly(Set<String> nodeIds, Set<String> linkIds) {
        selectedNodes.retainAll(nodeIds);
        selectedNodes.addAll(nodeIds);
        selectedLinks.retainAll(linkIds);
        selectedLinks.addAll(linkIds);
    }

    public void toggle(String nodeId) {
        if (!selectedNodes.remove(nodeId)) {
            selectedNodes.add(nodeId);
        }
    }

    public void selectLink(String linkId) {
        selectedNodes.clear();
        selectedLinks.retainAll(Set.of(linkId));
        selectedLinks.add(linkId);
    }

    public void selectAll() {
        selectOnly(ids(diagram().nodes()), Set.of());
    }

    public void clearSelection() {
        selectedNodes.clear();
        selectedLinks.clear();
    }

    /** Adds a node of a kind centred at a diagram point, selects it and returns its id. */
    public String addNode(NodeKind kind, String baseLabel, double x, double y) {
        String id = diagram().newId(kind);
        String label = uniqueLabel(baseLabel);
        Node node = Node.create(id, kind, label, Math.round(x), Math.round(y));
        if (!perform(Edits.addNode(node))) {
            return null;
        }
        select(id);
        say("status.added", label);
        return id;
    }

    /** The label itself when no node has it yet, else the label with the first free number after it. */
    String uniqueLabel(String base) {
        Set<String> taken = new java.util.HashSet<>();
        diagram().nodes().forEach(n -> taken.add(n.label()));
        if (!taken.contains(base)) {
            return base;
        }
        int n = 2;
        while (taken.contains(base + " " + n)) {
            n++;
        }
        return base + " " + n;
    }

    /** Moves nodes to new centres as one undoable edit. */
    public void moveNodes(Map<String, Point2D> centres) {
        List<Node> before = new ArrayList<>();
        List<Node> after = new ArrayList<>();
        centres.forEach((id, p) -> diagram().node(id).ifPresent(n -> {
            double x = Math.round(p.getX());
            double y = Math.round(p.getY());
            if (n.x() != x || n.y() != y) {
                before.add(n);
                after.add(n.withPosition(x, y));
            }
        }));
        if (!after.isEmpty() && perform(Edits.change(before, after))) {
            say(after.size() == 1 ? "status.moved.one" : "status.moved.many", after.get(0).label(), after.size());
        }
    }

    /**
     * Wires two nodes: a monitoring node watches the other ({@code monitors}), anything else calls it
     * ({@code calls}). A refused wire leaves the diagram as it was and says why in the status.
     */
    public boolean connect(String fromId, String toId) {
        Optional<Node> from = diagram().node(fromId);
        Optional<Node> to = diagram().node(toId);
        if (from.isEmpty() || to.isEmpty()) {
            return false;
        }
        Link link = from.get().kind() == NodeKind.MONITORING ? Link.monitors(fromId, toId) : Link.calls(fromId, toId);
        var refusal = diagram().checkLink(link);
        if (refusal.isPresent()) {
            say("refusal." + refusal.get().name(), from.get().label(), to.get().label());
            return false;
        }
        if (!perform(Edits.addLink(link))) {
            return false;
        }
        selectLink(link.id());
        say(link.kind() == LinkKind.MONITORS ? "status.connected.monitors" : "status.connected.calls",
                from.get().label(), to.get().label());
        return true;
    }

    /** Wires the first selected node to the second (the keyboard way to connect). */
    public boolean connectSelection() {
        if (selectedNodes.size() != 2) {
            say("status.selectTwoToConnect");
            return false;
        }
        var ids = List.copyOf(selectedNodes);
        return connect(ids.get(0), ids.get(1));
    }

    /** Deletes the selected nodes (with their wires) and selected wires as one undoable edit. */
    public void deleteSelection() {
        List<String> nodeIds = selectedNodes.stream().filter(diagram()::contains).toList();
        List<Link> links = diagram().links().stream().filter(l -> selectedLinks.contains(l.id())).toList();
        if (nodeIds.isEmpty() && links.isEmpty()) {
            say("status.nothingSelected");
            return;
        }
        String first = nodeIds.isEmpty() ? "" : diagram().require(nodeIds.get(0)).label();
        if (perform(Edits.remove(nodeIds, links))) {
            clearSelection();
            if (nodeIds.size() == 1 && links.isEmpty()) {
                say("status.deleted.one", first);
            } else {
                say("status.deleted.many", nodeIds.size(), links.size());
            }
        }
    }

    /** Gives a node a new label; a blank label is refused. */
    public boolean rename(String nodeId, String label) {
        Optional<Node> node = diagram().node(nodeId);
        if (node.isEmpty()) {
            return false;
        }
        String trimmed = fileSafe(label);
        if (trimmed.isEmpty()) {
            say("refusal.EMPTY_LABEL", node.get().label(), "");
            return false;
        }
        if (trimmed.equals(node.get().label())) {
            return true;
        }
        if (perform(Edits.change(node.get(), node.get().withLabel(trimmed)))) {
            say("status.renamed", node.get().label(), trimmed);
            return true;
        }
        return false;
    }

    /** The label as a file may hold it (docs/file-format.md): no control characters, not too long. */
    private static String fileSafe(String label) {
        if (label == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(label.length());
        for (int i = 0; i < label.length(); i++) {
            out.append(FileProblem.isUnsafe(label, i) ? ' ' : label.charAt(i));
        }
        String text = out.toString().strip();
        return text.length() <= DiagramLimits.MAX_LABEL_LENGTH ? text
                : FileProblem.shorten(text, DiagramLimits.MAX_LABEL_LENGTH).strip();
    }

    /** Replaces a node by a changed copy (a setting from the inspector) as one undoable edit. */
    public boolean change(Node after) {
        Optional<Node> before = diagram().node(after.id());
        if (before.isEmpty() || before.get().equals(after)) {
            return false;
        }
        if (perform(Edits.change(before.get(), after))) {
            say("status.changed", after.label());
            return true;
        }
        return false;
    }

    public void undo() {
        if (document.canUndo()) {
            document.undo();
            dropVanishedSelection();
            say("status.undone");
        } else {
            say("status.nothingToUndo");
        }
    }

    public void redo() {
        if (document.canRedo()) {
            document.redo();
            dropVanishedSelection();
            say("status.redone");
        } else {
            say("status.nothingToRedo");
        }
    }

    public void markSaved() {
        document.markSaved();
    }

    /** Performs an edit through the document; a refusal is said in the status bar and changes nothing. */
    public boolean perform(Edit edit) {
        try {
            document.perform(edit);
            return true;
        } catch (EditRefusedException e) {
            say("refusal." + e.reason().name(), "", "");
            return false;
        }
    }

    private void dropVanishedSelection() {
        selectedNodes.removeIf(id -> !diagram().contains(id));
        Set<String> linkIds = new LinkedHashSet<>();
        diagram().links().forEach(l -> linkIds.add(l.id()));
        selectedLinks.retainAll(linkIds);
    }

    private void historyChanged() {
        canUndo.set(document.canUndo());
        canRedo.set(document.canRedo());
        dirty.set(document.isDirty());
        revision.set(revision.get() + 1);
    }

    private static Set<String> ids(java.util.Collection<Node> nodes) {
        Set<String> ids = new LinkedHashSet<>();
        nodes.forEach(n -> ids.add(n.id()));
        return ids;
    }
}
