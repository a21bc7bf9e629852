package org.dendrite.kernel.install;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.File;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KernelInstallerTest {

    @TempDir
    Path tmp;

    private JsonObject spec(String... extraArgs) {
        List<String> args = new java.util.ArrayList<>(List.of("--prefix", tmp.toString(), "--name", "x"));
        args.addAll(List.of(extraArgs));
        KernelInstaller installer = KernelInstaller.fromArguments(args.toArray(String[]::new));
        return JsonParser.parseString(installer.kernelJson(tmp.resolve("lib"))).getAsJsonObject();
    }

    private static List<String> argv(JsonObject spec) {
        JsonArray argv = spec.getAsJsonArray("argv");
        return argv.asList().stream().map(element -> element.getAsString()).toList();
    }

    private static String rejection(String... args) {
        return assertThrows(IllegalArgumentException.class, () -> KernelInstaller.fromArguments(args)).getMessage();
    }

    @Test
    void argvRunsKernelMainWithTheLibFolderOnTheClassPath() {
        List<String> argv = argv(spec());

        assertEquals(Path.of(System.getProperty("java.home"), "bin", "java").toString(), argv.get(0));
        int cp = argv.indexOf("-cp");
        assertTrue(cp > 0, argv.toString());
        assertEquals(tmp.resolve("lib").toAbsolutePath() + File.separator + "*", argv.get(cp + 1));
        assertEquals(List.of("org.dendrite.kernel.KernelMain", "{connection_file}"), argv.subList(cp + 2, argv.size()));
    }

    @Test
    void jvmOptionsComeBeforeTheClassPath() {
        List<String> argv = argv(spec("--jvm-option", "-Xmx2g", "--java", "/opt/jdk/bin/java"));

        assertEquals("/opt/jdk/bin/java", argv.get(0));
        assertTrue(argv.indexOf("-Xmx2g") > 0 && argv.indexOf("-Xmx2g") < argv.indexOf("-cp"), argv.toString());
        assertTrue(argv.contains("-Djava.awt.headless=true"), argv.toString());
    }

    @Test
    void specDescribesAJavaKernelInterruptedByMessage() {
        JsonObject spec = spec();

        assertEquals("Java (Dendrite)", spec.get("display_name").getAsString());
        assertEquals("java", spec.get("language").getAsString());
        assertEquals("message", spec.get("interrupt_mode").getAsString());
        assertEquals(java.util.Set.of("OMP_WAIT_POLICY"), spec.getAsJsonObject("env").keySet());
    }

    @Test
    void importsAndChartFormatsGoIntoTheEnvironment() {
        JsonObject env = spec("--imports", "java.util.*,org.dendrite.*", "--chart-formats", "png,svg").getAsJsonObject("env");

        assertEquals("java.util.*,org.dendrite.*", env.get("DENDRITE_IMPORTS").getAsString());
        assertEquals("png,svg", env.get("DENDRITE_CHART_FORMATS").getAsString());
    }

    @Test
    void openMpThreadsWaitPassively() {
        assertEquals("PASSIVE", spec().getAsJsonObject("env").get("OMP_WAIT_POLICY").getAsString());
    }

    @Test
    void memoryBudgetSharesOutTheHeapAndLimitsMallocArenas() {
        JsonObject spec = spec("--memory", "2g");

        assertTrue(argv(spec).contains("-Xmx614m"), argv(spec).toString());
        assertEquals("2", spec.getAsJsonObject("env").get("MALLOC_ARENA_MAX").getAsString());
    }

    @Test
    void displayNameKeepsHtmlCharacters() {
        assertTrue(spec("--display-name", "Java <17> & co").toString().contains("Java <17> & co"));
    }

    @Test
    void unknownOptionIsRejectedWithUsage() {
        String message = rejection("--frobnicate");

        assertTrue(message.startsWith("Unknown option '--frobnicate'"), message);
        assertTrue(message.contains("Usage:"), message);
    }

    @Test
    void optionWithoutValueIsNamed() {
        assertEquals("Option --name needs a value", rejection("--name"));
    }

    @Test
    void kernelNameWithSpacesIsRejected() {
        String message = rejection("--name", "my kernel");

        assertTrue(message.contains("'my kernel'"), message);
        assertTrue(message.contains("letters, digits"), message);
    }

    @Test
    void installFromClassFoldersExplainsHowToBuildTheJar() {
        KernelInstaller installer = KernelInstaller.fromArguments("--prefix", tmp.toString(), "--name", "x");

        String message = assertThrows(UncheckedIOException.class, installer::install).getMessage();

        assertTrue(message.contains("class folder"), message);
        assertTrue(message.contains("mvn package"), message);
    }

    @Test
    void userKernelsDirHonoursJupyterDataDir() {
        assertEquals(Path.of("/data/jupyter", "kernels"),
                KernelInstaller.userKernelsDir(Map.of("JUPYTER_DATA_DIR", "/data/jupyter")));
    }

    @Test
    void userKernelsDirFollowsXdgDataHomeOffMac() {
        org.junit.jupiter.api.Assumptions.assumeFalse(System.getProperty("os.name").toLowerCase().contains("mac"));

        assertEquals(Path.of("/xdg", "jupyter", "kernels"), KernelInstaller.userKernelsDir(Map.of("XDG_DATA_HOME", "/xdg")));
    }

    @Test
    void userKernelsDirIsUnderHomeAsJupyterReadsIt() {
        org.junit.jupiter.api.Assumptions.assumeFalse(System.getProperty("os.name").toLowerCase().contains("mac"));

        assertEquals(Path.of("/home/student/.local/share", "jupyter", "kernels"),
                KernelInstaller.userKernelsDir(Map.of("HOME", "/home/student")));
    }
}
