package org.backendlab.ui.lesson;

import static org.backendlab.ui.lesson.LessonList.wrapped;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import org.backendlab.ui.text.Messages;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The current step in words: step N of M, its title and task, the live checklist (an icon AND words per
 * clause, so colour is never the only signal), the prediction question and, once answered, each choice
 * beside what the run measured, the hints revealed so far, the explanation on success and the teacher's note.
 */
final class StepPane extends VBox {

    private final LessonViewModel vm;
    private final Messages messages;
    private final List<Subscription> subscriptions = new ArrayList<>();
    private final VBox checklist = new VBox(4);
    private final VBox choices = new VBox(4);
    private final VBox guesses = new VBox(4);
    private final VBox hints = new VBox(4);
    private final ToggleGroup group = new ToggleGroup();
    private boolean filling;

    StepPane(LessonViewModel vm, Messages messages) {
        super(8);
        this.vm = vm;
        this.messages = messages;
        setId("lesson-step");
        getStyleClass().add("lesson-step");

        Label lessonTitle = text("lesson-title", "lesson-title");
        Label counter = text("lesson-step-counter", "lesson-step-counter");
        Label stepTitle = text("lesson-step-title", "lesson-step-title");
        Label stepText = text("lesson-step-text", "lesson-step-text");
        on(vm.lessonTitleProperty(), v -> lessonTitle.setText(v));
        Runnable count = () -> counter.setText(messages.text("lesson.step.counter",
                vm.stepNumberProperty().get(), vm.stepCountProperty().get()));
        on(vm.stepNumberProperty(), v -> count.run());
        on(vm.stepCountProperty(), v -> count.run());
        on(vm.stepTitleProperty(), stepTitle::setText);
        on(vm.stepTextProperty(), stepText::setText);

        Label checkHead = text("lesson-checklist-title", "lesson-heading");
        checkHead.setText(messages.text("lesson.checklist.title"));
        checklist.setId("lesson-checklist");
        on(vm.checklistProperty(), this::fillChecklist);

        Label question = text("lesson-question", "lesson-question");
        choices.setId("lesson-choices");
        VBox questionBox = section("lesson-question-box", heading("lesson.question.title"), question, choices);
        on(vm.questionProperty(), q -> {
            question.setText(q);
            show(questionBox, !q.isEmpty());
        });
        on(vm.choicesProperty(), this::fillChoices);
        on(vm.answerProperty(), a -> selectAnswer(a.intValue()));

        Label verdict = text("lesson-verdict", "lesson-verdict");
        guesses.setId("lesson-guesses");
        VBox guessBox = section("lesson-guess-box", heading("lesson.guess.title"), verdict, guesses);
        on(vm.verdictProperty(), v -> {
            verdict.setText(v);
            show(guessBox, !v.isEmpty());
        });
        on(vm.guessesProperty(), this::fillGuesses);

        Label explanation = text("lesson-explanation", "lesson-explanation");
        Label done = new Label(messages.text("lesson.passed"), new FontIcon("mdi2c-check-decagram"));
        done.setId("lesson-passed");
        done.getStyleClass().add("lesson-passed");
        VBox passedBox = section("lesson-passed-box", done, explanation);
        on(vm.explanationProperty(), explanation::setText);
        on(vm.passedProperty(), p -> {
            show(passedBox, p);
            fillGuesses(vm.guessesProperty().get());
        });

        hints.setId("lesson-hints");
        VBox hintBox = section("lesson-hint-box", heading("lesson.hints.title"), hints);
        on(vm.hintsProperty(), list -> {
            hints.getChildren().clear();
            for (int i = 0; i < list.size(); i++) {
                Label h = wrapped(messages.text("lesson.hint.numbered", i + 1, list.get(i)), "lesson-hint");
                h.setId("lesson-hint-" + (i + 1));
                hints.getChildren().add(h);
            }
            show(hintBox, !list.isEmpty());
        });

        Label finished = new Label(messages.text("lesson.finished"), new FontIcon("mdi2t-trophy-outline"));
        finished.setId("lesson-finished");
        finished.setWrapText(true);
        finished.getStyleClass().add("lesson-passed");
        on(vm.finishedProperty(), f -> show(finished, f));

        ToggleButton teacher = new ToggleButton(messages.text("lesson.teacher"), new FontIcon("mdi2s-school-outline"));
        teacher.setId("lesson-teacher-toggle");
        teacher.setTooltip(new Tooltip(messages.text("lesson.teacher.tooltip")));
        Label note = text("lesson-teacher-note", "lesson-teacher-note");
        on(vm.teacherNoteProperty(), note::setText);
        show(note, false);
        teacher.selectedProperty().addListener((o, a, b) -> {
            show(note, b);
            vm.sayTeacherNote(b);
        });

        getChildren().setAll(lessonTitle, counter, stepTitle, stepText, checkHead, checklist, questionBox, guessBox,
                passedBox, finished, hintBox, teacher, note);
    }

