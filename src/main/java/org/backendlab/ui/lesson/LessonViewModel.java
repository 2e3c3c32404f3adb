package org.backendlab.ui.lesson;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import org.backendlab.lesson.Highlight;
import org.backendlab.lesson.Lesson;
import org.backendlab.lesson.LessonFileException;
import org.backendlab.lesson.LessonLibrary;
import org.backendlab.lesson.LessonRun;
import org.backendlab.lesson.LessonStep;
import org.backendlab.lesson.Progress;
import org.backendlab.lesson.StepRun;
import org.backendlab.lesson.Text;
import org.backendlab.lesson.goal.GoalState;
import org.backendlab.session.Subscription;
import org.backendlab.ui.editor.EditorViewModel;
import org.backendlab.ui.run.RunViewModel;
import org.backendlab.ui.text.DefaultLabels;
import org.backendlab.ui.text.Language;
import org.backendlab.ui.text.Messages;

/**
 * The lesson panel's state as read-only JavaFX properties, copied from the lesson run, the current step's
 * attempt and the learner's progress; and the panel's commands (open, next, back, skip, restart, hint,
 * answer, show me, reset). One per app run, so a language switch or a rebuilt window keeps the lesson.
 */
public final class LessonViewModel {

    /** How far the learner got in a lesson of the list. */
    public enum Status { NOT_STARTED, IN_PROGRESS, DONE, BROKEN }

    /** One lesson of the list; {@code error} is the file's one-line message when it cannot be opened. */
    public record Item(String id, String title, String summary, int minutes, int steps, int passed, Status status,
                       String error) {
    }

    /** One row of the live checklist: met or not, and the clause in words with its value now. */
    public record Check(boolean met, String text) {
    }

    /** One choice of the step's question after the answer: picked or not, whether it came true, the measure. */
    public record Guess(int choice, String text, boolean picked, boolean cameTrue, String measured) {
    }

    private final RunViewModel run;
    private final EditorViewModel editor;
    private final ObservableValue<Language> language;
    private final LessonAsk ask;
    private final ProgressKeeper keeper;
    private final ShowMe showMe;
    private final List<LessonLibrary.Entry> opened = new ArrayList<>();
    private List<LessonLibrary.Entry> entries = List.of();
    private Progress progress;
    private LessonRun lessonRun;
    private Subscription stepWatch = Subscription.EMPTY;
    private boolean resumed;

    private final ReadOnlyObjectWrapper<List<Item>> items = new ReadOnlyObjectWrapper<>(this, "items", List.of());
    private final ReadOnlyStringWrapper lessonId = new ReadOnlyStringWrapper(this, "lessonId");
    private final ReadOnlyStringWrapper lessonTitle = new ReadOnlyStringWrapper(this, "lessonTitle", "");
    private final ReadOnlyIntegerWrapper stepNumber = new ReadOnlyIntegerWrapper(this, "stepNumber");
    private final ReadOnlyIntegerWrapper stepCount = new ReadOnlyIntegerWrapper(this, "stepCount");
    private final ReadOnlyStringWrapper stepTitle = new ReadOnlyStringWrapper(this, "stepTitle", "");
    private final ReadOnlyStringWrapper stepText = new ReadOnlyStringWrapper(this, "stepText", "");
    private final ReadOnlyObjectWrapper<List<Check>> checklist = new ReadOnlyObjectWrapper<>(this, "checklist", List.of());
    private final ReadOnlyBooleanWrapper passed = new ReadOnlyBooleanWrapper(this, "passed");
    private final ReadOnlyBooleanWrapper finished = new ReadOnlyBooleanWrapper(this, "finished");
    private final ReadOnlyStringWrapper explanation = new ReadOnlyStringWrapper(this, "explanation", "");
    private final ReadOnlyStringWrapper teacherNote = new ReadOnlyStringWrapper(this, "teacherNote", "");
    private final ReadOnlyObjectWrapper<List<String>> hints = new ReadOnlyObjectWrapper<>(this, "hints", List.of());
    private final ReadOnlyBooleanWrapper hintsLeft = new ReadOnlyBooleanWrapper(this, "hintsLeft");
    private final ReadOnlyStringWrapper question = new ReadOnlyStringWrapper(this, "question", "");
    private final ReadOnlyObjectWrapper<List<String>> choices = new ReadOnlyObjectWrapper<>(this, "choices", List.of());
    private final ReadOnlyIntegerWrapper answer = new ReadOnlyIntegerWrapper(this, "answer");
    private final ReadOnlyObjectWrapper<List<Guess>> guesses = new ReadOnlyObjectWrapper<>(this, "guesses", List.of());
    private final ReadOnlyStringWrapper verdict = new ReadOnlyStringWrapper(this, "verdict", "");
    private final ReadOnlyObjectWrapper<List<Highlight>> highlights = new ReadOnlyObjectWrapper<>(this, "highlights", List.of());
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    public LessonViewModel(RunViewModel run, ObservableValue<Language> language, LessonAsk ask, ProgressKeeper keeper) {
        this.run = run;
        this.editor = run.editor();
        this.language = language;
        this.ask = ask;
        this.keeper = keeper;
        this.progress = keeper.load();
        this.showMe = new ShowMe(run, this::afterShownAction);
        // Lives as long as the view-model, as do the run and the language it listens to.
        language.addListener((o, a, b) -> refresh());
        reloadLibrary();
    }

