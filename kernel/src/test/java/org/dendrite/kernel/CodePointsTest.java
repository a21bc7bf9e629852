package org.dendrite.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CodePointsTest {

    /** Code points 0-4 are {@code x = "}, 5 is the emoji (chars 5 and 6), 6 is the closing quote (char 7). */
    private static final String TEXT = "x = \"😀\"; x.len";

    @Test
    void codePointAfterAnEmojiIsOneCharFurther() {
        assertEquals(7, CodePoints.toCharIndex(TEXT, 6));
        assertEquals(6, CodePoints.toCodePoint(TEXT, 7));
    }

    @Test
    void codePointBeforeTheEmojiIsTheSameChar() {
        assertEquals(5, CodePoints.toCharIndex(TEXT, 5));
        assertEquals(5, CodePoints.toCodePoint(TEXT, 5));
    }

    @Test
    void conversionsRoundTripAtEveryCodePoint() {
        int points = TEXT.codePointCount(0, TEXT.length());
        for (int position = 0; position <= points; position++) {
            assertEquals(position, CodePoints.toCodePoint(TEXT, CodePoints.toCharIndex(TEXT, position)));
        }
    }

    @Test
    void positionsOutsideTheTextAreClamped() {
        assertEquals(TEXT.length(), CodePoints.toCharIndex(TEXT, 1000));
        assertEquals(0, CodePoints.toCharIndex(TEXT, -3));
        assertEquals(TEXT.length() - 1, CodePoints.toCodePoint(TEXT, 1000));
    }
}
