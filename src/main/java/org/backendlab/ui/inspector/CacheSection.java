package org.backendlab.ui.inspector;

import java.util.function.UnaryOperator;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.backendlab.model.CacheSettings;
import org.backendlab.model.Node;

/** A cache node's memory: on/off, how many keys, how long they stay fresh, and how reads spread over keys. */
final class CacheSection extends VBox {

    CacheSection(InspectorContext ctx, Fields fields) {
        getStyleClass().add("inspector-group");
        setId("inspector-cache");
        InlineMessage complaint = new InlineMessage("inspector-cache-message");
        GridPane grid = Fields.grid();
        grid.add(fields.check("inspector-cache-enabled", n -> n.cache().enabled(),
                (n, v) -> with(n, c -> c.withEnabled(v))), 0, 0, 2, 1);
        fields.row(grid, fields.integer("inspector-cache-capacity", 0, 10_000_000, n -> n.cache().capacity(),
                (n, v) -> with(n, c -> c.withCapacity(v)), complaint));
        fields.row(grid, fields.integer("inspector-cache-ttl", 0, 86_400,
                n -> (int) Math.round(n.cache().ttlSeconds()), (n, v) -> with(n, c -> c.withTtlSeconds(v)),
                complaint));
        fields.row(grid, fields.integer("inspector-cache-keys", 1, 10_000_000, n -> n.cache().keySpace(),
                (n, v) -> with(n, c -> new CacheSettings(c.enabled(), c.capacity(), c.ttlSeconds(), v,
                        c.zipfExponent())), complaint));
        fields.row(grid, fields.decimal("inspector-cache-skew", 0, 3, 0.1, n -> n.cache().zipfExponent(),
                (n, v) -> with(n, c -> new CacheSettings(c.enabled(), c.capacity(), c.ttlSeconds(), c.keySpace(), v)),
                complaint));
        getChildren().addAll(fields.title("inspector.section.cache"), grid, complaint,
                fields.summary("inspector-cache-skew-words", n -> skewWords(ctx, n.cache().zipfExponent())));
    }

    /** The popularity skew in a beginner's words: even, a few favourites, or a handful take almost all. */
    static String skewWords(InspectorContext ctx, double exponent) {
        String key = exponent < 0.5 ? "even" : exponent < 1.2 ? "some" : "few";
        return ctx.messages().text("inspector.cache.skew." + key);
    }

    private static Node with(Node n, UnaryOperator<CacheSettings> change) {
        return n.withCache(change.apply(n.cache()));
    }
}