    /** The step's buttons go between the task and the teacher's note. */
    void putButtons(javafx.scene.Node buttons) {
        getChildren().add(getChildren().size() - 2, buttons);
    }

    private void fillChecklist(List<LessonViewModel.Check> rows) {
        checklist.getChildren().clear();
        for (int i = 0; i < rows.size(); i++) {
            LessonViewModel.Check c = rows.get(i);
            FontIcon icon = new FontIcon(c.met() ? "mdi2c-check-circle" : "mdi2c-close-circle-outline");
            Label words = wrapped(messages.text(c.met() ? "lesson.check.met" : "lesson.check.unmet", c.text()),
                    "lesson-check-text");
            HBox row = new HBox(6, icon, words);
            row.setAlignment(Pos.TOP_LEFT);
            HBox.setHgrow(words, Priority.ALWAYS);
            row.setId("lesson-check-" + (i + 1));
            row.getStyleClass().addAll("lesson-check", c.met() ? "met" : "unmet");
            checklist.getChildren().add(row);
        }
    }

    private void fillChoices(List<String> list) {
        filling = true;
        choices.getChildren().clear();
        group.getToggles().clear();
        for (int i = 0; i < list.size(); i++) {
            RadioButton r = new RadioButton(list.get(i));
            r.setWrapText(true);
            r.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            r.setId("lesson-choice-" + (i + 1));
            r.setTooltip(new Tooltip(messages.text("lesson.choice.tooltip")));
            r.setToggleGroup(group);
            int choice = i + 1;
            r.selectedProperty().addListener((o, a, b) -> {
                if (b && !filling) {
                    vm.answer(choice);
                }
            });
            choices.getChildren().add(r);
        }
        filling = false;
        selectAnswer(vm.answerProperty().get());
    }

    private void selectAnswer(int answer) {
        filling = true;
        for (int i = 0; i < choices.getChildren().size(); i++) {
            ((RadioButton) choices.getChildren().get(i)).setSelected(i + 1 == answer);
        }
        filling = false;
    }

    private void fillGuesses(List<LessonViewModel.Guess> list) {
        guesses.getChildren().clear();
        if (!vm.passedProperty().get()) {
            return;
        }
        for (LessonViewModel.Guess g : list) {
            FontIcon icon = new FontIcon(g.cameTrue() ? "mdi2c-check-circle" : "mdi2c-close-circle-outline");
            String mine = g.picked() ? messages.text("lesson.guess.mine") : "";
            Label words = wrapped(messages.text(g.cameTrue() ? "lesson.guess.happened" : "lesson.guess.notHappened",
                    g.text(), mine, g.measured()), "lesson-check-text");
            HBox row = new HBox(6, icon, words);
            HBox.setHgrow(words, Priority.ALWAYS);
            row.setId("lesson-guess-" + g.choice());
            row.getStyleClass().addAll("lesson-check", g.cameTrue() ? "met" : "unmet");
            if (g.picked()) {
                row.getStyleClass().add("picked");
            }
            guesses.getChildren().add(row);
        }
    }

    private Label heading(String key) {
        Label l = wrapped(messages.text(key), "lesson-heading");
        return l;
    }

    private static Label text(String id, String style) {
        Label l = wrapped("", style);
        l.setId(id);
        return l;
    }

    private static VBox section(String id, javafx.scene.Node... children) {
        VBox box = new VBox(4, children);
        box.setId(id);
        box.getStyleClass().add("lesson-section");
        return box;
    }

    private static void show(javafx.scene.Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }

    private <T> void on(javafx.beans.value.ObservableValue<T> value, java.util.function.Consumer<T> action) {
        subscriptions.add(value.subscribe(action));
    }

    void dispose() {
        subscriptions.forEach(Subscription::unsubscribe);
        subscriptions.clear();
    }
}
