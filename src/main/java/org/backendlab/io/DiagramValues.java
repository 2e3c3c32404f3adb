package org.backendlab.io;

import static org.backendlab.io.DiagramLimits.MAX_MS;
import static org.backendlab.io.DiagramLimits.MAX_SECONDS;
import static org.backendlab.io.FileProblem.field;
import static org.backendlab.io.FileProblem.item;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import org.backendlab.model.BalancePolicy;
import org.backendlab.model.InstanceSize;
import org.backendlab.model.LinkKind;
import org.backendlab.model.NodeKind;
import org.backendlab.model.RequestKind;
import org.backendlab.model.RuleAction;
import org.backendlab.model.ServiceDistribution;
import org.backendlab.model.TrafficPattern;

/**
 * Checks every value of a diagram file's JSON against its type and documented range
 * ({@link DiagramLimits}) before anything is built, naming the first bad value by its JSON path. Fields it
 * does not know are left to the mapper, which refuses them as unknown.
 */
final class DiagramValues {

    private DiagramValues() {
    }

    static void check(JsonNode root) throws JsonRefusal {
        String path = FileProblem.ROOT;
        JsonNode nodes = JsonFields.field(root, path, "nodes", false);
        if (nodes != null) {
            JsonFields.list(nodes, field(path, "nodes"), DiagramLimits.MAX_NODES);
            for (int i = 0; i < nodes.size(); i++) {
                node(nodes.get(i), item(field(path, "nodes"), i));
            }
        }
        JsonNode links = JsonFields.field(root, path, "links", false);
        if (links != null) {
            JsonFields.list(links, field(path, "links"), DiagramLimits.MAX_LINKS);
            for (int i = 0; i < links.size(); i++) {
                link(links.get(i), item(field(path, "links"), i));
            }
        }
    }

    private static void node(JsonNode node, String path) throws JsonRefusal {
        JsonFields.object(node, path);
        id(node, path, "id", true);
        choice(node, path, "kind", NodeKind.class, true);
        text(node, path, "label", DiagramLimits.MAX_LABEL_LENGTH, true);
        number(node, path, "x", -DiagramLimits.MAX_COORDINATE, DiagramLimits.MAX_COORDINATE, true);
        number(node, path, "y", -DiagramLimits.MAX_COORDINATE, DiagramLimits.MAX_COORDINATE, true);
        server(part(node, path, "server"), field(path, "server"));
        cache(part(node, path, "cache"), field(path, "cache"));
        traffic(part(node, path, "traffic"), field(path, "traffic"));
        monitoring(part(node, path, "monitoring"), field(path, "monitoring"));
        choice(node, path, "policy", BalancePolicy.class, false);
        JsonNode rules = JsonFields.field(node, path, "rules", false);
        if (rules != null) {
            String at = field(path, "rules");
            JsonFields.list(rules, at, DiagramLimits.MAX_RULES);
            for (int i = 0; i < rules.size(); i++) {
                rule(rules.get(i), item(at, i));
            }
        }
    }

    private static JsonNode part(JsonNode node, String path, String name) throws JsonRefusal {
        JsonNode value = JsonFields.field(node, path, name, false);
        return value == null ? null : JsonFields.object(value, field(path, name));
    }

    private static void server(JsonNode s, String path) throws JsonRefusal {
        if (s == null) {
            return;
        }
        choice(s, path, "size", InstanceSize.class, true);
        whole(s, path, "instances", 1, DiagramLimits.MAX_INSTANCES, true);
        whole(s, path, "threads", 1, DiagramLimits.MAX_THREADS, true);
        whole(s, path, "queue", 0, DiagramLimits.MAX_QUEUE, true);
        JsonNode service = part(s, path, "serviceMs");
        if (service != null) {
            perKind(service, field(path, "serviceMs"), 0, MAX_MS);
        }
        choice(s, path, "distribution", ServiceDistribution.class, false);
        number(s, path, "timeoutMs", 0, MAX_MS, true);
        JsonNode a = part(s, path, "autoscaling");
        if (a != null) {
            String at = field(path, "autoscaling");
            bool(a, at, "enabled", true);
            number(a, at, "targetCpu", DiagramLimits.MIN_TARGET_CPU, 1, true);
            long min = whole(a, at, "min", 1, DiagramLimits.MAX_INSTANCES, true);
            long max = whole(a, at, "max", 1, DiagramLimits.MAX_INSTANCES, true);
            if (a.has("min") && a.has("max") && max < min) {
                throw JsonFields.invalid(field(at, "max"), "must not be less than min (" + min + "), not " + max);
            }
            number(a, at, "cooldownSeconds", 0, MAX_SECONDS, true);
            number(a, at, "bootSeconds", 0, MAX_SECONDS, true);
        }
    }