    private Messages messages() {
        return Messages.of(language.getValue());
    }

    private String lang() {
        return language.getValue().code();
    }

    // ---------------------------------------------------------------- the list

    /** Reads the lesson folders again (the app's, the teacher's own and those opened this run). */
    public void reloadLibrary() {
        List<LessonLibrary.Entry> all = new ArrayList<>(LessonLibrary.all());
        for (LessonLibrary.Entry e : opened) {
            all.removeIf(x -> x.id().equals(e.id()));
            all.add(e);
        }
        entries = all;
        refreshItems();
    }

    private void refreshItems() {
        List<Item> list = new ArrayList<>();
        for (LessonLibrary.Entry e : entries) {
            if (!e.ok()) {
                list.add(new Item(e.id(), e.id(), "", 0, 0, 0, Status.BROKEN, firstLine(e.error())));
                continue;
            }
            Lesson l = e.lesson();
            Progress.LessonProgress p = progress.of(l.id());
            int done = (int) p.passed().stream().filter(n -> n <= l.steps().size()).count();
            Status status = done >= l.steps().size() ? Status.DONE
                    : progress.lessons().containsKey(l.id()) ? Status.IN_PROGRESS : Status.NOT_STARTED;
            list.add(new Item(l.id(), l.title().in(lang()), l.summary().in(lang()), l.minutes(), l.steps().size(), done,
                    status, null));
        }
        items.set(List.copyOf(list));
    }

    /**
     * Opens the lesson the learner was in when the app last closed, at that step (once per app run).
     * True when a lesson is open afterwards.
     */
    public boolean resume() {
        if (!resumed) {
            resumed = true;
            String current = progress.current();
            Optional<Lesson> lesson = current == null ? Optional.empty() : lesson(current);
            if (lesson.isPresent()) {
                start(lesson.get(), progress.of(current).step());
            }
        }
        return lessonRun != null;
    }

    /**
     * The very first start (no lesson was ever opened): opens the first lesson at its first step, whose task
     * is one click away (send one request). True when it did.
     */
    public boolean openFirstOnFirstStart() {
        if (lessonRun != null || progress.current() != null || !progress.lessons().isEmpty()) {
            return false;
        }
        return entries.stream().filter(LessonLibrary.Entry::ok).findFirst()
                .map(e -> start(e.lesson(), 1)).orElse(false);
    }

    private Optional<Lesson> lesson(String id) {
        return entries.stream().filter(e -> e.id().equals(id) && e.ok()).map(LessonLibrary.Entry::lesson).findFirst();
    }

