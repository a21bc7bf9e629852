package org.dendrite.kernel.magic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.jar.JarOutputStream;
import org.dendrite.kernel.engine.CellOutcome;
import org.dendrite.kernel.engine.JShellEngine;
import org.dendrite.kernel.maven.MavenResolver;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What IJava and JJava notebooks call from Java: line magics as expressions, lineMagic, cellMagic, eval. */
class IJavaFunctionsTest {

    private static JShellEngine engine;
    private static Magics magics;
    private static int cell;

    @TempDir
    static Path dir;

    @BeforeAll
    static void startEngine() {
        engine = new JShellEngine(Arrays.asList(System.getProperty("java.class.path").split(File.pathSeparator)),
                List.of("java.util.*", "static org.dendrite.kernel.magic.CellFunctions.*"));
        List<String> classPath = Arrays.asList(System.getProperty("java.class.path").split(File.pathSeparator));
        magics = Magics.standard(new MavenResolver(dir.resolve("m2"), List.of(dir.toUri().toString())), classPath);
    }

    @AfterAll
    static void closeEngine() {
        engine.close();
    }

    private static Object valueOf(String code) {
        CellOutcome outcome = magics.evaluate(engine, code, ++cell);
        CellOutcome.Success success = assertInstanceOf(CellOutcome.Success.class, outcome, () -> "cell failed: " + outcome);
        return success.value();
    }

    @Test
    void lineMagicAfterAnAssignmentGivesItsValue() throws Exception {
        Path jar = dir.resolve("tiny.jar");
        new JarOutputStream(Files.newOutputStream(jar)).close();

        valueOf("List<String> added = %jars " + dir + "/*.jar;");

        assertEquals(List.of(jar.toString()), valueOf("added"));
    }

    @Test
    void magicTextInsideAStringIsLeftAlone() {
        assertEquals("a = %jars nothing", valueOf("String text = \"a = %jars nothing\";\ntext"));
    }

    @Test
    void lineMagicAndCellMagicAndEvalAreFunctionsOfTheCell() throws Exception {
        Path classes = Files.createDirectories(dir.resolve("classes"));

        assertEquals(List.of(classes.toString()), valueOf("lineMagic(\"classpath\", List.of(\"" + classes + "\"))"));
        assertEquals(42, valueOf("eval(\"6 * 7\")"));
        assertEquals(7, valueOf("eval(\"int seven = 7;\\nseven\")"));
        assertEquals(8, valueOf("seven + 1"));
    }

    @Test
    void failingMagicCallThrowsWithTheMagicsError() {
        CellOutcome outcome = magics.evaluate(engine, "lineMagic(\"jars\", List.of(\"/no/such/file.jar\"))", ++cell);

        String message = assertInstanceOf(CellOutcome.Failure.class, outcome).error().message();
        assertTrue(message.contains("%jars failed: FileNotFound"), message);
    }

    @Test
    void argumentsSplitAtBlanksWithQuotesHoldingBlanks() {
        assertEquals(List.of("a", "b c", "d"), InlineMagics.split("a \"b c\"  d"));
    }
}
