package org.backendlab.ui.inspector;

import java.util.function.UnaryOperator;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.backendlab.model.Autoscaling;
import org.backendlab.model.Node;
import org.backendlab.ui.text.Messages;

/**
 * A server node's autoscaling settings: on/off, target CPU, the instance range, cooldown and boot time.
 * A minimum above the maximum is refused with a sentence and the last valid range kept.
 */
final class AutoscalingSection extends VBox {

    AutoscalingSection(InspectorContext ctx, Fields fields) {
        getStyleClass().add("inspector-group");
        setId("inspector-autoscaling");
        Messages messages = ctx.messages();
        InlineMessage complaint = new InlineMessage("inspector-autoscaling-message");
        GridPane grid = Fields.grid();
        var on = fields.check("inspector-autoscaling-enabled", n -> scaling(n).enabled(),
                (n, v) -> with(n, a -> a.withEnabled(v)));
        grid.add(on, 0, 0, 2, 1);
        fields.row(grid, fields.integer("inspector-autoscaling-target", 1, 100,
                n -> (int) Math.round(scaling(n).targetCpu() * 100),
                (n, v) -> with(n, a -> new Autoscaling(a.enabled(), v / 100.0, a.min(), a.max(),
                        a.cooldownSeconds(), a.bootSeconds(), a.evaluationPeriods(), a.scaleInPeriods())), complaint));
        fields.row(grid, fields.integer("inspector-autoscaling-min", 1, 100, n -> scaling(n).min(),
                (n, v) -> with(n, a -> new Autoscaling(a.enabled(), a.targetCpu(), v, a.max(),
                        a.cooldownSeconds(), a.bootSeconds(), a.evaluationPeriods(), a.scaleInPeriods())),
                (n, v) -> minRefusal(messages, scaling(n), v), complaint));
        fields.row(grid, fields.integer("inspector-autoscaling-max", 1, 100, n -> scaling(n).max(),
                (n, v) -> with(n, a -> new Autoscaling(a.enabled(), a.targetCpu(), a.min(), v,
                        a.cooldownSeconds(), a.bootSeconds(), a.evaluationPeriods(), a.scaleInPeriods())),
                (n, v) -> maxRefusal(messages, scaling(n), v), complaint));
        fields.row(grid, fields.integer("inspector-autoscaling-cooldown", 0, 3600,
                n -> (int) Math.round(scaling(n).cooldownSeconds()),
                (n, v) -> with(n, a -> new Autoscaling(a.enabled(), a.targetCpu(), a.min(), a.max(), v,
                        a.bootSeconds(), a.evaluationPeriods(), a.scaleInPeriods())), complaint));
        fields.row(grid, fields.integer("inspector-autoscaling-boot", 0, 3600,
                n -> (int) Math.round(scaling(n).bootSeconds()),
                (n, v) -> with(n, a -> new Autoscaling(a.enabled(), a.targetCpu(), a.min(), a.max(),
                        a.cooldownSeconds(), v, a.evaluationPeriods(), a.scaleInPeriods())), complaint));
        getChildren().addAll(fields.title("inspector.section.autoscaling"), grid, complaint,
                fields.hint("inspector.autoscaling.hint"));
    }

    /** Why {@code min} cannot be the new minimum, or null when it can. */
    static String minRefusal(Messages messages, Autoscaling a, int min) {
        return min > a.max() ? messages.text("inspector.autoscaling.minAboveMax", min, a.max(), a.min()) : null;
    }

    /** Why {@code max} cannot be the new maximum, or null when it can. */
    static String maxRefusal(Messages messages, Autoscaling a, int max) {
        return max < a.min() ? messages.text("inspector.autoscaling.maxBelowMin", max, a.min(), a.max()) : null;
    }

    private static Autoscaling scaling(Node n) {
        return n.server().autoscaling();
    }

    private static Node with(Node n, UnaryOperator<Autoscaling> change) {
        return n.withServer(n.server().withAutoscaling(change.apply(scaling(n))));
    }
}
