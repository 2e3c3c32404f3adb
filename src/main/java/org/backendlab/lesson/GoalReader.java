package org.backendlab.lesson;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.backendlab.lesson.goal.ActionClauses;
import org.backendlab.lesson.goal.BehaviourClauses;
import org.backendlab.lesson.goal.Compare;
import org.backendlab.lesson.goal.EventClause;
import org.backendlab.lesson.goal.Goal;
import org.backendlab.lesson.goal.Measure;
import org.backendlab.lesson.goal.NodeFields;
import org.backendlab.lesson.goal.Selector;
import org.backendlab.lesson.goal.SettingClause;
import org.backendlab.lesson.goal.StoryMatch;
import org.backendlab.lesson.goal.StructureClauses;
import org.backendlab.model.NodeKind;
import org.backendlab.model.RequestKind;
import org.backendlab.sim.BottleneckCause;
import org.backendlab.sim.CacheForce;

/**
 * Reads a goal object of a lesson file ({@code {"all": [...]}}, {@code {"check": "metric", ...}}, see
 * docs/lessons.md), collecting errors with their JSON paths and the node ids it names (checked later
 * against the step's diagram).
 */
final class GoalReader {

    /** A node id a goal or highlight names, and where. */
    record NodeRef(String id, String path) {
    }

    private static final int MAX_PARTS = 50;

    private final JsonFields.Sink sink;
    final List<NodeRef> refs = new ArrayList<>();

    GoalReader(JsonFields.Sink sink) {
        this.sink = sink;
    }