    /** Opens a lesson of the list where the learner left it, after asking about unsaved changes. */
    public boolean open(String id) {
        Optional<LessonLibrary.Entry> entry = entries.stream().filter(e -> e.id().equals(id)).findFirst();
        if (entry.isEmpty()) {
            return false;
        }
        if (!entry.get().ok()) {
            refuse(id, entry.get().error());
            return false;
        }
        if (!ask.mayDropChanges()) {
            return false;
        }
        return start(entry.get().lesson(), progress.of(id).step());
    }

    /** Opens a lesson at a step without asking (screenshots, and tests that set the stage). */
    public boolean openAt(String id, int step) {
        return lesson(id).map(l -> start(l, step)).orElse(false);
    }

    /** File > Open lesson folder: lists the folder's lesson and opens it; a broken one shows its message. */
    public boolean openFolder(Path folder) {
        String id = folder.getFileName() == null ? folder.toString() : folder.getFileName().toString();
        LessonLibrary.Entry read;
        try {
            Lesson lesson = LessonLibrary.load(folder);
            read = new LessonLibrary.Entry(lesson.id(), folder, lesson, null);
        } catch (LessonFileException e) {
            read = new LessonLibrary.Entry(id, folder, null, e);
        }
        LessonLibrary.Entry entry = read;
        opened.removeIf(x -> x.id().equals(entry.id()));
        opened.add(entry);
        reloadLibrary();
        return open(entry.id());
    }

    /** The first error of a file (the message may list two more lines). */
    private static String firstLine(LessonFileException e) {
        return e.getMessage().lines().findFirst().orElse("");
    }

    private void refuse(String id, LessonFileException e) {
        String line = firstLine(e);
        error.set(messages().text("lesson.error", line));
        editor.say("status.lesson.error", id, line);
    }

    private boolean start(Lesson lesson, int step) {
        closeRun();
        LessonRun fresh = new LessonRun(lesson, run.session());
        DefaultLabels labels = new DefaultLabels(messages());
        fresh.setDiagramPreparer(labels::localize);
        try {
            fresh.open(step);
        } catch (LessonFileException e) {
            fresh.close();
            refuse(lesson.id(), e);
            return false;
        }
        lessonRun = fresh;
        error.set("");
        finished.set(false);
        stepBegan();
        editor.say("status.lesson.opened", lesson.title().in(lang()), stepNumber.get());
        return true;
    }

    // ---------------------------------------------------------------- moving through the steps

    /** Moves on once the step is passed; on the last step, finishes the lesson. */
    public void next() {
        if (lessonRun == null || !passed.get()) {
            return;
        }
        if (lessonRun.atLastStep()) {
            finished.set(true);
            editor.say("status.lesson.finished", lessonTitle.get());
            refreshItems();
            return;
        }
        move(() -> lessonRun.next(), "status.lesson.step");
    }

    /** Moves on without passing the step. */
    public void skip() {
        if (lessonRun != null && !lessonRun.atLastStep()) {
            move(() -> lessonRun.next(), "status.lesson.skipped");
        }
    }

    public void back() {
        if (lessonRun != null && lessonRun.stepNumber() > 1) {
            move(() -> lessonRun.back(), "status.lesson.step");
        }
    }

    /** Sets the current step's stage again and forgets its hints and answer. */
    public void restartStep() {
        if (lessonRun != null) {
            move(() -> lessonRun.restartStep(), "status.lesson.restarted");
        }
    }

    private interface StepMove {
        StepRun go() throws LessonFileException;
    }

    private void move(StepMove how, String said) {
        showMe.stop();
        try {
            how.go();
        } catch (LessonFileException e) {
            refuse(lessonId.get(), e);
            return;
        }
        finished.set(false);
        stepBegan();
        editor.say(said, stepNumber.get(), stepTitle.get());
    }

