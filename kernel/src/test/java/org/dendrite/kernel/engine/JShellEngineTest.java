package org.dendrite.kernel.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** One engine for the whole class: each test declares names of its own, so order does not matter. */
class JShellEngineTest {

    private static JShellEngine engine;
    private static int cellCount;

    @BeforeAll
    static void startEngine() {
        List<String> classPath = Arrays.asList(System.getProperty("java.class.path").split(File.pathSeparator));
        engine = new JShellEngine(classPath, List.of("java.util.*", "org.dendrite.display.*"));
    }

    @AfterAll
    static void closeEngine() {
        engine.close();
    }

    /** Runs a cell under the next execution count, which {@link #lastCell()} returns. */
    private static CellOutcome run(String code) {
        return engine.evaluate(code, ++cellCount);
    }

    private static int lastCell() {
        return cellCount;
    }

    private static CellOutcome.Success success(String code) {
        CellOutcome outcome = run(code);
        return assertInstanceOf(CellOutcome.Success.class, outcome, () -> "cell failed: " + outcome);
    }

    private static Object valueOf(String code) {
        CellOutcome.Success success = success(code);
        assertTrue(success.hasValue(), () -> "no value shown for: " + code);
        return success.value();
    }

    private static CellError failure(String code) {
        CellOutcome outcome = run(code);
        return assertInstanceOf(CellOutcome.Failure.class, outcome, () -> "cell succeeded: " + outcome).error();
    }

    private static String traceback(CellError error) {
        return String.join("\n", error.traceback());
    }

    @Test
    void expressionValueIsTheLiveObject() {
        Object value = valueOf("new StringBuilder(\"ab\")");

        StringBuilder builder = assertInstanceOf(StringBuilder.class, value);
        assertEquals("ab", builder.toString());
    }

    @Test
    void declarationShowsNoValue() {
        CellOutcome.Success success = success("int declared = 3;");

        assertFalse(success.hasValue());
        assertNull(success.value());
    }

    @Test
    void bareVariableReferenceShowsItsValue() {
        success("List<String> names = new ArrayList<>(List.of(\"x\", \"y\"));");

        assertEquals(List.of("x", "y"), valueOf("names"));
    }

    @Test
    void methodWithASwitchArmThatThrowsIsFollowedByItsCall() {
        String cell = """
                String name(int x) {
                    return switch (x) {
                        case 1 -> "one";
                        default -> throw new IllegalArgumentException("no " + x);
                    };
                }
                name(1)""";

        assertEquals("one", valueOf(cell));
    }

    @Test
    void cellShowsItsLastExpressionValue() {
        assertEquals(42, valueOf("int six = 6;\nint seven = 7;\nsix * seven"));
    }

    @Test
    void cellEndingInADeclarationShowsNoValue() {
        assertFalse(success("1 + 1;\nint after = 2;").hasValue());
    }

    @Test
    void printfShowsItsTextButNotTheStreamItReturns() {
        assertFalse(success("System.out.printf(\"%d%n\", 42)").hasValue());
    }

    @Test
    void nullExpressionIsShownAsNullValue() {
        CellOutcome.Success success = success("(String) null");

        assertTrue(success.hasValue());
        assertNull(success.value());
    }

    @Test
    void cellsShareClassesWithTheKernel() {
        assertEquals(org.dendrite.display.Display.class, valueOf("Display.class"));
    }

    @Test
    void compileErrorNamesLineAndColumnInTheCellAndUnderlinesTheToken() {
        CellError error = failure("int first = 1;\nint second = missing;\nint third = 3;");

        assertEquals("CompileError", error.name());
        assertTrue(error.message().startsWith("line 2, column 14: cannot find symbol"), error.message());
        assertTrue(traceback(error).contains("\n    int second = missing;\n                 ^^^^^^^"), traceback(error));
    }

    @Test
    void compileErrorOnAnIndentedLineCountsTheIndent() {
        CellError error = failure("int ok = 1;\n  String text = 5;");

        assertTrue(error.message().startsWith("line 2, column 17: incompatible types"), error.message());
    }

    @Test
    void cellThatDoesNotCompileLeavesNoPartialState() {
        CellError error = failure("int before = 1;\nint broken = \"s\";\nint beyond = 3;");

        assertTrue(error.message().startsWith("line 2, column 14: incompatible types"), error.message());
        assertEquals("CompileError", failure("before").name());
        assertEquals("CompileError", failure("beyond").name());
    }

