package org.dendrite.kernel.magic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dendrite.kernel.engine.CellError;
import org.dendrite.kernel.engine.CellOutcome;
import org.dendrite.kernel.engine.JShellEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** How cells with magics are split and run, with a probe magic that records its calls. */
class MagicsTest {

    private static JShellEngine engine;
    private static final List<String> calls = new ArrayList<>();
    private static Magics magics;
    private static int cell;

    /** {@code %probe} and {@code %%probe}: records name, arguments and body. */
    private static final class Probe implements Magic {
        @Override
        public List<String> names() {
            return List.of("%probe", "%%probe");
        }

        @Override
        public String summary() {
            return "records its calls";
        }

        @Override
        public CellOutcome run(String name, String arguments, String body, MagicContext context) {
            calls.add(name + "|" + arguments + "|" + body);
            return new CellOutcome.Success(null, false);
        }
    }

    @BeforeAll
    static void startEngine() {
        engine = new JShellEngine(Arrays.asList(System.getProperty("java.class.path").split(File.pathSeparator)), List.of());
        magics = new Magics(List.of(new Probe(), new TimeMagic()));
    }

    @AfterAll
    static void closeEngine() {
        engine.close();
    }

    private static CellOutcome run(String code) {
        calls.clear();
        return magics.evaluate(engine, code, ++cell);
    }

    private static Object value(String code) {
        CellOutcome outcome = run(code);
        return assertInstanceOf(CellOutcome.Success.class, outcome, outcome::toString).value();
    }

    private static CellError error(String code) {
        return assertInstanceOf(CellOutcome.Failure.class, run(code)).error();
    }

    @Test
    void lineMagicRunsBetweenTheJavaAboveAndBelowIt() {
        assertEquals(2, value("int first = 1;\n%probe some args\nfirst + 1"));
        assertEquals(List.of("%probe|some args|"), calls);
    }

    @Test
    void javaAfterAMagicKeepsItsCellLineNumbers() {
        CellError error = error("int fine = 1;\n%probe\nint broken = nowhere;");

        assertTrue(error.message().startsWith("line 3, column 14: cannot find symbol"), error.message());
    }

    @Test
    void cellMagicGetsTheRestOfTheCell() {
        run("\n%%probe --flag\nfirst line\n  second line");

        assertEquals(List.of("%%probe|--flag|first line\n  second line"), calls);
    }

    @Test
    void cellMagicBelowTheFirstLineIsAnError() {
        assertTrue(error("int x = 1;\n%%probe").message().contains("must be the first line"));
    }

    @Test
    void unknownMagicSuggestsTheOtherForm() {
        CellError error = error("%%lsmagic");

        assertEquals("UnknownMagic", error.name());
        assertEquals("%%lsmagic is not a magic; did you mean %lsmagic?", error.message());
    }

    @Test
    void modulusOnAContinuationLineIsJava() {
        assertEquals(1, value("int m = 7\n  % 3;\nm"));
    }

    @Test
    void timeShowsTheValueOfItsCode() {
        assertEquals(42, value("%time 6 * 7"));
    }

    @Test
    void lsmagicListsEveryMagic() {
        String table = value("%lsmagic").toString();

        assertTrue(table.contains("| `%probe`, `%%probe` | records its calls |"), table);
        assertTrue(table.contains("`%time`, `%%time`"), table);
    }

    @Test
    void completionOffersMagicNamesForAPercentWord() {
        JShellEngine.Completion completion = magics.complete("int x = 1;\n  %ti", 16).orElseThrow();

        assertEquals(List.of("%time"), completion.matches());
        assertEquals(13, completion.start());
        assertEquals(16, completion.end());
        assertEquals(List.of("%%probe", "%%time"), magics.complete("%%", 2).orElseThrow().matches());
    }

    @Test
    void completionLeavesJavaToJShell() {
        assertTrue(magics.complete("Math.ma", 7).isEmpty());
    }
}
