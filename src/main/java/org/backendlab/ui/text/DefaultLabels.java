package org.backendlab.ui.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.backendlab.model.Diagram;
import org.backendlab.model.Node;

/**
 * Default labels follow the language a diagram is opened in: a node still called by a default name in
 * either language ("Database", "API server 2", "웹 클라이언트") is shown in the window's language. Labels
 * the learner chose are left alone, and the file format keeps labels as plain strings.
 */
public final class DefaultLabels {

    private static final Pattern NUMBERED = Pattern.compile("(.+?) (\\d+)");

    private final Map<String, String> byAnyLanguage = new HashMap<>();

    /** @param target the words of the window's language */
    public DefaultLabels(Messages target) {
        for (Language language : Language.values()) {
            Messages m = Messages.of(language);
            for (String key : keys(m)) {
                byAnyLanguage.put(m.text(key), target.text(key));
            }
        }
    }

    private static List<String> keys(Messages m) {
        return m.bundle().keySet().stream()
                .filter(k -> k.startsWith("label.default.") || k.startsWith("kind.") && k.indexOf('.', 5) < 0)
                .toList();
    }

    /** The label in the window's language when it is a default one, else the label itself. */
    public String localize(String label) {
        String whole = byAnyLanguage.get(label);
        if (whole != null) {
            return whole;
        }
        Matcher m = NUMBERED.matcher(label);
        if (m.matches() && byAnyLanguage.containsKey(m.group(1))) {
            return byAnyLanguage.get(m.group(1)) + " " + m.group(2);
        }
        return label;
    }

    /** Replaces default labels in place (a diagram just read, before anyone edits or watches it). */
    public void localize(Diagram diagram) {
        for (Node node : List.copyOf(diagram.nodes())) {
            String label = localize(node.label());
            if (!label.equals(node.label())) {
                diagram.replaceNode(node.withLabel(label));
            }
        }
    }
}
