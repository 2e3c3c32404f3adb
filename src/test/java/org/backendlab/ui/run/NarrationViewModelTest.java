package org.backendlab.ui.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.backendlab.model.RequestKind;
import org.backendlab.ui.text.Phrase;
import org.backendlab.ui.run.NarrationLine;
import org.junit.jupiter.api.Test;

class NarrationViewModelTest {

    private final NarrationViewModel vm = new NarrationViewModel();
    private final List<NarrationLine> lines = List.of(
            NarrationLine.move(Phrase.of("step.TRAVEL", "a", "b"), List.of("a", "b"), DotPath.Mark.NONE),
            NarrationLine.say(Phrase.of("step.WORK", "b", "3")),
            NarrationLine.move(Phrase.of("step.RESPOND", "b", "a"), List.of("b", "x", "a"), DotPath.Mark.NONE));

    @Test
    void linesAreSaidOneAfterAnotherAtAReadablePace() {
        vm.start(RequestKind.API_READ, lines);
        assertEquals(1, vm.log().size());
        vm.advance(NarrationViewModel.MOVE_SECONDS / 2);
        assertEquals(0.5, vm.moveProgress(), 1e-9);
        vm.advance(NarrationViewModel.MOVE_SECONDS / 2);
        assertEquals(2, vm.log().size());
        assertEquals("step.WORK", vm.current().phrase().key());
        vm.advance(NarrationViewModel.SAY_SECONDS);
        assertEquals(3, vm.log().size());
        assertFalse(vm.completeProperty().get());
        vm.advance(NarrationViewModel.MOVE_SECONDS * 2);
        assertTrue(vm.completeProperty().get());
        assertFalse(vm.activeProperty().get());
        assertEquals("step.RESPOND", vm.current().phrase().key());
    }

    @Test
    void anAnswerOverTwoWiresTakesTwiceAsLong() {
        vm.start(RequestKind.API_READ, lines);
        vm.advance(NarrationViewModel.MOVE_SECONDS + NarrationViewModel.SAY_SECONDS + NarrationViewModel.MOVE_SECONDS);
        assertFalse(vm.completeProperty().get());
        assertEquals(0.5, vm.moveProgress(), 1e-9);
    }

    @Test
    void finishSaysEverythingAtOnceAndANewStoryStartsAfresh() {
        vm.start(RequestKind.API_READ, lines);
        vm.finish();
        assertEquals(3, vm.log().size());
        vm.start(RequestKind.DB_DIRECT, lines.subList(0, 1));
        assertEquals(1, vm.log().size());
        assertEquals(RequestKind.DB_DIRECT, vm.kind());
    }
}
