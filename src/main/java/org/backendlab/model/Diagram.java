package org.backendlab.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The backend a learner built: nodes and links, kept consistent (no self-links, duplicates or
 * meaningless monitoring wires) and observable through {@link DiagramListener}s.
 */
public final class Diagram {

    private final Map<String, Node> nodes = new LinkedHashMap<>();
    private final List<Link> links = new ArrayList<>();
    private final List<DiagramListener> listeners = new CopyOnWriteArrayList<>();

    public static Diagram of(Collection<Node> nodes, Collection<Link> links) {
        var diagram = new Diagram();
        nodes.forEach(diagram::addNode);
        links.forEach(diagram::addLink);
        return diagram;
    }

    public void addListener(DiagramListener listener) {
        listeners.add(listener);
    }

    public void removeListener(DiagramListener listener) {
        listeners.remove(listener);
    }

    public Collection<Node> nodes() {
        return Collections.unmodifiableCollection(nodes.values());
    }

    public List<Link> links() {
        return Collections.unmodifiableList(links);
    }

    public Optional<Node> node(String id) {
        return Optional.ofNullable(nodes.get(id));
    }

    public Node require(String id) {
        Node node = nodes.get(id);
        if (node == null) {
            throw new EditRefusedException(EditRefusal.UNKNOWN_NODE);
        }
        return node;
    }

    public boolean contains(String id) {
        return nodes.containsKey(id);
    }

    /** Links that start or end at a node. */
    public List<Link> linksOf(String id) {
        return links.stream().filter(l -> l.from().equals(id) || l.to().equals(id)).toList();
    }

    /** Callees of a node through {@code calls} links, in link order. */
    public List<Node> callees(String id) {
        return links.stream()
                .filter(l -> l.kind() == LinkKind.CALLS && l.from().equals(id))
                .map(l -> nodes.get(l.to())).toList();
    }

    /** Nodes watched by a monitoring node, or all nodes watched by any monitoring node when id is null. */
    public List<Node> watched(String monitorId) {
        return links.stream()
                .filter(l -> l.kind() == LinkKind.MONITORS && (monitorId == null || l.from().equals(monitorId)))
                .map(l -> nodes.get(l.to())).distinct().toList();
    }

    /** A fresh id for a node of a kind, e.g. {@code api-3}. */
    public String newId(NodeKind kind) {
        int n = 1;
        while (nodes.containsKey(kind.idPrefix() + "-" + n)) {
            n++;
        }
        return kind.idPrefix() + "-" + n;
    }

    public void addNode(Node node) {
        if (nodes.containsKey(node.id())) {
            throw new EditRefusedException(EditRefusal.DUPLICATE_ID);
        }
        if (node.label() == null || node.label().isBlank()) {
            throw new EditRefusedException(EditRefusal.EMPTY_LABEL);
        }
        nodes.put(node.id(), node);
        listeners.forEach(l -> l.nodeAdded(node));
    }

    /** Removes a node and every link touching it; returns those links so an undo can restore them. */
    public List<Link> removeNode(String id) {
        Node node = require(id);
        List<Link> touching = linksOf(id);
        touching.forEach(this::removeLink);
        nodes.remove(id);
        listeners.forEach(l -> l.nodeRemoved(node));
        return touching;
    }

    /** Replaces a node with a changed copy of itself (same id and kind). */
    public void replaceNode(Node after) {
        Node before = require(after.id());
        if (before.kind() != after.kind()) {
            throw new IllegalArgumentException("kind of " + after.id() + " cannot change");
        }
        if (after.label() == null || after.label().isBlank()) {
            throw new EditRefusedException(EditRefusal.EMPTY_LABEL);
        }
        if (before.equals(after)) {
            return;
        }
        nodes.put(after.id(), after);
        listeners.forEach(l -> l.nodeChanged(before, after));
    }

    /** Why a link could not be added, or empty when it can. */
    public Optional<EditRefusal> checkLink(Link link) {
        Node from = nodes.get(link.from());
        Node to = nodes.get(link.to());
        if (from == null || to == null) {
            return Optional.of(EditRefusal.UNKNOWN_NODE);
        }
        if (from.id().equals(to.id())) {
            return Optional.of(EditRefusal.SELF_LINK);
        }
        if (links.stream().anyMatch(link::sameEnds)) {
            return Optional.of(EditRefusal.DUPLICATE_LINK);
        }
        if (link.kind() == LinkKind.MONITORS) {
            if (from.kind() != NodeKind.MONITORING) {
                return Optional.of(EditRefusal.MONITORS_FROM_NON_MONITORING);
            }
            if (!to.kind().isWatchable()) {
                return Optional.of(EditRefusal.MONITORS_UNWATCHABLE_TARGET);
            }
        } else {
            if (from.kind() == NodeKind.MONITORING || to.kind() == NodeKind.MONITORING) {
                return Optional.of(EditRefusal.CALLS_FROM_MONITORING);
            }
            if (to.kind().isOrigin()) {
                return Optional.of(EditRefusal.CALLS_INTO_ORIGIN);
            }
        }
        return Optional.empty();
    }

    public void addLink(Link link) {
        Optional<EditRefusal> refusal = checkLink(link);
        if (refusal.isPresent()) {
            throw new EditRefusedException(refusal.get());
        }
        links.add(link);
        listeners.forEach(l -> l.linkAdded(link));
    }

    public void removeLink(Link link) {
        if (links.removeIf(link::sameEnds)) {
            listeners.forEach(l -> l.linkRemoved(link));
        }
    }

    /** An independent copy with the same content and no listeners. */
    public Diagram copy() {
        return of(nodes.values(), links);
    }

    /** Same nodes and links, in any order. */
    public boolean sameContent(Diagram other) {
        return nodes.equals(other.nodes) && links.size() == other.links.size()
                && links.containsAll(other.links);
    }
}
