package org.backendlab.ui.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumbersTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"0|0.0", "0.01|<0.1", "0.06|0.1", "2.44|2.4", "180.4|180", "1250|1,250", "NaN|\u2013"})
    void millisecondsShowFewDigits(double ms, String shown) {
        assertEquals(shown, Numbers.ms(ms));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"950, 950", "9999, '9,999'", "190611, 191k", "999499, 999k", "1900000, 1.9M"})
    void compactNumbersFitADial(double value, String shown) {
        assertEquals(shown, Numbers.compact(value));
    }
}
