package org.dendrite.kernel.magic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.tools.ToolProvider;
import org.dendrite.device.cuda.CudaDriver;
import org.dendrite.device.Device;
import org.dendrite.device.StandInT4;
import org.dendrite.display.Display;
import org.dendrite.display.DisplaySink;
import org.dendrite.kernel.engine.CellError;
import org.dendrite.kernel.engine.CellOutcome;
import org.dendrite.kernel.engine.JShellEngine;
import org.dendrite.kernel.maven.MavenResolver;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The kernel's own magics, run on a real engine; what they print is captured. */
class StandardMagicsTest {

    private static final List<String> CLASS_PATH = Arrays.asList(System.getProperty("java.class.path").split(File.pathSeparator));
    private static JShellEngine engine;
    private static Magics magics;
    private static int cell;
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private PrintStream realOut;

    @TempDir
    static Path dir;

    @BeforeAll
    static void startEngine() {
        engine = new JShellEngine(CLASS_PATH, List.of());
        magics = Magics.standard(new MavenResolver(dir.resolve("m2"), List.of(dir.toUri().toString())), CLASS_PATH);
    }

    @AfterAll
    static void closeEngine() {
        engine.close();
    }

    @BeforeEach
    void capture() {
        realOut = System.out;
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(realOut);
    }

    private String printed() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    private static CellOutcome run(String code) {
        return magics.evaluate(engine, code, ++cell);
    }

    private static CellOutcome.Success success(String code) {
        CellOutcome outcome = run(code);
        return assertInstanceOf(CellOutcome.Success.class, outcome, outcome::toString);
    }

    private static CellError error(String code) {
        return assertInstanceOf(CellOutcome.Failure.class, run(code)).error();
    }

    @Test
    void timeitOfAnExpressionPrintsMeanAndStd() {
        success("%timeit -n 20 -r 3 Math.sqrt(2)");

        assertTrue(printed().matches("(?s)\\S+ \\S+ ± \\S+ \\S+ per loop \\(mean ± std. dev. of 3 runs, 20 loops each\\)\\s*"),
                printed());
    }

    @Test
    void timeitOfStatementsUsesTheNotebooksVariables() {
        success("int[] counter = {0};");

        success("%%timeit -n 5 -r 2\nint step = 1;\ncounter[0] += step;");

        assertTrue(printed().contains("of 2 runs, 5 loops each"), printed());
        assertTrue((int) success("counter[0]").value() >= 10);
    }

    @Test
    void timeitWithoutCodeSaysHowToCallIt() {
        assertTrue(error("%timeit -n 3").message().startsWith("nothing to time. Usage: %timeit"));
    }

    @Test
    void classpathAddsACompiledFolder() throws IOException {
        Path sources = Files.createDirectories(dir.resolve("src/demo"));
        Path classes = Files.createDirectories(dir.resolve("classes"));
        Path greeter = Files.writeString(sources.resolve("Greeter.java"),
                "package demo; public class Greeter { public String hi() { return \"hi from a jar\"; } }");
        assertEquals(0, ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(), greeter.toString()));

        success("%classpath " + classes);