    @Test
    void cellThatThrowsKeepsItsDeclarationsAndTheValuesAssignedBeforeTheThrow() {
        failure("int assigned = 4;\nif (assigned > 0) throw new IllegalStateException();\nString after = \"never\";");

        assertEquals(4, valueOf("assigned"));
        assertNull(valueOf("after"));
    }

    @Test
    void laterCellRedeclaresAVariableWithAnotherType() {
        success("int changing = 1;");
        success("String changing = \"now text\";");

        assertEquals("now text!", valueOf("changing + \"!\""));
    }

    @Test
    void laterCellReplacesAMethodAndAClass() {
        success("int version() { return 1; }\nclass Shape { String name() { return \"old\"; } }");
        success("int version() { return 2; }\nclass Shape { String name() { return \"new\"; } }");

        assertEquals(2, valueOf("version()"));
        assertEquals("new", valueOf("new Shape().name()"));
    }

    @Test
    void recordsInterfacesEnumsAndImportsDeclaredInACellServeLaterCells() {
        success("import java.util.concurrent.atomic.AtomicInteger;\n"
                + "interface Named { String name(); }\n"
                + "record Point(int x, int y) implements Named { public String name() { return \"p\" + x; } }\n"
                + "enum Colour { RED, GREEN }");

        assertEquals("p3 GREEN 5", valueOf("new Point(3, 4).name() + \" \" + Colour.GREEN + \" \" + new AtomicInteger(5)"));
    }

    @Test
    void methodsOfACellSeeItsVariablesAndStatementsRunInOrder() {
        success("int counter = 10;\nvoid bump() { counter++; }\nbump();\nbump();");

        assertEquals(12, valueOf("counter"));
    }

    @Test
    void varTakesTheInferredTypeForLaterCells() {
        success("var inferredList = new ArrayList<String>();\ninferredList.add(\"a\");");

        assertEquals(1, valueOf("inferredList.get(0).length()"));
    }

    @Test
    void varOfAnAnonymousClassServesItsOwnCellAndOneWithoutANameInJavaServesLaterCells() {
        assertEquals(5, valueOf("var anonymous = new Object() { int hidden = 5; };\nanonymous.hidden"));
        success("var mixed = List.of(1, \"a\");");

        assertEquals("a", valueOf("mixed.get(1)"));
        assertEquals("CompileError", failure("anonymous").name());
    }

    @Test
    void arrayInitializersAndSeveralVariablesInOneDeclaration() {
        success("int[] primes = {2, 3, 5};\nint first = primes[0], last = primes[2];");

        assertEquals(7, valueOf("first + last"));
    }

    @Test
    void topLevelModifiersAreIgnoredAsInJShell() {
        success("private static int hidden() { return 8; }\npublic static class Box { int size = 3; }");

        assertEquals(11, valueOf("hidden() + new Box().size"));
    }

    @Test
    void expressionThatIsNotAStatementMayStandMidCell() {
        assertEquals(3, valueOf("1 + 1;\n1 + 2"));
    }

    @Test
    void completionAndDocumentationSeeTheCellsOwnDeclarations() {
        success("String cellGreeting = \"hi\";\nint cellHelper(int x) { return x; }");

        JShellEngine.Completion completion = engine.complete("cellGree", 8);
        assertTrue(completion.matches().contains("cellGreeting"), completion.toString());
        assertTrue(engine.documentation("cellHelper(", 11).stream().anyMatch(doc -> doc.contains("int cellHelper(int x)")),
                engine.documentation("cellHelper(", 11).toString());
    }

    @Test
    void runtimeExceptionReportsClassMessageAndCellLine() {
        CellError error = failure("int guard = 1;\nif (guard > 0) throw new IllegalStateException(\"bad state\");");

        assertEquals("java.lang.IllegalStateException", error.name());
        assertEquals("bad state", error.message());
        assertEquals("java.lang.IllegalStateException: bad state\n    at cell [" + lastCell() + "], line 2",
                error.traceback().get(0));
    }

    @Test
    void exceptionInAMethodOfAnEarlierCellNamesTheMethodAndThatCell() {
        success("void explode() {\n    throw new UnsupportedOperationException(\"boom\");\n}");
        int definedIn = lastCell();

        CellError error = failure("int pad = 0;\nexplode();");

        assertEquals("java.lang.UnsupportedOperationException: boom"
                + "\n    at explode (cell [" + definedIn + "], line 2)"
                + "\n    at cell [" + lastCell() + "], line 2", error.traceback().get(0));
    }

