package org.backendlab.ui.inspector;

import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.backendlab.model.EditRefusedException;
import org.backendlab.model.Link;
import org.backendlab.model.LinkKind;
import org.backendlab.model.Node;
import org.backendlab.ui.text.Messages;

/**
 * The selected wire: which node calls (or watches) which, and for a call wire its one-way network delay,
 * changed as one undoable edit that keeps the wire where it was.
 */
final class LinkSection extends VBox {

    private final InspectorContext ctx;
    private final String linkId;
    private final Label ends = new Label();
    private final Spinner<Double> latency = new Spinner<>();
    private final InlineMessage complaint = new InlineMessage("inspector-latency-message");
    private boolean updating;

    LinkSection(InspectorContext ctx, Fields fields, Link link) {
        this.ctx = ctx;
        this.linkId = link.id();
        Messages messages = ctx.messages();
        getStyleClass().add("inspector-group");
        setId("inspector-link");
        ends.setId("inspector-link-ends");
        ends.setWrapText(true);
        ends.getStyleClass().add("inspector-summary");
        getChildren().addAll(ends);
        if (link.kind() == LinkKind.MONITORS) {
            getChildren().add(fields.hint("inspector.link.monitorsHint"));
            show();
            return;
        }
        var factory = new SpinnerValueFactory.DoubleSpinnerValueFactory(0, 10_000, 0, 1);
        String name = messages.text("inspector.link.latency");
        factory.setConverter(new NumberConverter<>(latency, 0, 10_000, false, v -> v, name, messages, complaint));
        latency.setValueFactory(factory);
        latency.setId("inspector-link-latency");
        latency.setEditable(true);
        latency.setMaxWidth(Double.MAX_VALUE);
        latency.getStyleClass().add("inspector-number");
        latency.setTooltip(fields.tooltip("inspector-link-latency"));
        latency.valueProperty().addListener((o, was, now) -> {
            if (!updating && now != null) {
                change(Math.round(now * 100) / 100.0);
            }
        });
        GridPane grid = Fields.grid();
        fields.row(grid, "inspector.link.latency", latency);
        getChildren().addAll(grid, complaint, fields.hint("inspector.link.hint"));
        show();
    }

    Optional<Link> link() {
        return ctx.diagram().links().stream().filter(l -> l.id().equals(linkId)).findFirst();
    }

    /** Shows the wire as it is now in the diagram. */
    void show() {
        link().ifPresent(l -> {
            ends.setText(ctx.messages().text(l.kind() == LinkKind.MONITORS ? "inspector.link.watches"
                    : "inspector.link.calls", label(l.from()), label(l.to())));
            if (latency.getValueFactory() == null) {
                return; // a monitoring wire has no delay to show
            }
            updating = true;
            try {
                latency.getValueFactory().setValue(l.latencyMs());
            } finally {
                updating = false;
            }
        });
    }

    private String label(String nodeId) {
        return ctx.diagram().node(nodeId).map(Node::label).orElse(nodeId);
    }

    private void change(double ms) {
        Optional<Link> before = link();
        if (before.isEmpty() || before.get().latencyMs() == ms) {
            return;
        }
        Link after = new Link(before.get().from(), before.get().to(), before.get().kind(), ms);
        try {
            ctx.vm().document().perform(LinkEdits.replace(before.get(), after));
            complaint.clear();
            ctx.vm().say("inspector.link.changed", label(after.from()), label(after.to()), ms);
        } catch (EditRefusedException e) {
            complaint.say(ctx.messages().text("refusal." + e.reason().name(), "", ""));
        }
    }
}
