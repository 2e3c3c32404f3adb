package org.backendlab.ui.inspector;

import java.util.List;
import java.util.Locale;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.backendlab.model.RequestKind;
import org.backendlab.model.TrafficPattern;
import org.backendlab.ui.text.Messages;

/** What a client or admin sends: requests per second, how the rate moves, and the share of each kind. */
final class TrafficSection extends VBox {

    TrafficSection(InspectorContext ctx, Fields fields) {
        getStyleClass().add("inspector-group");
        setId("inspector-traffic");
        Messages messages = ctx.messages();
        InlineMessage complaint = new InlineMessage("inspector-traffic-message");
        GridPane grid = Fields.grid();
        fields.row(grid, fields.decimal("inspector-rate", 0, 1_000_000, 1, n -> n.traffic().rate(),
                (n, v) -> n.withTraffic(n.traffic().withRate(v)), complaint));
        fields.row(grid, fields.choice("inspector-pattern", List.of(TrafficPattern.values()),
                p -> messages.text("inspector.pattern." + p.name()), n -> n.traffic().pattern(),
                (n, v) -> n.withTraffic(n.traffic().withPattern(v))));
        GridPane mix = Fields.grid();
        for (RequestKind kind : RequestKind.values()) {
            String id = "inspector-mix-" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
            String words = messages.text("request." + kind.name());
            String name = messages.text("inspector.mix.kind", messages.text("inspector.request." + kind.name()));
            fields.namedRow(mix, name, fields.integer(id, name, messages.text("inspector.mix.tooltip", words), 0, 100,
                    n -> TrafficMix.percent(n.traffic(), kind),
                    (n, v) -> n.withTraffic(n.traffic().withMix(TrafficMix.withShare(n.traffic(), kind, v).orElseThrow())),
                    (n, v) -> TrafficMix.withShare(n.traffic(), kind, v).isPresent() ? null
                            : messages.text("inspector.mix.onlyKind", words), complaint));
        }
        getChildren().addAll(fields.title("inspector.section.traffic"), grid,
                fields.title("inspector.section.mix"), fields.hint("inspector.mix.hint"), mix, complaint);
    }
}
