package org.backendlab.lesson;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.backendlab.lesson.goal.Goal;
import org.backendlab.model.Diagram;

/** Reads one step of a lesson file (see {@link LessonReader}), remembering the node ids it names. */
final class StepReader {

    private final JsonFields.Sink sink;
    private final Path folder;
    /** At most this many stars per step (credit for margin beyond the goal). */
    static final int MAX_STARS = 3;

    private final GoalReader goals;
    private final List<GoalReader.NodeRef> highlightRefs = new ArrayList<>();
    /** The diagram the step loads at its start, if it names one. */
    Diagram diagram;

    StepReader(JsonFields.Sink sink, Path folder) {
        this.sink = sink;
        this.folder = folder;
        this.goals = new GoalReader(sink);
    }

    List<GoalReader.NodeRef> refs() {
        List<GoalReader.NodeRef> all = new ArrayList<>(highlightRefs);
        all.addAll(goals.refs);
        return all;
    }

    LessonStep read(JsonFields.Element element, int number) {
        JsonFields f = sink.object(element.node(), element.path(), "title", "text", "highlights", "start", "goal",
                "hints", "explanation", "teacherNote", "concepts", "question", "picture", "stars");
        if (f == null) {
            return null;
        }
        Text title = f.text("title", true);
        Text text = f.text("text", true);
        List<Highlight> highlights = new ArrayList<>();
        List<String> names = f.strings("highlights");
        for (int i = 0; i < names.size(); i++) {
            Highlight h = Highlight.parse(names.get(i));
            if (h.isNode()) {
                highlightRefs.add(new GoalReader.NodeRef(h.node(), f.at("highlights") + "[" + i + "]"));
            }
            highlights.add(h);
        }
        StartState start = f.has("start") ? start(f) : null;
        Goal goal = f.has("goal") ? goals.read(f.raw("goal"), f.at("goal")) : null;
        if (!f.has("goal")) {
            sink.error(f.at("goal"), "missing");
        }
        List<Text> hints = new ArrayList<>();
        for (JsonFields.Element e : f.array("hints", false)) {
            hints.add(sink.textAt(e.node(), e.path()));
        }
        Text explanation = f.text("explanation", true);
        Text note = f.text("teacherNote", true);
        List<String> concepts = LessonReader.concepts(f);
        Question question = f.has("question") ? question(f) : null;
        String picture = f.string("picture", false);
        if (picture != null) {
            LessonReader.inside(folder, picture, sink, f.at("picture"));
        }
        List<Goal> stars = new ArrayList<>();
        var starElements = f.array("stars", false);
        if (f.has("stars") && (starElements.isEmpty() || starElements.size() > MAX_STARS)) {
            sink.error(f.at("stars"), "must list 1 to " + MAX_STARS + " goals");
        }
        for (JsonFields.Element e : starElements) {
            stars.add(goals.read(e.node(), e.path()));
        }
        stars.removeIf(java.util.Objects::isNull);
        return new LessonStep(number, title, text, highlights, start, goal, hints, explanation, note, concepts,
                question, picture, stars);
    }

    private StartState start(JsonFields f) {
        JsonFields s = sink.object(f.raw("start"), f.at("start"), "diagram", "rate", "running", "down");
        if (s == null) {
            return null;
        }
        String name = s.string("diagram", false);
        if (name != null) {
            diagram = LessonReader.diagram(folder, name, sink, s.at("diagram"));
        }
        Double rate = s.number("rate", false);
        if (rate != null && (rate < 0 || rate > 1_000_000)) {
            sink.error(s.at("rate"), "must be 0-1000000");
        }
        List<String> down = s.strings("down");
        for (int i = 0; i < down.size(); i++) {
            highlightRefs.add(new GoalReader.NodeRef(down.get(i), s.at("down") + "[" + i + "]"));
        }
        return new StartState(name, rate, s.bool("running"), down);
    }

    private Question question(JsonFields f) {
        JsonFields q = sink.object(f.raw("question"), f.at("question"), "text", "choices");
        if (q == null) {
            return null;
        }
        Text text = q.text("text", true);
        List<Question.Choice> choices = new ArrayList<>();
        List<JsonFields.Element> elements = q.array("choices", true);
        if (q.has("choices") && (elements.size() < 2 || elements.size() > 6)) {
            sink.error(q.at("choices"), "a question needs 2 to 6 choices");
        }
        for (JsonFields.Element e : elements) {
            JsonFields c = sink.object(e.node(), e.path(), "text", "measure");
            if (c == null) {
                continue;
            }
            Text t = c.text("text", true);
            Goal measure = c.has("measure") ? goals.read(c.raw("measure"), c.at("measure")) : null;
            if (!c.has("measure")) {
                sink.error(c.at("measure"), "missing (the clause that says whether this choice came true)");
            }
            choices.add(new Question.Choice(t, measure));
        }
        return new Question(text, choices);
    }
}