    @Test
    void exceptionInAClassMethodNamesClassAndMethod() {
        success("class Parser {\n  static int parse(String s) {\n    return Integer.parseInt(s);\n  }\n}");
        int definedIn = lastCell();

        String traceback = traceback(failure("Parser.parse(\"x\")"));

        assertTrue(traceback.contains("\n    at Parser.parse (cell [" + definedIn + "], line 3)"), traceback);
    }

    @Test
    void kernelAndReflectionFramesAreTrimmedFromTheTraceback() {
        CellError error = failure("Integer.parseInt(\"not a number\")");

        String traceback = traceback(error);
        assertEquals("java.lang.NumberFormatException", error.name());
        assertTrue(traceback.endsWith("\n    at cell [" + lastCell() + "], line 1"), traceback);
        for (String hidden : List.of("org.dendrite.kernel", "jdk.jshell", "reflect")) {
            assertFalse(traceback.contains(hidden), () -> hidden + " in " + traceback);
        }
    }

    @Test
    void causeIsListedAfterTheException() {
        CellError error = failure("throw new RuntimeException(\"outer\", new java.io.IOException(\"inner\"))");

        assertEquals(2, error.traceback().size());
        assertTrue(error.traceback().get(1).startsWith("Caused by: java.io.IOException: inner"), traceback(error));
    }

    @Test
    void earlierDefinitionsSurviveAnError() {
        success("String survivor = \"still here\";");
        failure("Object o = null;\no.hashCode();");

        assertEquals("still here", valueOf("survivor"));
    }

    @Test
    void interruptStopsBusyLoopAndKeepsEarlierDefinitions() throws Exception {
        success("int beforeLoop = 11;");
        String started = "dendrite.test.loop." + System.nanoTime();
        CompletableFuture<CellOutcome> loop = CompletableFuture.supplyAsync(
                () -> run("while (true) { System.setProperty(\"" + started + "\", \"yes\"); }"));
        try {
            awaitProperty(started, loop);
            engine.interrupt();

            CellOutcome outcome = loop.get(2, TimeUnit.SECONDS);

            CellError error = assertInstanceOf(CellOutcome.Failure.class, outcome).error();
            assertEquals("Interrupted", error.name());
            assertEquals(11, valueOf("beforeLoop"));
            assertEquals(5, valueOf("2 + 3"));
        } finally {
            if (!loop.isDone()) {
                engine.interrupt();
            }
            System.clearProperty(started);
        }
    }

    @Test
    void interruptStopsTrainingAfterABatchAndKeepsTheModelAndHistory() throws Exception {
        success("import org.dendrite.train.*; import org.dendrite.nn.Models; import org.dendrite.nn.loss.Losses;");
        success("org.dendrite.nn.Module interruptedModel = Models.mlp(2, 8, 2);");
        String started = "dendrite.test.training." + System.nanoTime();
        // The schedule, called at the start and after each epoch, says when the first epoch is done.
        CompletableFuture<CellOutcome> training = CompletableFuture.supplyAsync(() -> run(
                "var interruptedHistory = new Trainer(interruptedModel, new org.dendrite.optim.SGD(interruptedModel, 0.1),"
                + " Losses::crossEntropy).epochs(1_000_000).progress(false)"
                + ".schedule(t -> { if (t >= 1) System.setProperty(\"" + started + "\", \"yes\"); return 1; })"
                + ".fit(org.dendrite.data.ToySets.twoSpirals(100, 0.05, 1));"));
        try {
            awaitProperty(started, training);
            engine.interrupt();

            CellOutcome outcome = training.get(10, TimeUnit.SECONDS);

            assertEquals("Interrupted", assertInstanceOf(CellOutcome.Failure.class, outcome).error().name());
            assertEquals(true, valueOf("interruptedHistory.isInterrupted()"));
            assertTrue((int) valueOf("interruptedHistory.rowCount()") >= 1);
            assertEquals(true, valueOf("java.util.Arrays.stream(interruptedModel.parameters().get(0).toDoubleArray())"
                    + ".allMatch(Double::isFinite)"));
            assertEquals(false, valueOf("Thread.getAllStackTraces().keySet().stream()"
                    + ".anyMatch(t -> t.getName().equals(\"dendrite-training\"))"));
        } finally {
            if (!training.isDone()) {
                engine.interrupt();
            }
            System.clearProperty(started);
        }
    }

