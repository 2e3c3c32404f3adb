package org.backendlab.ui.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.beans.property.SimpleObjectProperty;
import org.backendlab.lesson.Progress;
import org.backendlab.model.Diagram;
import org.backendlab.model.Node;
import org.backendlab.model.RequestKind;
import org.backendlab.session.Document;
import org.backendlab.session.RunSession;
import org.backendlab.ui.editor.EditorViewModel;
import org.backendlab.ui.run.ManualFrameSource;
import org.backendlab.ui.run.RunViewModel;
import org.backendlab.ui.text.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lesson panel's state and commands, on a real run session with frames stepped by hand. */
class LessonViewModelTest {

    private final ManualFrameSource frames = new ManualFrameSource();
    private final SimpleObjectProperty<Language> language = new SimpleObjectProperty<>(Language.ENGLISH);
    private final ProgressKeeper keeper = ProgressKeeper.inMemory();
    private boolean mayDrop = true;
    private boolean confirmReset;
    private int resetQuestions;
    private RunSession session;
    private RunViewModel run;

    private LessonViewModel make() {
        Document document = new Document(new Diagram());
        EditorViewModel editor = new EditorViewModel(document);
        session = new RunSession(document);
        run = new RunViewModel(session, editor, frames);
        run.clock().setBudgetNanos(Long.MAX_VALUE);
        return new LessonViewModel(run, language, new LessonAsk() {
            @Override
            public boolean mayDropChanges() {
                return mayDrop;
            }

            @Override
            public boolean confirmReset(String lessonTitle) {
                resetQuestions++;
                return confirmReset;
            }
        }, keeper);
    }

    private void sendRead() {
        run.sendKindProperty().set(RequestKind.API_READ);
        run.sendOne();
        run.refresh();
    }

    @Test
    void listShowsTheShippedLessonsNotStartedInTeachingOrder() {
        LessonViewModel vm = make();
        var items = vm.itemsProperty().get();
        assertEquals("what-is-a-backend", items.get(0).id());
        assertEquals(LessonViewModel.Status.NOT_STARTED, items.get(0).status());
        assertEquals("What a backend is", items.get(0).title());
    }

    @Test
    void theVeryFirstStartOpensTheFirstLessonWhoseTaskIsOneClickAway() {
        LessonViewModel vm = make();
        assertTrue(vm.openFirstOnFirstStart());
        assertEquals("what-is-a-backend", vm.lessonIdProperty().get());
        assertEquals(1, vm.stepNumberProperty().get());
        sendRead(); // the one click: "Send request" with the default kind
        assertTrue(vm.passedProperty().get());
        // once a lesson was opened it is no longer a first start
        LessonViewModel again = make();
        assertFalse(again.openFirstOnFirstStart());
    }

    @Test
    void openingALessonShowsStepOneWithAnUnmetChecklist() {
        LessonViewModel vm = make();
        assertTrue(vm.open("what-is-a-backend"));
        assertEquals(1, vm.stepNumberProperty().get());
        assertEquals(6, vm.stepCountProperty().get());
        assertEquals("Send a read", vm.stepTitleProperty().get());
        assertFalse(vm.checklistProperty().get().isEmpty());
        assertFalse(vm.checklistProperty().get().get(0).met());
        assertFalse(vm.passedProperty().get());
    }

    @Test
    void openingDoesNothingWhenTheLearnerKeepsTheirUnsavedChanges() {
        LessonViewModel vm = make();
        mayDrop = false;
        assertFalse(vm.open("what-is-a-backend"));
        assertEquals(null, vm.lessonIdProperty().get());
    }

    @Test
    void defaultLabelsOfTheLessonDiagramFollowTheLanguage() {
        language.set(Language.KOREAN);
        LessonViewModel vm = make();
        vm.open("what-is-a-backend");
        assertEquals("백엔드란 무엇일까", vm.lessonTitleProperty().get());
        assertTrue(session.diagram().nodes().stream().map(Node::label).anyMatch(l -> l.equals("데이터베이스")),
                session.diagram().nodes().toString());
    }

    @Test
    void sendingAReadPassesStepOneSavesProgressAndNextMovesOn() {
        LessonViewModel vm = make();
        vm.open("what-is-a-backend");
        vm.next();
        assertEquals(1, vm.stepNumberProperty().get(), "next waits for the step to pass");
        sendRead();
        assertTrue(vm.passedProperty().get());
        assertTrue(vm.checklistProperty().get().get(0).met());
        assertFalse(vm.explanationProperty().get().isBlank());
        assertEquals(java.util.List.of(1), keeper.load().of("what-is-a-backend").passed());
        vm.next();
        assertEquals(2, vm.stepNumberProperty().get());
        assertEquals(2, keeper.load().of("what-is-a-backend").step());
        assertEquals(LessonViewModel.Status.IN_PROGRESS, vm.itemsProperty().get().get(0).status());
    }

