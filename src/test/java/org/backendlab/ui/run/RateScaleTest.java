package org.backendlab.ui.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RateScaleTest {

    @Test
    void endsOfTheSliderAreOneAndTwentyThousand() {
        assertEquals(1, RateScale.rateAt(0));
        assertEquals(20_000, RateScale.rateAt(1));
    }

    @ParameterizedTest
    @CsvSource({"10", "100", "1200", "20000"})
    void positionAndRateRoundTrip(double rate) {
        assertEquals(rate, RateScale.rateAt(RateScale.positionOf(rate)), rate * 0.01);
    }

    @Test
    void theScaleIsLogarithmic() {
        double tenToHundred = RateScale.positionOf(100) - RateScale.positionOf(10);
        double thousandToTenThousand = RateScale.positionOf(10_000) - RateScale.positionOf(1_000);
        assertEquals(tenToHundred, thousandToTenThousand, 1e-9);
        assertTrue(RateScale.positionOf(1000) > 0.6 && RateScale.positionOf(1000) < 0.75);
    }

    @ParameterizedTest
    @CsvSource({"1234, 1200", "87.6, 88", "4.4, 4", "19999, 20000"})
    void ratesAreRoundedToTwoSignificantDigits(double raw, double rounded) {
        assertEquals(rounded, RateScale.roundNicely(raw));
    }
}