        assertEquals("hi from a jar", success("new demo.Greeter().hi()").value());
        assertTrue(engine.addedClassPath().contains(classes.toString()));
    }

    @Test
    void jarsWithAMissingFileNamesIt() {
        CellError error = error("%jars /no/such/folder/lib.jar");

        assertEquals("FileNotFound", error.name());
        assertTrue(error.message().contains("/no/such/folder/lib.jar"), error.message());
    }

    @Test
    void loadRunsTheFilesDefinitions() throws IOException {
        Path file = Files.writeString(dir.resolve("Helpers.java"), "int twice(int x) {\n  return 2 * x;\n}\n");

        success("%load " + file);

        assertEquals(14, success("twice(7)").value());
    }

    @Test
    void bashStreamsOutputAndReportsAFailingStatus() {
        CellError error = error("%%bash\necho from bash\nexit 3");

        assertEquals("bash exited with status 3", error.message());
        assertTrue(printed().contains("from bash\n"), printed());
    }

    @Test
    void interruptStopsAShellCommand() throws Exception {
        CompletableFuture<CellOutcome> sleeping = CompletableFuture.supplyAsync(() -> run("%%shell\nsleep 30"));
        Thread.sleep(500);

        magics.interrupt();

        CellOutcome outcome = sleeping.get(5, TimeUnit.SECONDS);
        assertEquals("Interrupted", assertInstanceOf(CellOutcome.Failure.class, outcome).error().name());
    }

    @Test
    void htmlCellIsDisplayedAsHtml() {
        List<Object> shown = new ArrayList<>();
        Display.setSink((value, id, update) -> shown.add(value));
        try {
            success("%%html\n<b>bold</b>");
        } finally {
            Display.setSink(DisplaySink.PRINT);
        }

        assertEquals(List.of(new MimeText("text/html", "<b>bold</b>")), shown);
    }

    @Test
    void deviceCudaFallsBackToTheCpuAndSaysWhyWhenThereIsNoGpu() {
        success("%device cuda");

        if (CudaDriver.isAvailable()) {
            assertTrue(printed().startsWith("New tensors go to cuda:0 ("), printed());
        } else {
            assertEquals("No GPU here (" + CudaDriver.unavailableReason() + "): new tensors stay on the cpu\n", printed());
        }
        assertEquals(CudaDriver.isAvailable() ? "cuda:0" : "cpu",
                success("org.dendrite.tensor.Tensor.zeros(2).device().toString()").value());
        success("%device cpu");
    }

    @Test
    void deviceCpuSetsTheDefaultAndCellDeviceRestoresIt() {
        success("%device cpu");
        assertEquals("New tensors go to cpu\n", printed());

        success("%%device auto\nString inside = org.dendrite.device.Device.current().toString();");

        assertEquals(org.dendrite.device.Device.best().toString(), success("inside").value());
        assertEquals("cpu", success("org.dendrite.device.Device.current().toString()").value());
    }

    @Test
    void deviceWithoutNameListsTheDevices() {
        success("%device");

        assertTrue(printed().startsWith("cpu: "), printed());
        assertTrue(printed().endsWith("new tensors go to: cpu\n"), printed());
    }

    @Test
    void deviceListsTheGpusNameComputeCapabilityMemoryAndDriver() {
        try (Device.Scope gpu = StandInT4.install("535.104.05", "12.2", null)) {
            success("%device");
        }

        assertTrue(printed().contains("\ncuda:0: Tesla T4, compute capability 7.5, 15.0 GiB memory (14.5 GiB free),"
                + " driver 535.104.05 for CUDA 12.2\n"), printed());
    }

    @Test
    void deviceCudaOnAGpuWhoseDriverIsTooOldKeepsTheCpuAndSaysWhatItWouldNeed() {
        try (Device.Scope gpu = StandInT4.install("470.82.01", "11.4", "CUDA_ERROR_UNSUPPORTED_PTX_VERSION")) {
            success("%device cuda");
        }

        assertEquals("cuda:0 (Tesla T4, compute capability 7.5, driver 470.82.01 for CUDA 11.4) cannot load Dendrite's"
                + " kernels (CUDA_ERROR_UNSUPPORTED_PTX_VERSION): they need a driver for CUDA 12.0 or newer"
                + " (525.60.13 or newer); new tensors stay on the cpu\n", printed());
        assertEquals("cpu", success("org.dendrite.tensor.Tensor.zeros(2).device().toString()").value());
    }

    @Test
    void unknownDeviceNamesTheAcceptedOnes() {
        assertEquals("Unknown device 'tpu': expected cpu, cuda, cuda:N or auto", error("%device tpu").message());
        assertEquals("no device named. Usage: %%device cpu|cuda|cuda:N|auto, then the cell's code",
                error("%%device\nint x = 1;").message());
    }

    @Test
    void mavenWithoutCoordinatesSaysHowToCallIt() {
        assertTrue(error("%maven --scope runtime").message().startsWith("no artifact named. Usage: %maven"));
    }

    @Test
    void helpListsTheLibrarysPackagesAndClasses() {
        String sheet = success("%help").value().toString();

        assertTrue(sheet.contains("### org.dendrite.tensor\n\nTensors with reverse-mode autograd"), sheet);
        assertTrue(sheet.contains("\n- `Tensor`: An n-dimensional array of numbers"), sheet);
        assertFalse(sheet.contains("### org.dendrite.tensor.cpu"), "internal packages are left out");
    }

    @Test
    void helpOfAClassListsItsPublicMethods() {
        String sheet = success("%help Tensor").value().toString();

        assertTrue(sheet.startsWith("## org.dendrite.tensor.Tensor\n"), sheet);
        assertTrue(sheet.contains("- `Tensor randn(int... shape)`: Standard normal random values"), sheet);
    }
}
