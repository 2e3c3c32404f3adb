package org.backendlab.lesson;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.backendlab.model.LinkKind;
import org.backendlab.model.NodeKind;
import org.backendlab.model.RequestKind;
import org.backendlab.sim.CacheForce;

/**
 * Reads and checks a script file ({@code "format": "backend-lab-script", "version": 1}); with a lesson it
 * also checks step numbers, answers against the step's question, and {@code failsStep}.
 */
public final class ScriptReader {

    public static final String FORMAT = "backend-lab-script";
    public static final int VERSION = 1;
    static final int MAX_ACTIONS = 500;

    private ScriptReader() {
    }

    public static Script read(Path file, Lesson lesson) throws LessonFileException {
        String name = LessonReader.display(file);
        JsonNode tree = StrictJson.read(file, name);
        JsonFields.Sink sink = new JsonFields.Sink(name);
        Script script = read(tree, sink, lesson);
        if (!sink.errors.isEmpty()) {
            throw new LessonFileException(sink.errors);
        }
        return script;
    }

    static Script read(JsonNode tree, JsonFields.Sink sink, Lesson lesson) {
        if (!LessonReader.checkHeader(tree, sink, FORMAT, VERSION)) {
            return null;
        }
        JsonFields f = sink.object(tree, "$", "format", "version", "failsStep", "steps");
        int max = lesson == null ? LessonReader.MAX_STEPS : lesson.steps().size();
        Integer fails = f.has("failsStep") ? f.integer("failsStep", true, 1, max) : null;
        List<Script.Step> steps = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        int count = 0;
        for (JsonFields.Element e : f.array("steps", true)) {
            JsonFields s = sink.object(e.node(), e.path(), "step", "actions");
            if (s == null) {
                continue;
            }
            Integer number = s.integer("step", true, 1, max);
            if (number != null && !seen.add(number)) {
                sink.error(s.at("step"), "step " + number + " is listed twice");
            }
            List<ScriptAction> actions = new ArrayList<>();
            for (JsonFields.Element a : s.array("actions", true)) {
                if (++count > MAX_ACTIONS) {
                    sink.error(a.path(), "more than " + MAX_ACTIONS + " actions");
                    break;
                }
                ScriptAction action = action(a, sink, lesson, number);
                if (action != null) {
                    actions.add(action);
                }
            }
            if (number != null) {
                steps.add(new Script.Step(number, actions));
            }
        }
        return sink.errors.isEmpty() ? new Script(tree.get("version").asInt(), fails, steps) : null;
    }

    private static ScriptAction action(JsonFields.Element a, JsonFields.Sink sink, Lesson lesson, Integer step) {
        JsonNode d = a.node().isObject() ? a.node().get("do") : null;
        if (d == null || !d.isTextual()) {
            sink.error(a.path(), "an action needs \"do\"");
            return null;
        }
        String p = a.path();
        return switch (d.asText()) {
            case "add" -> {
                JsonFields f = sink.object(a.node(), p, "do", "kind", "id", "label", "x", "y");
                NodeKind kind = f.constant("kind", NodeKind.class, true);
                String id = f.string("id", true);
                String label = f.string("label", false);
                Double x = f.number("x", false);
                Double y = f.number("y", false);
                yield kind == null || id == null ? null : new ScriptAction.Add(kind, id, label, x, y);
            }
            case "remove" -> {
                JsonFields f = sink.object(a.node(), p, "do", "node");
                String node = f.string("node", true);
                yield node == null ? null : new ScriptAction.Remove(node);
            }
            case "wire", "unwire" -> {
                boolean wire = d.asText().equals("wire");
                JsonFields f = wire ? sink.object(a.node(), p, "do", "from", "to", "kind", "latencyMs")
                        : sink.object(a.node(), p, "do", "from", "to", "kind");
                String from = f.string("from", true);
                String to = f.string("to", true);
                LinkKind kind = f.has("kind") ? f.constant("kind", LinkKind.class, true) : LinkKind.CALLS;
                Double latency = wire ? f.number("latencyMs", false) : null;
                if (latency != null && (latency < 0 || latency > 60_000)) {
                    sink.error(f.at("latencyMs"), "must be 0-60000");
                }
                if (from == null || to == null || kind == null) {
                    yield null;
                }
                yield wire ? new ScriptAction.Wire(from, to, kind, latency) : new ScriptAction.Unwire(from, to, kind);
            }
            case "set" -> {
                JsonFields f = sink.object(a.node(), p, "do", "node", "field", "value");
                String node = f.string("node", true);
                String field = f.string("field", true);
                if (field != null && !org.backendlab.lesson.goal.NodeFields.validPath(field)) {
                    sink.error(f.at("field"), "not a field path like server.instances or rules[0].enabled");
                    field = null;
                }
                if (!f.has("value")) {
                    sink.error(f.at("value"), "missing");
                }
                yield node == null || field == null || !f.has("value") ? null
                        : new ScriptAction.Set(node, field, f.raw("value").deepCopy());
            }
            case "rate" -> {
                JsonFields f = sink.object(a.node(), p, "do", "value");
                Double v = f.number("value", true);
                if (v != null && (v < 0 || v > 1_000_000)) {
                    sink.error(f.at("value"), "must be 0-1000000");
                    v = null;
                }
                yield v == null ? null : new ScriptAction.Rate(v);
            }
            case "down", "up" -> {
                JsonFields f = sink.object(a.node(), p, "do", "node");
                String node = f.string("node", true);
                yield node == null ? null : new ScriptAction.Down(node, d.asText().equals("down"));
            }
            case "send" -> {
                JsonFields f = sink.object(a.node(), p, "do", "kind", "from", "force");
                RequestKind kind = f.constant("kind", RequestKind.class, true);
                String from = f.string("from", false);
                CacheForce force = f.has("force") ? f.constant("force", CacheForce.class, true) : CacheForce.NONE;
                yield kind == null || force == null ? null : new ScriptAction.Send(kind, from, force);
            }
            case "run" -> {
                JsonFields f = sink.object(a.node(), p, "do", "seconds");
                Double s = f.number("seconds", true);
                if (s != null && !(s > 0 && s <= 3600)) {
                    sink.error(f.at("seconds"), "must be more than 0 and at most 3600");
                    s = null;
                }
                yield s == null ? null : new ScriptAction.Run(s);
            }
            case "restart" -> {
                sink.object(a.node(), p, "do");
                yield new ScriptAction.Restart();
            }
            case "answer" -> {
                JsonFields f = sink.object(a.node(), p, "do", "choice");
                Integer choice = f.integer("choice", true, 1, 6);
                if (choice != null && lesson != null && step != null) {
                    Question q = lesson.step(step).map(LessonStep::question).orElse(null);
                    if (q == null) {
                        sink.error(f.at("choice"), "step " + step + " asks no question");
                    } else if (choice > q.choices().size()) {
                        sink.error(f.at("choice"), "step " + step + " has only " + q.choices().size() + " choices");
                    }
                }
                yield choice == null ? null : new ScriptAction.Answer(choice);
            }
            default -> {
                sink.error(p + ".do", "unknown action '" + (d.asText().length() > 40 ? d.asText().substring(0, 40) : d.asText()) + "'");
                yield null;
            }
        };
    }
}
