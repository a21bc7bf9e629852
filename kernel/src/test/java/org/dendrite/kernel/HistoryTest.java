package org.dendrite.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HistoryTest {

    private final History history = new History();

    @BeforeEach
    void fiveCells() {
        history.add(1, "int x = 1;");
        history.add(2, "x + 1");
        history.add(3, "print(x)");
        history.add(4, "x + 1");
        history.add(5, "int y = x;");
    }

    /** The line numbers of the history rows. */
    private static List<Integer> lines(JsonArray rows) {
        List<Integer> lines = new ArrayList<>();
        for (JsonElement row : rows) {
            assertEquals(History.SESSION, row.getAsJsonArray().get(0).getAsInt());
            lines.add(row.getAsJsonArray().get(1).getAsInt());
        }
        return lines;
    }

    @Test
    void tailGivesTheLastNCellsInOrder() {
        assertEquals(List.of(4, 5), lines(history.tail(2, false)));
    }

    @Test
    void tailLongerThanTheHistoryGivesEverything() {
        assertEquals(List.of(1, 2, 3, 4, 5), lines(history.tail(100, false)));
    }

    @Test
    void rowWithoutOutputIsSessionLineAndInput() {
        assertEquals(JsonParser.parseString("[[1, 5, \"int y = x;\"]]"), history.tail(1, false));
    }

    @Test
    void rangeIncludesStartAndExcludesStop() {
        assertEquals(List.of(2, 3), lines(history.range(1, 2, 4, false)));
    }

    @Test
    void sessionZeroAlsoMeansThisSession() {
        assertEquals(List.of(2, 3), lines(history.range(0, 2, 4, false)));
    }

    @Test
    void rangeOfAnotherSessionIsEmpty() {
        assertEquals(List.of(), lines(history.range(2, 1, 4, false)));
    }

    @Test
    void rangeWithoutStopRunsToTheEnd() {
        assertEquals(List.of(4, 5), lines(history.range(1, 4, 0, false)));
    }

    @Test
    void searchMatchesTheWholeInputAgainstTheGlob() {
        assertEquals(List.of(1, 5), lines(history.search("int ?*", 0, false, false)));
        assertEquals(List.of(), lines(history.search("x", 0, false, false)));
    }

    @Test
    void searchTakesTheLastNMatches() {
        assertEquals(List.of(4, 5), lines(history.search("*x*", 2, false, false)));
    }

    @Test
    void uniqueSearchKeepsOnlyTheLatestOfRepeatedInputs() {
        assertEquals(List.of(1, 3, 4, 5), lines(history.search("*x*", 0, true, false)));
    }

    @Test
    void searchTreatsRegexCharactersLiterally() {
        assertEquals(List.of(3), lines(history.search("print(*)", 0, false, false)));
    }

    @Test
    void withOutputEachRowHoldsInputAndOutputPair() {
        history.setOutput(4, "2");

        assertEquals(JsonParser.parseString("[[1, 4, [\"x + 1\", \"2\"]], [1, 5, [\"int y = x;\", null]]]"),
                history.tail(2, true));
    }
}
