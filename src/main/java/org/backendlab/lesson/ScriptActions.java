package org.backendlab.lesson;

import java.util.List;
import org.backendlab.lesson.goal.NodeFields;
import org.backendlab.model.Diagram;
import org.backendlab.model.EditRefusedException;
import org.backendlab.model.Link;
import org.backendlab.model.Node;
import org.backendlab.model.NodeKind;
import org.backendlab.model.edit.Edits;
import org.backendlab.session.Document;
import org.backendlab.session.RunSession;

/**
 * Does one script action through the same document gateway and run session the UI uses, so "Show me",
 * {@code lessons play} and {@code lessons check} change exactly what a learner's clicks would.
 */
public final class ScriptActions {

    /** Seconds between snapshots while a script runs the simulation. */
    public static final double SNAPSHOT_EVERY = 1.0;

    private ScriptActions() {
    }

    /** An action the app refused; the message says why in plain English. */
    public static final class Refused extends Exception {
        public Refused(String message) {
            super(message);
        }
    }

    /** Does an action; {@code step} receives answers (it may be null when the action is no answer). */
    public static void apply(ScriptAction action, RunSession session, StepRun step) throws Refused {
        Document document = session.document();
        Diagram diagram = document.diagram();
        try {
            if (action instanceof ScriptAction.Add a) {
                int n = diagram.nodes().size();
                double x = a.x() != null ? a.x() : 120 + 180 * (n % 6);
                double y = a.y() != null ? a.y() : 120 + 160 * (n / 6);
                document.perform(Edits.addNode(Node.create(a.id(), a.kind(), a.label() != null ? a.label() : label(a.kind()), x, y)));
            } else if (action instanceof ScriptAction.Remove r) {
                diagram.require(r.node());
                document.perform(Edits.remove(List.of(r.node()), List.of()));
            } else if (action instanceof ScriptAction.Wire w) {
                Link link = new Link(w.from(), w.to(), w.kind(), w.latencyMs() != null ? w.latencyMs()
                        : w.kind() == org.backendlab.model.LinkKind.CALLS ? Link.DEFAULT_LATENCY_MS : 0);
                document.perform(Edits.addLink(link));
            } else if (action instanceof ScriptAction.Unwire u) {
                Link link = diagram.links().stream().filter(l -> l.from().equals(u.from()) && l.to().equals(u.to())
                        && l.kind() == u.kind()).findFirst()
                        .orElseThrow(() -> new Refused("no wire from " + u.from() + " to " + u.to()));
                document.perform(Edits.remove(List.of(), List.of(link)));
            } else if (action instanceof ScriptAction.Set s) {
                Node before = diagram.node(s.node()).orElseThrow(() -> new Refused("no node " + s.node()));
                Node after = NodeFields.set(before, s.field(), s.value());
                document.perform(Edits.change(before, after));
            } else if (action instanceof ScriptAction.Rate r) {
                if (diagram.nodes().stream().noneMatch(n -> n.traffic() != null)) {
                    throw new Refused("there is no client to send traffic");
                }
                session.setRate(r.value());
            } else if (action instanceof ScriptAction.Down d) {
                if (!diagram.contains(d.node())) {
                    throw new Refused("no node " + d.node());
                }
                session.setDown(d.node(), d.down());
            } else if (action instanceof ScriptAction.Send s) {
                if (s.from() != null && !diagram.node(s.from()).map(n -> n.kind().isOrigin()).orElse(false)) {
                    throw new Refused(s.from() + " is not a client or admin on the diagram");
                }
                if (session.sendOne(s.kind(), s.from(), s.force()).isEmpty()) {
                    throw new Refused("there is no client or admin to send from");
                }
            } else if (action instanceof ScriptAction.Run r) {
                session.runFor(r.seconds(), SNAPSHOT_EVERY);
            } else if (action instanceof ScriptAction.Restart) {
                session.restart();
            } else if (action instanceof ScriptAction.Answer a) {
                if (step == null || !step.answer(a.choice())) {
                    throw new Refused("this step has no choice " + a.choice());
                }
            }
        } catch (EditRefusedException e) {
            throw new Refused(org.backendlab.io.Refusals.english(e.reason()));
        } catch (IllegalArgumentException e) {
            throw new Refused(e.getMessage());
        }
    }

    /** The English name a new node gets (the app relabels it in the learner's language). */
    static String label(NodeKind kind) {
        return switch (kind) {
            case CLIENT -> "Client";
            case ADMIN -> "Admin";
            case FIREWALL -> "Firewall";
            case LOAD_BALANCER -> "Load balancer";
            case API_SERVER -> "API server";
            case CACHE -> "Cache";
            case DATABASE -> "Database";
            case FILE_STORAGE -> "File storage";
            case MONITORING -> "Monitoring";
        };
    }
}