    @Test
    void aWrongPredictionIsShownBesideWhatTheRunMeasured() {
        LessonViewModel vm = make();
        vm.openAt("what-is-a-backend", 2);
        assertEquals(3, vm.choicesProperty().get().size());
        assertTrue(vm.answer(2));
        assertTrue(vm.verdictProperty().get().startsWith("Your prediction:"), vm.verdictProperty().get());
        sendRead();
        assertTrue(vm.passedProperty().get());
        var guesses = vm.guessesProperty().get();
        assertTrue(guesses.get(1).picked());
        assertFalse(guesses.get(1).cameTrue());
        assertTrue(guesses.get(0).cameTrue());
        assertTrue(vm.verdictProperty().get().contains("It asks the database"), vm.verdictProperty().get());
        assertEquals(2, keeper.load().of("what-is-a-backend").answers().get(2));
    }

    @Test
    void hintsAreRevealedOneAtATime() {
        LessonViewModel vm = make();
        vm.open("what-is-a-backend");
        assertTrue(vm.hintsProperty().get().isEmpty());
        assertTrue(vm.hint().isPresent());
        assertEquals(1, vm.hintsProperty().get().size());
        assertTrue(vm.hintsLeftProperty().get());
        vm.hint();
        assertFalse(vm.hintsLeftProperty().get());
        assertTrue(vm.hint().isEmpty());
        assertEquals(2, vm.hintsProperty().get().size());
    }

    @Test
    void showMePlaysTheSolutionOneActionPerPaceOnTheFrameClock() {
        LessonViewModel vm = make();
        vm.openAt("what-is-a-backend", 5);
        assertEquals(0, session.diagram().nodes().size(), "step 5 starts on an empty canvas");
        assertTrue(vm.showMe());
        assertEquals(1, session.diagram().nodes().size(), "the first action at once");
        frames.frames(30); // half a second: not yet
        assertEquals(1, session.diagram().nodes().size());
        frames.frames(20);
        assertEquals(2, session.diagram().nodes().size());
        frames.frames(60 * 5);
        assertFalse(vm.showingMeProperty().get());
        assertTrue(vm.passedProperty().get());
    }

    @Test
    void aNewViewModelResumesTheLessonInProgressAtItsStep() throws Exception {
        keeper.save(Progress.empty().withStep("what-is-a-backend", 3));
        LessonViewModel vm = make();
        assertTrue(vm.resume());
        assertEquals("what-is-a-backend", vm.lessonIdProperty().get());
        assertEquals(3, vm.stepNumberProperty().get());
    }

    @Test
    void resetProgressAsksFirstAndStartsAgainAtStepOne() {
        LessonViewModel vm = make();
        vm.openAt("what-is-a-backend", 3);
        assertFalse(vm.resetProgress());
        assertEquals(1, resetQuestions);
        assertEquals(3, vm.stepNumberProperty().get());
        confirmReset = true;
        assertTrue(vm.resetProgress());
        assertEquals(1, vm.stepNumberProperty().get());
        assertEquals(1, keeper.load().of("what-is-a-backend").step());
    }

    @Test
    void aBrokenLessonFolderShowsItsOneLineMessage(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("broken"));
        Files.writeString(folder.resolve("lesson.json"), "{\"format\": \"backend-lab-lesson\", \"version\": 1,");
        LessonViewModel vm = make();
        assertFalse(vm.openFolder(folder));
        String error = vm.errorProperty().get();
        assertTrue(error.startsWith("This lesson cannot be opened: broken/lesson.json: $: not valid JSON"), error);
        assertEquals(1, error.lines().count());
        var item = vm.itemsProperty().get().stream().filter(i -> i.id().equals("broken")).findFirst().orElseThrow();
        assertEquals(LessonViewModel.Status.BROKEN, item.status());
        assertTrue(vm.open("what-is-a-backend"), "the app keeps going");
    }

    @Test
    void switchingLanguageRewordsTheStep() {
        LessonViewModel vm = make();
        vm.open("what-is-a-backend");
        language.set(Language.KOREAN);
        assertEquals("읽기 요청 보내기", vm.stepTitleProperty().get());
    }
}