    private void stepBegan() {
        stepWatch.unsubscribe();
        StepRun step = lessonRun.current();
        Integer saved = progress.of(lessonRun.lesson().id()).answers().get(step.step().number());
        if (saved != null) {
            step.answer(saved);
        }
        stepWatch = step.addListener(state -> goalChanged());
        progress = progress.withStep(lessonRun.lesson().id(), step.step().number());
        save();
        refresh();
    }

    private void goalChanged() {
        StepRun step = current();
        if (step == null) {
            return;
        }
        if (step.passed() && !passed.get()) {
            progress = progress.withPassed(lessonRun.lesson().id(), step.step().number());
            save();
            editor.say("status.lesson.passed", step.step().number());
        }
        refresh();
    }

    // ---------------------------------------------------------------- hints, answers, show me, reset

    /** Reveals the next hint; empty when every hint is shown. */
    public Optional<String> hint() {
        StepRun step = current();
        if (step == null) {
            return Optional.empty();
        }
        Optional<Text> next = step.nextHint();
        if (next.isEmpty()) {
            editor.say("status.lesson.noHint");
            return Optional.empty();
        }
        refresh();
        editor.say("status.lesson.hint", step.hints().size(), step.step().hints().size());
        return Optional.of(next.get().in(lang()));
    }

    /** Records the answer to the step's question (choice from 1). */
    public boolean answer(int choice) {
        StepRun step = current();
        if (step == null || !step.answer(choice)) {
            return false;
        }
        progress = progress.withAnswer(lessonRun.lesson().id(), step.step().number(), choice);
        save();
        refresh();
        editor.say("status.lesson.answered", step.step().question().choices().get(choice - 1).text().in(lang()));
        return true;
    }

    /** Starts the step again and plays the solution's actions at a readable pace; false when there are none. */
    public boolean showMe() {
        if (lessonRun == null) {
            return false;
        }
        var actions = lessonRun.solutionActions();
        if (actions.isEmpty()) {
            editor.say("status.lesson.showMeNone");
            return false;
        }
        restartStep();
        showMe.play(lessonRun, actions, messages());
        editor.say("status.lesson.showMe", stepNumber.get(), actions.size());
        return true;
    }

    public void stopShowMe() {
        if (showMe.playingProperty().get()) {
            showMe.stop();
            editor.say("status.lesson.showMeStopped");
        }
    }

    private void afterShownAction(String refused) {
        if (refused != null) {
            editor.say("status.lesson.showMeRefused", refused);
        } else if (!showMe.playingProperty().get()) {
            editor.say("status.lesson.showMeDone");
        }
        refresh();
    }

    /** Says in the status bar that the teacher's note was shown or hidden. */
    public void sayTeacherNote(boolean shown) {
        editor.say(shown ? "status.lesson.teacherShown" : "status.lesson.teacherHidden");
    }

    /** Forgets the open lesson's progress (after asking) and starts it again at step 1. */
    public boolean resetProgress() {
        if (lessonRun == null || !ask.confirmReset(lessonTitle.get())) {
            return false;
        }
        Lesson lesson = lessonRun.lesson();
        progress = progress.without(lesson.id());
        save();
        start(lesson, 1);
        editor.say("status.lesson.reset", lesson.title().in(lang()));
        return true;
    }

    private void save() {
        try {
            keeper.save(progress);
        } catch (IOException e) {
            editor.say("status.lesson.progressNotSaved");
        }
    }

    // ---------------------------------------------------------------- copying state into properties

    private StepRun current() {
        return lessonRun == null ? null : lessonRun.current();
    }

