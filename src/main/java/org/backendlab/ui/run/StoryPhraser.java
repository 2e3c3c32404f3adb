package org.backendlab.ui.run;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.backendlab.model.Node;
import org.backendlab.model.NodeKind;
import org.backendlab.model.RequestKind;
import org.backendlab.sim.Failure;
import org.backendlab.sim.Outcome;
import org.backendlab.sim.ReasonCode;
import org.backendlab.sim.RequestStory;
import org.backendlab.sim.Step;
import org.backendlab.sim.StepKind;
import org.backendlab.ui.text.Phrase;
import org.backendlab.ui.text.Numbers;
import org.backendlab.ui.text.Messages;

/**
 * Turns the engine's structured story of one request into narration lines (a phrase to say, and the wire
 * the dot crosses meanwhile), skipping steps a beginner does not need and merging "asks the cache" with
 * its answer. Labels are the learner's own; the words come from the run bundle.
 */
public final class StoryPhraser {

    private final Function<String, Node> nodes;

    /** @param nodes finds a node by id (null when it no longer exists) */
    public StoryPhraser(Function<String, Node> nodes) {
        this.nodes = nodes;
    }

    public List<NarrationLine> phrase(RequestStory story) {
        List<Step> steps = new ArrayList<>(story.steps());
        steps.sort(Comparator.comparingDouble(Step::time)); // stable: same-time steps keep engine order
        List<NarrationLine> lines = new ArrayList<>();
        DotPath.Mark mark = DotPath.Mark.NONE;
        org.backendlab.ui.run.Hops hops = new org.backendlab.ui.run.Hops();
        String caller = null;
        String lastServer = null;
        boolean failed = false;
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(i);
            switch (s.kind()) {
                case TRAVEL -> {
                    hops.forward(s.node(), s.peer());
                    lines.add(NarrationLine.move(Phrase.of("step.TRAVEL", label(s.node()), label(s.peer())),
                            List.of(s.node(), s.peer()), mark));
                    if (kind(s.peer()) == NodeKind.DATABASE) {
                        lastServer = s.peer();
                    }
                }
                case RESPOND -> lines.add(NarrationLine.move(Phrase.of("step.RESPOND", label(s.node()), label(s.peer())),
                        hops.back(s.node(), s.peer()), mark));
                case ALLOWED -> lines.add(NarrationLine.say(s.rule() > 0
                        ? Phrase.of("step.ALLOWED", named(s.node()), label(story.client()), label(s.peer()), s.rule())
                        : Phrase.of("step.ALLOWED.norule", named(s.node()), label(story.client()), label(s.peer()))));
                case BALANCED -> lines.add(NarrationLine.say(
                        Phrase.of("step.BALANCED", named(s.node()), label(s.peer()), s.instance() + 1)));
                case QUEUE -> lines.add(NarrationLine.say(Phrase.of("step.QUEUE", label(s.node()))));
                case WAIT_CORE -> lines.add(NarrationLine.say(Phrase.of("step.WAIT_CORE", label(s.node()))));
                case WORK -> lines.add(NarrationLine.say(
                        Phrase.of("step.WORK", label(s.node()), Numbers.ms((s.until() - s.time()) * 1000))));
                case CALL -> {
                    caller = s.node();
                    String callee = nextPeer(steps, i, s.node());
                    if (callee != null && kind(callee) != NodeKind.CACHE) {
                        lines.add(NarrationLine.say(Phrase.of("step.CALL", label(s.node()), label(callee))));
                    }
                }
                case CACHE_HIT, CACHE_MISS -> {
                    mark = s.kind() == StepKind.CACHE_HIT ? DotPath.Mark.HIT : DotPath.Mark.MISS;
                    lines.add(NarrationLine.say(Phrase.of("step." + s.kind().name(),
                            label(caller == null ? story.client() : caller), named(s.node()))));
                }
                case CACHE_FILL, CACHE_INVALIDATE -> lines.add(NarrationLine.say(
                        Phrase.of("step." + s.kind().name(), label(s.node()), named(s.peer()))));
                case URL_HANDED_OUT -> lines.add(NarrationLine.say(Phrase.of("step.URL_HANDED_OUT", label(s.node()))));
                case FAIL -> {
                    if (!failed && s.failure() != null) {
                        failed = true;
                        lines.add(failure(s.failure()));
                    }
                }
                case DONE -> {
                    lines.add(NarrationLine.say(Phrase.of("step.DONE", label(story.client()), Numbers.ms(story.latencyMs()))));
                    if (story.kind() == RequestKind.DB_DIRECT && lastServer != null
                            && kind(story.client()) == NodeKind.CLIENT) {
                        lines.add(NarrationLine.warn(Phrase.of("story.exposed", label(story.client()), named(lastServer)),
                                lastServer));
                    }
                }
                default -> { }
            }
        }
        if (story.outcome() == Outcome.FAILED) {
            if (!failed && story.failure() != null) {
                lines.add(failure(story.failure()));
            }
            lines.add(NarrationLine.say(Phrase.of("story.failed", Numbers.ms(story.latencyMs()))));
        }
        return lines;
    }

    private NarrationLine failure(Failure f) {
        Phrase phrase = switch (f.code()) {
            case QUEUE_FULL -> Phrase.of("step.FAIL.QUEUE_FULL", label(f.node()), Numbers.whole(f.limit()));
            case TIMEOUT -> Phrase.of("step.FAIL.TIMEOUT", label(f.node()), Numbers.ms(f.limit()));
            case NODE_DOWN -> Phrase.of("step.FAIL.NODE_DOWN", label(f.node()));
            case REFUSED -> Phrase.of("step.FAIL.REFUSED", named(f.node()), label(f.origin()), label(f.destination()), f.rule());
            case NO_ROUTE -> Phrase.of("step.FAIL.NO_ROUTE", label(f.node()),
                    new Phrase("kindWord." + (f.need() == null ? NodeKind.API_SERVER : f.need()).name(), List.of()));
        };
        return NarrationLine.fail(phrase, f.node(), endOf(f.code()));
    }

    /** How a failure code shows on a dot. */
    public static DotPath.End endOf(ReasonCode code) {
        return switch (code) {
            case REFUSED -> DotPath.End.REFUSED;
            case QUEUE_FULL -> DotPath.End.DROPPED;
            case TIMEOUT -> DotPath.End.TIMED_OUT;
            case NODE_DOWN, NO_ROUTE -> DotPath.End.FAILED;
        };
    }

    private static String nextPeer(List<Step> steps, int from, String node) {
        for (int i = from + 1; i < steps.size(); i++) {
            Step s = steps.get(i);
            if (s.kind() == StepKind.TRAVEL && node.equals(s.node())) {
                return s.peer();
            }
        }
        return null;
    }

    /**
     * A node named with its kind where the label does not say it ("the firewall FW-A", "방화벽 FW-A"), or
     * just its label when it does ("Firewall", "방화벽 1").
     */
    private Phrase named(String id) {
        Node node = id == null ? null : nodes.apply(id);
        if (node == null) {
            return Phrase.of("named.plain", id == null ? "?" : id);
        }
        String label = node.label().toLowerCase(java.util.Locale.ROOT);
        String key = "kindWord." + node.kind().name();
        boolean saysKind = label.contains(Messages.english().get(key).toLowerCase(java.util.Locale.ROOT))
                || label.contains(Messages.korean().get(key));
        return saysKind || !Messages.english().has("named." + node.kind().name())
                ? Phrase.of("named.plain", node.label()) : Phrase.of("named." + node.kind().name(), node.label());
    }

    private String label(String id) {
        if (id == null) {
            return "?";
        }
        Node node = nodes.apply(id);
        return node == null ? id : node.label();
    }

    private NodeKind kind(String id) {
        Node node = id == null ? null : nodes.apply(id);
        return node == null ? null : node.kind();
    }
}
