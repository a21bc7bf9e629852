package org.dendrite;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CheckTest {

    @Test
    void aValueMatchesTheSlideWhenItRoundsToTheShownDecimals() {
        assertDoesNotThrow(() -> Check.matchesSlide("SVM loss", 15.8 / 3, 5.27));
        assertDoesNotThrow(() -> Check.matchesSlide("f", -12.0, -12));
        assertThrows(AssertionError.class, () -> Check.matchesSlide("loss", 2.046, 2.04));
        assertThrows(AssertionError.class, () -> Check.matchesSlide("f", -11.4, -12));
    }

    @Test
    void aFailureNamesTheQuantityAndBothValues() {
        AssertionError e = assertThrows(AssertionError.class, () -> Check.near("df/dx", -3.5, -4, 1e-9));
        assertEquals("df/dx: expected -4.0 (within 1.0E-9) but computed -3.5", e.getMessage());
    }

    @Test
    void arraysAreCheckedElementByElementAndByLength() {
        assertDoesNotThrow(() -> Check.matchesSlide("σ", new double[] {0.982, 0.119}, 0.98, 0.12));
        AssertionError e = assertThrows(AssertionError.class,
                () -> Check.matchesSlide("σ", new double[] {0.982, 0.2}, 0.98, 0.12));
        assertEquals("σ[1]: the slide shows 0.12 but computed 0.2", e.getMessage());
        assertThrows(AssertionError.class, () -> Check.matchesSlide("σ", new double[] {1}, 1, 2));
    }

    @Test
    void thatNamesWhatWasExpected() {
        assertEquals("expected: the MLP beats the linear model",
                assertThrows(AssertionError.class, () -> Check.that("the MLP beats the linear model", false)).getMessage());
    }
}
