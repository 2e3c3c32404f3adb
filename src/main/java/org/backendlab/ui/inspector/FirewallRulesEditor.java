package org.backendlab.ui.inspector;

import org.backendlab.ui.widgets.WordCell;
import java.util.List;
import java.util.function.UnaryOperator;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.geometry.HPos;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.backendlab.model.Diagram;
import org.backendlab.model.Endpoint;
import org.backendlab.model.FirewallRule;
import org.backendlab.model.Node;
import org.backendlab.model.RuleAction;
import org.backendlab.ui.text.Messages;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A firewall's ordered rules, each a row that reads as a sentence ("1. Allow API servers → Database"):
 * switch it on or off, change what it does and to what, move it up or down, remove it; add a rule or go
 * back to the safe defaults. Every change is one undoable edit of the firewall node.
 */
final class FirewallRulesEditor extends VBox {

    private final InspectorContext ctx;
    private final Fields fields;
    private final Messages messages;
    private final RuleWords words;
    private final VBox rows = new VBox();
    private final Button restore = new Button();
    private List<FirewallRule> shownRules;
    private String shownLabels;
    private String focusAfterRebuild;

    FirewallRulesEditor(InspectorContext ctx, Fields fields) {
        this.ctx = ctx;
        this.fields = fields;
        this.messages = ctx.messages();
        this.words = new RuleWords(messages);
        getStyleClass().add("inspector-group");
        setId("inspector-rules-editor");
        rows.setId("inspector-rules");
        rows.getStyleClass().add("inspector-rules");

        Button add = button("inspector-rule-add", "mdi2p-plus", messages.text("inspector.rules.add"));
        add.setOnAction(e -> {
            focusAfterRebuild = "inspector-rule-" + (RuleList.addedAt(rules()) + 1) + "-action";
            edit(RuleList::add);
        });
        restore.setId("inspector-rules-restore");
        restore.setText(messages.text("inspector.rules.restore"));
        restore.setGraphic(new FontIcon("mdi2s-shield-refresh"));
        restore.setTooltip(fields.tooltip("inspector-rules-restore"));
        restore.getStyleClass().add("inspector-button");
        restore.setOnAction(e -> edit(r -> FirewallRule.defaults()));
        FlowPane buttons = new FlowPane(add, restore);
        buttons.getStyleClass().add("inspector-buttons");

        getChildren().addAll(fields.title("inspector.section.rules"), fields.hint("inspector.rules.hint"), rows,
                buttons);
        ctx.onRefresh(this::show);
    }

    private List<FirewallRule> rules() {
        return ctx.shown().map(Node::rules).orElse(List.of());
    }

    private void edit(UnaryOperator<List<FirewallRule>> change) {
        ctx.edit(n -> n.withRules(change.apply(n.rules())));
    }

    /** Rebuilds the rows when the rules (or the labels they mention) changed, keeping keyboard focus. */
    private void show(Node node) {
        restore.setDisable(node.rules().equals(FirewallRule.defaults()));
        String labels = ctx.diagram().nodes().stream().map(n -> n.id() + "=" + n.label()).toList().toString();
        if (node.rules().equals(shownRules) && labels.equals(shownLabels)) {
            return;
        }
        String focus = focusAfterRebuild != null ? focusAfterRebuild : focusedId();
        focusAfterRebuild = null;
        shownRules = node.rules();
        shownLabels = labels;
        rows.getChildren().clear();
        List<FirewallRule> rules = node.rules();
        if (rules.isEmpty()) {
            Label none = new Label(messages.text("inspector.rules.none"));
            none.setWrapText(true);
            none.getStyleClass().add("inspector-hint");
            rows.getChildren().add(none);
        }
        for (int i = 0; i < rules.size(); i++) {
            rows.getChildren().add(row(i, rules, ctx.diagram()));
        }
        if (focus != null) {
            javafx.scene.Node target = rows.lookup("#" + focus);
            if (target != null && !target.isDisabled()) {
                target.requestFocus();
            }
        }
    }

    private String focusedId() {
        Scene scene = getScene();
        if (scene == null || scene.getFocusOwner() == null) {
            return null;
        }
        javafx.scene.Node owner = scene.getFocusOwner();
        for (javafx.scene.Node n = owner; n != null; n = n.getParent()) {
            if (n == rows) {
                return owner.getId();
            }
        }
        return null;
    }

