package org.backendlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.backendlab.io.DiagramFiles;
import org.backendlab.io.Settings;
import org.backendlab.model.Diagram;
import org.backendlab.model.NodeKind;
import org.backendlab.ui.text.Language;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** File commands and language of the main window, with scripted dialogs and no window. */
class MainViewModelTest {

    @TempDir
    Path dir;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private MainViewModel vm;

    @BeforeEach
    void open() {
        vm = new MainViewModel(new Settings("en", List.of()));
        vm.setDialogs(dialogs);
    }

    @Test
    void startsOnTheFullExampleWithNothingToSave() {
        assertTrue(vm.editor().diagram().sameContent(DiagramFiles.example("full")));
        assertFalse(vm.editor().isDirty());
        assertEquals("full.json - Backend Lab", vm.titleProperty().get());
    }

    @Test
    void titleMarksUnsavedChanges() {
        vm.editor().addNode(NodeKind.CACHE, "Cache", 0, 0);
        assertEquals("* full.json - Backend Lab", vm.titleProperty().get());
    }

    @Test
    void saveAndReopenGiveTheSameDiagram() {
        vm.editor().addNode(NodeKind.CACHE, "Second cache", 100, 700);
        Diagram before = vm.editor().diagram().copy();
        dialogs.fileToSave = dir.resolve("mine.json");
        assertTrue(vm.save());
        assertFalse(vm.editor().isDirty());
        vm.newDiagram();
        assertTrue(vm.open(dir.resolve("mine.json")));
        assertTrue(before.sameContent(vm.editor().diagram()));
        assertEquals("mine.json - Backend Lab", vm.titleProperty().get());
        assertEquals(dir.resolve("mine.json").toAbsolutePath().normalize().toString(),
                vm.recentFilesProperty().get().get(0));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{ \"format\": \"backend-lab-diagram\", \"version\": 1, \"nodes\": [",
        "{ this is not json",
        "{ \"format\": \"backend-lab-diagram\", \"version\": 1, \"nodes\": [], \"links\": [], \"colour\": 1 }",
        "{ \"format\": \"backend-lab-diagram\", \"version\": 99, \"nodes\": [], \"links\": [] }",
        "{ \"format\": \"spreadsheet\", \"version\": 1 }",
    })
    void aBadFileIsRefusedWithAMessageAndTheOpenDiagramStays(String content) throws IOException {
        vm.editor().addNode(NodeKind.CACHE, "Unsaved cache", 0, 0);
        Diagram before = vm.editor().diagram().copy();
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, content);
        dialogs.saveChoice = Dialogs.SaveChoice.DISCARD;
        assertFalse(vm.open(bad));
        assertEquals(1, dialogs.errors.size());
        assertTrue(dialogs.errors.get(0).contains("bad.json"), dialogs.errors.get(0));
        assertTrue(before.sameContent(vm.editor().diagram()));
        assertTrue(vm.editor().canUndoProperty().get());
    }

    private static final String HEADER = "{\"format\":\"backend-lab-diagram\",\"version\":1,"
            + "\"nodes\":[{\"id\":\"c\",\"kind\":\"CLIENT\",\"label\":\"C\",\"x\":0,\"y\":0},"
            + "{\"id\":\"api-1\",\"kind\":\"API_SERVER\",\"label\":\"A\",\"x\":0,\"y\":0}],";

    private String openError(String content) throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, content);
        assertFalse(vm.open(bad));
        assertEquals(1, dialogs.errors.size());
        return dialogs.errors.get(0);
    }

    @Test
    void aRefusedLinkIsNamedWithTheEditorsSentence() throws IOException {
        String error = openError(HEADER + "\"links\":[{\"from\":\"api-1\",\"to\":\"api-1\",\"kind\":\"CALLS\",\"latencyMs\":1}]}");
        assertEquals("bad.json: links[0] (api-1->api-1): A node cannot be wired to itself.", error);
        assertFalse(dialogs.errorDetails.get(0).contains("SELF_LINK"), dialogs.errorDetails.get(0));
    }

    @Test
    void aDuplicateLinkNamesBothEndsInKorean() throws IOException {
        vm.setLanguage(Language.KOREAN);
        String link = "{\"from\":\"c\",\"to\":\"api-1\",\"kind\":\"CALLS\",\"latencyMs\":1}";
        String error = openError(HEADER + "\"links\":[" + link + "," + link + "]}");
        assertEquals("bad.json: links[1] (c->api-1): c는 이미 api-1에 연결되어 있습니다.", error);
    }

    @Test
    void aLinkToAMissingNodeSaysItIsNotInTheFile() throws IOException {
        String error = openError(HEADER + "\"links\":[{\"from\":\"c\",\"to\":\"ghost\",\"kind\":\"CALLS\",\"latencyMs\":1}]}");
        assertEquals("bad.json: links[0] (c->ghost): It names a node that is not in the file.", error);
    }

    @Test
    void anotherInvalidValueNamesItsPath() throws IOException {
        String error = openError("{\"format\":\"backend-lab-diagram\",\"version\":1,\"nodes\":[{\"id\":\"c\","
                + "\"kind\":\"CLIENT\",\"label\":\"C\",\"x\":0,\"y\":0,\"traffic\":{\"rate\":-5}}],\"links\":[]}");
        assertTrue(error.startsWith("bad.json describes a diagram that cannot be built."), error);
        assertTrue(error.contains("nodes[0].traffic.rate"), error);
    }

    @Test
    void savingUnderAFileSaysAFileIsInTheWayAndKeepsTheUnsavedDiagram() throws IOException {
        Path afile = Files.writeString(dir.resolve("afile"), "not a folder");
        vm.editor().addNode(NodeKind.CACHE, "Unsaved cache", 0, 0);
        Diagram before = vm.editor().diagram().copy();
        dialogs.fileToSave = afile.resolve("x.json");
        assertFalse(vm.saveAs());
        assertEquals(List.of("x.json could not be saved. A file is in the way: part of the folder path is a file, "
                + "not a folder."), dialogs.errors);
        assertFalse(dialogs.errorDetails.get(0).contains(".tmp"), dialogs.errorDetails.get(0));
        assertTrue(vm.editor().isDirty());
        assertTrue(before.sameContent(vm.editor().diagram()));
        assertEquals("* full.json - Backend Lab", vm.titleProperty().get());
        assertEquals("Could not save x.json.", vm.messages().text(vm.editor().statusProperty().get()));
    }

    @Test
    void savingOverAFolderSaysSoInKorean() throws IOException {
        vm.setLanguage(Language.KOREAN);
        Files.createDirectory(dir.resolve("taken.json"));
        dialogs.fileToSave = dir.resolve("taken.json");
        assertFalse(vm.saveAs());
        assertEquals(List.of("taken.json을 저장하지 못했습니다. 같은 이름의 폴더가 이미 있습니다."), dialogs.errors);
    }

    @Test
    void newAsksBeforeDroppingChangesAndCancelKeepsThem() {
        vm.editor().addNode(NodeKind.CACHE, "Cache", 0, 0);
        dialogs.saveChoice = Dialogs.SaveChoice.CANCEL;
        vm.newDiagram();
        assertEquals(1, dialogs.saveQuestions);
        assertTrue(vm.editor().diagram().contains("cache-2"));
    }

    @Test
    void newWithoutChangesDoesNotAsk() {
        vm.newDiagram();
        assertEquals(0, dialogs.saveQuestions);
        assertTrue(vm.editor().diagram().nodes().isEmpty());
    }

    @Test
    void choosingSaveInThePromptSavesFirst() {
        vm.editor().addNode(NodeKind.CACHE, "Cache", 0, 0);
        dialogs.saveChoice = Dialogs.SaveChoice.SAVE;
        dialogs.fileToSave = dir.resolve("kept.json");
        vm.newDiagram();
        assertTrue(Files.exists(dir.resolve("kept.json")));
        assertTrue(vm.editor().diagram().nodes().isEmpty());
    }

    @Test
    void cancellingTheSaveDialogInThePromptKeepsTheDiagram() {
        vm.editor().addNode(NodeKind.CACHE, "Cache", 0, 0);
        dialogs.saveChoice = Dialogs.SaveChoice.SAVE;
        dialogs.fileToSave = null;
        vm.newDiagram();
        assertTrue(vm.editor().diagram().contains("cache-2"));
    }

    @Test
    void languageSwitchKeepsDiagramAndHistoryAndIsRemembered() {
        vm.editor().addNode(NodeKind.CACHE, "Cache", 0, 0);
        vm.setLanguage(Language.KOREAN);
        assertTrue(vm.editor().canUndoProperty().get());
        assertTrue(vm.editor().diagram().contains("cache-2"));
        assertEquals("ko", Settings.load().language());
        assertEquals("* full.json - Backend Lab", vm.titleProperty().get());
        vm.setLanguage(Language.ENGLISH);
        assertEquals("en", Settings.load().language());
    }

    @Test
    void koreanLearnersSeeKoreanExampleLabels() {
        MainViewModel korean = new MainViewModel(new Settings("ko", List.of()));
        assertEquals("데이터베이스", korean.editor().diagram().require("db-1").label());
        assertFalse(korean.editor().isDirty());
    }

    @Test
    void newDiagramIsUntitled() {
        vm.newDiagram();
        assertNull(vm.fileProperty().get());
        assertEquals("Untitled - Backend Lab", vm.titleProperty().get());
    }
}
