package org.backendlab.lesson.goal;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.backendlab.model.Node;

/**
 * A setting of a node, by its path in the diagram file, compares with a value; with a kind selector some
 * node of that kind must satisfy it (e.g. "a cache with the cache on").
 */
public record SettingClause(Selector node, String field, Compare compare) implements Clause {

    private static final Pattern RULE = Pattern.compile("rules\\[(\\d+)]\\.enabled");

    @Override
    public Reading read(GoalContext c) {
        List<Node> nodes = node.nodes(c.diagram());
        if (nodes.isEmpty()) {
            return new Reading(false, GoalWords.of("now.missing", GoalWords.node(node, c.diagram())));
        }
        Object first = null;
        for (Node n : nodes) {
            Object value = NodeFields.get(n, field);
            if (compare.test(value)) {
                return new Reading(true, GoalWords.of("now.value", shown(value)));
            }
            first = first == null ? value : first;
        }
        return new Reading(false, GoalWords.of("now.value", shown(first)));
    }

    private static Words shown(Object value) {
        if (value instanceof Boolean b) {
            return GoalWords.of(b ? "value.on" : "value.off");
        }
        return value instanceof Number n ? Words.same(GoalWords.number(n)) : Words.same(String.valueOf(value));
    }

    @Override
    public Words describe(GoalContext c) {
        Words target = compare.target() instanceof Boolean b && compare.op() == Compare.Op.EQUALS
                ? GoalWords.of(b ? "value.on" : "value.off") : compare.describe("unit.plain");
        return GoalWords.of("clause.setting", GoalWords.node(node, c.diagram()), fieldWords(field), target);
    }

    /** A friendly name for common fields ("instances", "rule 3 on"), else the path itself. */
    static Words fieldWords(String field) {
        Matcher m = RULE.matcher(field);
        if (m.matches()) {
            return GoalWords.of("field.rule", Integer.parseInt(m.group(1)) + 1);
        }
        String key = "field." + field;
        return GoalWords.has(key) ? GoalWords.of(key) : Words.same(field);
    }
}