    Goal read(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            sink.error(path, "must be an object");
            return null;
        }
        if (node.has("all") || node.has("any")) {
            String op = node.has("all") ? "all" : "any";
            JsonFields f = sink.object(node, path, op);
            List<Goal> parts = new ArrayList<>();
            var elements = f.array(op, true);
            if (elements.isEmpty() || elements.size() > MAX_PARTS) {
                sink.error(f.at(op), "must list 1 to " + MAX_PARTS + " goals");
            }
            for (var e : elements) {
                parts.add(read(e.node(), e.path()));
            }
            if (parts.contains(null)) {
                return null;
            }
            return op.equals("all") ? new Goal.All(parts) : new Goal.Any(parts);
        }
        if (node.has("not")) {
            JsonFields f = sink.object(node, path, "not");
            Goal inner = read(f.raw("not"), f.at("not"));
            return inner == null ? null : new Goal.Not(inner);
        }
        JsonNode check = node.get("check");
        if (check == null || !check.isTextual()) {
            sink.error(path, "needs \"check\" (or \"all\", \"any\", \"not\")");
            return null;
        }
        return switch (check.asText()) {
            case "nodeExists" -> {
                JsonFields f = sink.object(node, path, "check", "kind", "atLeast");
                NodeKind kind = f.constant("kind", NodeKind.class, true);
                Integer n = f.has("atLeast") ? f.integer("atLeast", true, 1, 500) : Integer.valueOf(1);
                yield kind == null || n == null ? null : new StructureClauses.NodeExists(kind, n);
            }
            case "probe" -> {
                JsonFields f = sink.object(node, path, "check", "request", "from", "force", "ends", "through", "avoids");
                RequestKind kind = f.constant("request", RequestKind.class, true);
                Selector from = f.has("from") ? selector(f, "from", true) : new Selector("CLIENT");
                CacheForce force = f.has("force") ? f.constant("force", CacheForce.class, true) : CacheForce.NONE;
                StoryMatch match = match(f);
                yield kind == null || from == null || force == null || match == null ? null
                        : new StructureClauses.Probe(kind, from, force, match);
            }
            case "databaseExposed" -> {
                sink.object(node, path, "check");
                yield new StructureClauses.DatabaseExposed();
            }
            case "monitored" -> {
                JsonFields f = sink.object(node, path, "check", "kinds");
                List<NodeKind> kinds = new ArrayList<>();
                for (String s : f.strings("kinds")) {
                    Selector sel = new Selector(s);
                    if (!sel.isKind()) {
                        sink.error(f.at("kinds"), "unknown node kind '" + s + "'");
                    } else {
                        kinds.add(sel.kind());
                    }
                }
                if (kinds.isEmpty()) {
                    sink.error(f.at("kinds"), "must list at least one node kind");
                    yield null;
                }
                yield new StructureClauses.Monitored(kinds);
            }
            case "setting" -> {
                JsonFields f = sink.object(node, path, "check", "node", "field", "above", "below", "atLeast", "atMost", "equals");
                Selector sel = selector(f, "node", true);
                String field = f.string("field", true);
                if (field != null && !NodeFields.validPath(field)) {
                    sink.error(f.at("field"), "not a field path like server.instances or rules[0].enabled");
                    field = null;
                }
                Compare compare = compare(f, true);
                yield sel == null || field == null || compare == null ? null : new SettingClause(sel, field, compare);
            }
            case "metric" -> {
                JsonFields f = sink.object(node, path, "check", "measure", "node", "above", "below", "atLeast", "atMost",
                        "forSeconds");
                Measure measure = f.constant("measure", Measure.class, true);
                Selector sel = null;
                if (measure != null && measure.ofNode()) {
                    sel = selector(f, "node", true);
                } else if (f.has("node")) {
                    sink.error(f.at("node"), "this measure is end to end; it takes no node");
                }
                Compare compare = compare(f, false);
                double hold = seconds(f);
                yield measure == null || compare == null || measure.ofNode() && sel == null ? null
                        : new BehaviourClauses.Metric(measure, sel, compare, hold);
            }
            case "bottleneck" -> {
                JsonFields f = sink.object(node, path, "check", "kind", "cause", "forSeconds");
                NodeKind kind = f.has("kind") ? f.constant("kind", NodeKind.class, true) : null;
                BottleneckCause cause = f.has("cause") ? f.constant("cause", BottleneckCause.class, true) : null;
                yield new BehaviourClauses.BottleneckIs(kind, cause, seconds(f));
            }
            case "event" -> {
                JsonFields f = sink.object(node, path, "check", "event", "node");
                EventClause.Event event = f.constant("event", EventClause.Event.class, true);
                Selector sel = f.has("node") ? selector(f, "node", true) : null;
                yield event == null ? null : new EventClause(event, sel);
            }
            case "sent" -> {
                JsonFields f = sink.object(node, path, "check", "request", "from", "force", "ends", "through", "avoids");
                RequestKind kind = f.has("request") ? f.constant("request", RequestKind.class, true) : null;
                Selector from = f.has("from") ? selector(f, "from", true) : null;
                CacheForce force = f.has("force") ? f.constant("force", CacheForce.class, true) : null;
                StoryMatch match = match(f);
                yield match == null ? null : new ActionClauses.Sent(kind, from, force, match);
            }
            case "rateChanged" -> {
                JsonFields f = sink.object(node, path, "check", "above", "below", "atLeast", "atMost");
                Compare compare = compare(f, false);
                yield compare == null ? null : new ActionClauses.RateChanged(compare);
            }
            case "tookDown", "broughtUp" -> {
                JsonFields f = sink.object(node, path, "check", "node");
                Selector sel = f.has("node") ? selector(f, "node", true) : null;
                yield new ActionClauses.TookDown(sel, check.asText().equals("tookDown"));
            }
            case "answered" -> {
                sink.object(node, path, "check");
                yield new ActionClauses.Answered();
            }
            default -> {
                sink.error(path + ".check", "unknown check '" + clip(check.asText()) + "'");
                yield null;
            }
        };
    }

    private static String clip(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }

    /** A node kind name or a node id (remembered for the diagram check). */
    Selector selector(JsonFields f, String name, boolean required) {
        String s = f.string(name, required);
        if (s == null) {
            return null;
        }
        Selector sel = new Selector(s);
        if (!sel.isKind()) {
            refs.add(new NodeRef(s, f.at(name)));
        }
        return sel;
    }

    private StoryMatch match(JsonFields f) {
        StoryMatch.Ending ending = f.has("ends") ? f.constant("ends", StoryMatch.Ending.class, true) : null;
        if (f.has("ends") && ending == null) {
            return null;
        }
        List<Selector> through = selectors(f, "through");
        List<Selector> avoids = selectors(f, "avoids");
        return new StoryMatch(ending, through, avoids);
    }

    private List<Selector> selectors(JsonFields f, String name) {
        List<Selector> out = new ArrayList<>();
        for (var e : f.array(name, false)) {
            if (!e.node().isTextual() || e.node().asText().isBlank()) {
                sink.error(e.path(), "must be a node kind or node id");
                continue;
            }
            Selector sel = new Selector(e.node().asText());
            if (!sel.isKind()) {
                refs.add(new NodeRef(sel.value(), e.path()));
            }
            out.add(sel);
        }
        return out;
    }

    private Compare compare(JsonFields f, boolean allowEquals) {
        List<String> given = new ArrayList<>();
        for (String op : List.of("above", "below", "atLeast", "atMost", "equals")) {
            if (f.has(op)) {
                given.add(op);
            }
        }
        if (given.size() != 1) {
            sink.error(f.path, "needs exactly one of above, below, atLeast, atMost" + (allowEquals ? ", equals" : ""));
            return null;
        }
        String op = given.get(0);
        Compare.Op kind = switch (op) {
            case "above" -> Compare.Op.ABOVE;
            case "below" -> Compare.Op.BELOW;
            case "atLeast" -> Compare.Op.AT_LEAST;
            case "atMost" -> Compare.Op.AT_MOST;
            default -> Compare.Op.EQUALS;
        };
        JsonNode v = f.raw(op);
        if (kind == Compare.Op.EQUALS) {
            if (!(v.isNumber() || v.isBoolean() || v.isTextual())) {
                sink.error(f.at(op), "must be a number, true/false or a text");
                return null;
            }
            return new Compare(kind, v.isNumber() ? (Object) v.asDouble() : v.isBoolean() ? (Object) v.asBoolean() : v.asText());
        }
        Double n = f.number(op, true);
        return n == null ? null : new Compare(kind, n);
    }

    private static double seconds(JsonFields f) {
        Integer s = f.has("forSeconds") ? f.integer("forSeconds", true, 0, 3600) : Integer.valueOf(0);
        return s == null ? 0 : s;
    }
}