    private static void awaitProperty(String name, CompletableFuture<?> cell) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.getProperty(name) == null) {
            assertFalse(cell.isDone(), () -> "cell ended before its loop: " + cell.join());
            assertTrue(System.nanoTime() < deadline, "the loop did not start");
            Thread.sleep(10);
        }
    }

    @Test
    void completenessTellsCompleteFromIncompleteFromInvalid() {
        assertEquals("complete", engine.completeness("int x = 1;"));
        assertEquals("incomplete", engine.completeness("for (int i = 0; i < 3; i++) {"));
        assertEquals("invalid", engine.completeness("}"));
    }

    @Test
    void completenessJudgesTheLastSnippetOfACell() {
        assertEquals("incomplete", engine.completeness("int y = 2;\nif (y > 1) {"));
        assertEquals("complete", engine.completeness("int y = 2;\ny + 1"));
        assertEquals("complete", engine.completeness("   \n  "));
    }

    @Test
    void completionOffersMethodAndTheRangeItReplaces() {
        JShellEngine.Completion completion = engine.complete("\"abc\".len", 9);

        assertTrue(completion.matches().stream().anyMatch(m -> m.startsWith("length(")), completion.toString());
        assertEquals(6, completion.start());
        assertEquals(9, completion.end());
    }

    @Test
    void completionWorksInTheSecondSnippetOfACell() {
        String code = "int a = 1;\n\"abc\".len";

        JShellEngine.Completion completion = engine.complete(code, code.length());

        assertTrue(completion.matches().stream().anyMatch(m -> m.startsWith("length(")), completion.toString());
        assertEquals(code.indexOf("len"), completion.start());
        assertEquals(code.length(), completion.end());
    }

    @Test
    void documentationGivesTheSignature() {
        List<String> docs = engine.documentation("Math.max(", 9);

        assertTrue(docs.stream().anyMatch(doc -> doc.contains("max(int a, int b)")), docs.toString());
    }

    @Test
    void documentationOfNothingKnownIsEmpty() {
        assertEquals(List.of(), engine.documentation("noSuchThingAnywhere(", 20));
    }

    @Test
    void systemExitIsRefusedAndTheShellLivesOn() {
        success("int beforeExit = 5;");

        CellError error = failure("System.out.println(\"bye\");\nSystem.exit(0);");

        assertEquals("org.dendrite.kernel.engine.ExitRefusedException", error.name());
        assertTrue(error.message().startsWith("System.exit(0) was refused"), error.message());
        assertTrue(traceback(error).endsWith("\n    at cell [" + lastCell() + "], line 2"), traceback(error));
        assertEquals(5, valueOf("beforeExit"));
    }

    @Test
    void runtimeHaltInAMethodIsRefused() {
        success("void quit() { Runtime.getRuntime().halt(3); }");

        assertTrue(failure("quit()").message().startsWith("Runtime.halt(3) was refused"));
    }

    @Test
    void stackOverflowShowsTheRecursionOnceWithItsCount() {
        success("int down(int n) { return down(n + 1) + 1; }");
        int definedIn = lastCell();

        CellError error = failure("down(0)");

        assertEquals("java.lang.StackOverflowError", error.name());
        String trace = traceback(error);
        assertTrue(trace.matches("(?s)java.lang.StackOverflowError\n    at down \\(cell \\[" + definedIn + "\\], line 1\\)"
                + "\n    \\.\\.\\. the line above repeated \\d+ more times.*"), trace);
        assertTrue(trace.lines().count() < 5, trace);
    }

    @Test
    void hugeAllocationFailsWithAdviceAndKeepsTheShell() {
        success("String keptThroughOom = \"kept\";");

        CellError error = failure("long[] huge = new long[Integer.MAX_VALUE - 16];");

        assertEquals("java.lang.OutOfMemoryError", error.name());
        assertTrue(traceback(error).contains("The kernel is still running"), traceback(error));
        assertEquals("kept", valueOf("keptThroughOom"));
    }

    @Test
    void documentationOfALibraryMethodHasItsJavadoc() {
        String code = "org.dendrite.display.Display.display(";

        List<String> docs = engine.documentation(code, code.length());

        assertEquals("DisplayHandle Display.display(Object value)\n\n"
                + "Shows value now and returns a handle that can replace it later.", docs.get(0));
        assertTrue(docs.get(1).startsWith("DisplayHandle Display.display(Object value, String... mimeTypes)\n\n"
                + "Shows value as the given MIME types only"), docs.get(1));
    }
}
