package org.backendlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.backendlab.io.DiagramFiles;
import org.backendlab.io.Recovery;
import org.backendlab.io.Settings;
import org.backendlab.model.Diagram;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The next start offers unsaved work; restoring shows it unsaved, declining or saving removes it. */
class RecoveryOfferTest {

    private final Recovery recovery = Recovery.inAppHome();

    @AfterEach
    void clean() {
        recovery.delete();
    }

    private MainViewModel startWith(boolean restore) throws Exception {
        recovery.write(DiagramFiles.toJson(DiagramFiles.example("client-api-db")));
        MainViewModel vm = new MainViewModel(new Settings("en", List.of()));
        ScriptedDialogs dialogs = new ScriptedDialogs();
        dialogs.restore = restore;
        vm.setDialogs(dialogs);
        vm.offerRecovery();
        assertEquals(1, dialogs.restoreQuestions);
        return vm;
    }

    @Test
    void restoredWorkIsShownAsUnsavedAndSavingRemovesIt() throws Exception {
        MainViewModel vm = startWith(true);
        Diagram expected = DiagramFiles.example("client-api-db");
        assertTrue(expected.sameContent(vm.editor().diagram()));
        assertTrue(vm.editor().isDirty());
        assertTrue(recovery.exists());
        vm.editor().markSaved();
        assertFalse(recovery.exists(), "a clean save removes the recovery file");
    }

    @Test
    void declinedWorkIsRemoved() throws Exception {
        MainViewModel vm = startWith(false);
        assertFalse(recovery.exists());
        assertFalse(vm.editor().isDirty());
        assertTrue(vm.editor().diagram().contains("lb-1"), "the start example stays");
    }
}
