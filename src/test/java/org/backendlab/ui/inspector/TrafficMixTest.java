package org.backendlab.ui.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.backendlab.model.RequestKind;
import org.backendlab.model.Traffic;
import org.backendlab.model.TrafficPattern;
import org.junit.jupiter.api.Test;

class TrafficMixTest {

    private final Traffic traffic = new Traffic(50, TrafficPattern.STEADY, Map.of(
            RequestKind.API_READ, 0.7, RequestKind.API_WRITE, 0.2, RequestKind.FILE_UPLOAD, 0.1));

    @Test
    void theOtherKindsShareTheRestInTheirOwnProportions() {
        Traffic after = traffic.withMix(TrafficMix.withShare(traffic, RequestKind.API_READ, 40).orElseThrow());
        assertEquals(40, TrafficMix.percent(after, RequestKind.API_READ));
        assertEquals(0.4, after.share(RequestKind.API_WRITE), 1e-3);
        assertEquals(0.2, after.share(RequestKind.FILE_UPLOAD), 1e-3);
        assertEquals(0, after.share(RequestKind.DB_DIRECT));
    }

    @Test
    void aHundredPercentLeavesNothingForTheOthers() {
        Traffic after = traffic.withMix(TrafficMix.withShare(traffic, RequestKind.API_WRITE, 100).orElseThrow());
        assertEquals(1.0, after.share(RequestKind.API_WRITE), 1e-9);
        assertEquals(Map.of(RequestKind.API_WRITE, 1.0), after.mix());
    }

    @Test
    void aNewKindTakesItsShareFromTheOthers() {
        Traffic after = traffic.withMix(TrafficMix.withShare(traffic, RequestKind.DB_DIRECT, 10).orElseThrow());
        assertEquals(10, TrafficMix.percent(after, RequestKind.DB_DIRECT));
        assertEquals(63, TrafficMix.percent(after, RequestKind.API_READ));
    }

    @Test
    void theOnlyKindSentCannotGoBelowAHundred() {
        Traffic readsOnly = new Traffic(50, TrafficPattern.STEADY, Map.of(RequestKind.API_READ, 1.0));
        assertTrue(TrafficMix.withShare(readsOnly, RequestKind.API_READ, 60).isEmpty());
        assertTrue(TrafficMix.withShare(readsOnly, RequestKind.API_READ, 100).isPresent());
    }
}