    private static void cache(JsonNode c, String path) throws JsonRefusal {
        if (c == null) {
            return;
        }
        bool(c, path, "enabled", true);
        whole(c, path, "capacity", 0, DiagramLimits.MAX_CACHE_KEYS, true);
        number(c, path, "ttlSeconds", 0, MAX_SECONDS, true);
        whole(c, path, "keySpace", 1, DiagramLimits.MAX_CACHE_KEYS, true);
        number(c, path, "zipfExponent", 0, DiagramLimits.MAX_ZIPF_EXPONENT, true);
    }

    private static void traffic(JsonNode t, String path) throws JsonRefusal {
        if (t == null) {
            return;
        }
        number(t, path, "rate", 0, DiagramLimits.MAX_RATE, true);
        choice(t, path, "pattern", TrafficPattern.class, false);
        JsonNode mix = part(t, path, "mix");
        if (mix != null) {
            perKind(mix, field(path, "mix"), 0, 1);
        }
    }

    private static void monitoring(JsonNode m, String path) throws JsonRefusal {
        if (m == null) {
            return;
        }
        number(m, path, "cpuAlert", 0, 1, true);
        number(m, path, "p95AlertMs", 0, MAX_MS, true);
        number(m, path, "errorRateAlert", 0, 1, true);
        number(m, path, "holdSeconds", 0, MAX_SECONDS, true);
    }

    private static void rule(JsonNode rule, String path) throws JsonRefusal {
        JsonFields.object(rule, path);
        bool(rule, path, "enabled", true);
        choice(rule, path, "action", RuleAction.class, true);
        for (String side : new String[] {"origin", "destination"}) {
            JsonNode end = part(rule, path, side);
            if (end != null) {
                String at = field(path, side);
                choice(end, at, "kind", NodeKind.class, false);
                id(end, at, "nodeId", false);
            }
        }
    }

    private static void link(JsonNode link, String path) throws JsonRefusal {
        JsonFields.object(link, path);
        id(link, path, "from", true);
        id(link, path, "to", true);
        choice(link, path, "kind", LinkKind.class, true);
        number(link, path, "latencyMs", 0, MAX_MS, true);
    }

    /** An object keyed by request kind names, each value a number in [min, max]. */
    private static void perKind(JsonNode map, String path, double min, double max) throws JsonRefusal {
        Iterator<Map.Entry<String, JsonNode>> fields = map.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> e = fields.next();
            String at = field(path, e.getKey());
            if (JsonFields.byName(e.getKey(), RequestKind.class) == null) {
                throw JsonFields.invalid(at, "is not a request kind; use one of " + JsonFields.names(RequestKind.class));
            }
            JsonFields.number(e.getValue(), at, min, max);
        }
    }

    private static void id(JsonNode o, String path, String name, boolean required) throws JsonRefusal {
        text(o, path, name, DiagramLimits.MAX_ID_LENGTH, required);
    }

    private static void text(JsonNode o, String path, String name, int max, boolean required) throws JsonRefusal {
        JsonNode v = JsonFields.field(o, path, name, required);
        if (v != null) {
            JsonFields.text(v, field(path, name), max);
        }
    }

    private static void number(JsonNode o, String path, String name, double min, double max, boolean required)
            throws JsonRefusal {
        JsonNode v = JsonFields.field(o, path, name, required);
        if (v != null) {
            JsonFields.number(v, field(path, name), min, max);
        }
    }

    private static long whole(JsonNode o, String path, String name, long min, long max, boolean required)
            throws JsonRefusal {
        JsonNode v = JsonFields.field(o, path, name, required);
        return v == null ? min : JsonFields.whole(v, field(path, name), min, max);
    }

    private static void bool(JsonNode o, String path, String name, boolean required) throws JsonRefusal {
        JsonNode v = JsonFields.field(o, path, name, required);
        if (v != null) {
            JsonFields.bool(v, field(path, name));
        }
    }

    private static <E extends Enum<E>> void choice(JsonNode o, String path, String name, Class<E> type,
                                                   boolean required) throws JsonRefusal {
        JsonNode v = JsonFields.field(o, path, name, required);
        if (v != null) {
            JsonFields.choice(v, field(path, name), type);
        }
    }
}