    private void refresh() {
        refreshItems();
        StepRun step = current();
        if (step == null) {
            lessonId.set(null);
            return;
        }
        String lang = lang();
        Lesson lesson = lessonRun.lesson();
        LessonStep s = step.step();
        lessonTitle.set(lesson.title().in(lang));
        stepCount.set(lesson.steps().size());
        stepNumber.set(s.number());
        stepTitle.set(s.title().in(lang));
        stepText.set(s.text().in(lang));
        GoalState state = step.state();
        checklist.set(state.checklist().stream().map(g -> new Check(g.met(), g.text(lang))).toList());
        passed.set(step.passed());
        explanation.set(s.explanation().in(lang));
        teacherNote.set(s.teacherNote() == null ? "" : s.teacherNote().in(lang));
        hints.set(step.hints().stream().map(t -> t.in(lang)).toList());
        hintsLeft.set(step.hints().size() < s.hints().size());
        question.set(s.question() == null ? "" : s.question().text().in(lang));
        choices.set(s.question() == null ? List.of() : s.question().choices().stream().map(c -> c.text().in(lang)).toList());
        answer.set(step.answer().orElse(0));
        guesses.set(step.predictions().stream().map(p -> new Guess(p.choice(), p.text().in(lang), p.picked(),
                p.measured().met(), p.measured().text(lang))).toList());
        verdict.set(verdict(lang));
        highlights.set(s.highlights());
        lessonId.set(lesson.id());
    }

    /** One sentence comparing the prediction with what was measured (empty without an answer). */
    private String verdict(String lang) {
        List<Guess> all = guesses.get();
        Guess mine = all.stream().filter(Guess::picked).findFirst().orElse(null);
        if (mine == null) {
            return "";
        }
        Messages m = messages();
        if (!passed.get()) {
            return m.text("lesson.guess.waiting", mine.text());
        }
        if (mine.cameTrue()) {
            return m.text("lesson.guess.right", mine.text());
        }
        String happened = all.stream().filter(Guess::cameTrue).map(Guess::text).findFirst()
                .orElse(m.text("lesson.guess.nothing"));
        return m.text("lesson.guess.wrong", mine.text(), happened);
    }

    /** Ends the lesson run (the window closes, or another lesson opens). */
    private void closeRun() {
        showMe.stop();
        stepWatch.unsubscribe();
        stepWatch = Subscription.EMPTY;
        if (lessonRun != null) {
            lessonRun.close();
            lessonRun = null;
        }
    }

    // ---------------------------------------------------------------- properties

    public ReadOnlyObjectProperty<List<Item>> itemsProperty() {
        return items.getReadOnlyProperty();
    }

    /** The open lesson's id, null when none is open. */
    public ReadOnlyStringProperty lessonIdProperty() {
        return lessonId.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty lessonTitleProperty() {
        return lessonTitle.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty stepNumberProperty() {
        return stepNumber.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty stepCountProperty() {
        return stepCount.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty stepTitleProperty() {
        return stepTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty stepTextProperty() {
        return stepText.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<Check>> checklistProperty() {
        return checklist.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty passedProperty() {
        return passed.getReadOnlyProperty();
    }

    /** True once the last step was passed and the learner pressed Next. */
    public ReadOnlyBooleanProperty finishedProperty() {
        return finished.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty explanationProperty() {
        return explanation.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty teacherNoteProperty() {
        return teacherNote.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<String>> hintsProperty() {
        return hints.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hintsLeftProperty() {
        return hintsLeft.getReadOnlyProperty();
    }

    /** The step's question, empty when it asks none. */
    public ReadOnlyStringProperty questionProperty() {
        return question.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<String>> choicesProperty() {
        return choices.getReadOnlyProperty();
    }

    /** The chosen answer (from 1), 0 before one. */
    public ReadOnlyIntegerProperty answerProperty() {
        return answer.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<Guess>> guessesProperty() {
        return guesses.getReadOnlyProperty();
    }

    /** The prediction beside what happened, in one sentence. */
    public ReadOnlyStringProperty verdictProperty() {
        return verdict.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<Highlight>> highlightsProperty() {
        return highlights.getReadOnlyProperty();
    }

    /** Why the last lesson could not be opened (empty when it could). */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty showingMeProperty() {
        return showMe.playingProperty();
    }

    public boolean atFirstStep() {
        return lessonRun == null || lessonRun.stepNumber() <= 1;
    }

    public boolean atLastStep() {
        return lessonRun == null || lessonRun.atLastStep();
    }
}