    private VBox row(int index, List<FirewallRule> rules, Diagram diagram) {
        FirewallRule rule = rules.get(index);
        String prefix = "inspector-rule-" + (index + 1);

        CheckBox on = new CheckBox(words.sentence(index, rule, diagram));
        on.setId(prefix + "-enabled");
        on.setSelected(rule.enabled());
        on.setWrapText(true);
        on.setMaxWidth(Double.MAX_VALUE);
        on.getStyleClass().add("inspector-rule-sentence");
        on.setTooltip(fields.tooltip("inspector-rule-enabled"));
        on.selectedProperty().addListener((o, was, now) ->
                edit(r -> RuleList.change(r, index, x -> x.withEnabled(now))));
        HBox.setHgrow(on, Priority.ALWAYS);

        Button up = iconButton(prefix + "-up", "mdi2a-arrow-up", "inspector-rule-up");
        up.setDisable(index == 0);
        up.setOnAction(e -> move(index, -1, "-up"));
        Button down = iconButton(prefix + "-down", "mdi2a-arrow-down", "inspector-rule-down");
        down.setDisable(index == rules.size() - 1);
        down.setOnAction(e -> move(index, +1, "-down"));
        Button remove = iconButton(prefix + "-remove", "mdi2d-delete-outline", "inspector-rule-remove");
        remove.setOnAction(e -> {
            focusAfterRebuild = rules.size() > 1 ? "inspector-rule-" + Math.min(index + 1, rules.size() - 1) + "-remove"
                    : "inspector-rule-add";
            edit(r -> RuleList.remove(r, index));
        });
        HBox head = new HBox(on, up, down, remove);
        head.getStyleClass().add("inspector-rule-head");

        ComboBox<RuleAction> action = combo(prefix + "-action", "inspector-rule-action", List.of(RuleAction.values()),
                a -> messages.text("inspector.rules.action." + a.name()), rule.action());
        action.valueProperty().addListener((o, was, now) ->
                edit(r -> RuleList.change(r, index, x -> RuleList.withAction(x, now))));
        ComboBox<Endpoint> origin = combo(prefix + "-origin", "inspector-rule-origin",
                RuleWords.choices(diagram, rule.origin()), e -> words.choice(e, diagram), rule.origin());
        origin.valueProperty().addListener((o, was, now) ->
                edit(r -> RuleList.change(r, index, x -> RuleList.withOrigin(x, now))));
        ComboBox<Endpoint> destination = combo(prefix + "-destination", "inspector-rule-destination",
                RuleWords.choices(diagram, rule.destination()), e -> words.choice(e, diagram), rule.destination());
        destination.valueProperty().addListener((o, was, now) ->
                edit(r -> RuleList.change(r, index, x -> RuleList.withDestination(x, now))));
        // Each choice on its own full-width line under a short label, so long names ("every API server",
        // a node's own label) are not cut off in a narrow inspector.
        GridPane ends = new GridPane();
        ends.getStyleClass().add("inspector-rule-ends");
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        labels.setHalignment(HPos.RIGHT);
        ColumnConstraints choices = new ColumnConstraints();
        choices.setHgrow(Priority.ALWAYS);
        choices.setFillWidth(true);
        ends.getColumnConstraints().setAll(labels, choices);
        ends.addRow(0, fieldLabel("inspector.rules.field.action", action), action);
        ends.addRow(1, fieldLabel("inspector.rules.field.origin", origin), origin);
        ends.addRow(2, fieldLabel("inspector.rules.field.destination", destination), destination);
        VBox row = new VBox(head, ends);
        row.setId(prefix);
        row.getStyleClass().add("inspector-rule");
        if (!rule.enabled()) {
            row.getStyleClass().add("inspector-rule-off");
        }
        int shadow = RuleList.shadowedBy(rules, index);
        if (shadow >= 0) {
            Label never = new Label(messages.text("inspector.rules.unreachable", shadow + 1));
            never.setId(prefix + "-unreachable");
            never.setWrapText(true);
            never.getStyleClass().add("inspector-rule-note");
            row.getChildren().add(never);
        }
        return row;
    }

    private Label fieldLabel(String key, javafx.scene.Node field) {
        Label label = new Label(messages.text(key));
        label.getStyleClass().add("inspector-rule-field");
        label.setLabelFor(field);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private void move(int index, int by, String button) {
        int to = index + by;
        focusAfterRebuild = "inspector-rule-" + (to + 1) + button;
        edit(r -> RuleList.move(r, index, by));
    }

    private <T> ComboBox<T> combo(String id, String tipId, List<T> choices, java.util.function.Function<T, String> text,
                                  T value) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(choices);
        WordCell.showInWords(box, text);
        box.setValue(value);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setMinWidth(0);
        box.setPrefWidth(1);
        box.setTooltip(fields.tooltip(tipId));
        return box;
    }

    private Button iconButton(String id, String icon, String tipId) {
        Button button = new Button(null, new FontIcon(icon));
        button.setId(id);
        button.getStyleClass().addAll("inspector-icon-button", "flat");
        button.setTooltip(fields.tooltip(tipId));
        button.setAccessibleText(messages.text(Fields.key(tipId) + ".tooltip"));
        button.setMinWidth(Region.USE_PREF_SIZE);
        return button;
    }

    private Button button(String id, String icon, String text) {
        Button button = new Button(text, new FontIcon(icon));
        button.setId(id);
        button.setTooltip(fields.tooltip(id));
        button.getStyleClass().add("inspector-button");
        return button;
    }
}
