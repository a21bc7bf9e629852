package org.dendrite.device.cuda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped PTX loads on Turing and newer GPUs with drivers from CUDA 12.0 on: every file
 * declares an ISA version and target such a driver accepts, and ptxas, where it is installed,
 * assembles every file for each architecture from Turing to Hopper. Runs without a GPU.
 */
class PtxCompatibilityTest {

    private static final Path PTX = Path.of("src/main/resources/org/dendrite/tensor/kernels");
    private static final List<String> ARCHITECTURES = List.of("sm_75", "sm_80", "sm_86", "sm_89", "sm_90");
    /** The newest PTX ISA a CUDA 12.0 driver knows (NVIDIA's PTX ISA release notes: ISA 8.0 came with CUDA 12.0). */
    private static final String CUDA_12_0_ISA = "8.0";

    @Test
    void everyPtxDeclaresAnIsaAndTargetThatACuda12DriverAccepts() throws IOException {
        List<Path> files = ptxFiles();
        assertFalse(files.isEmpty(), "no PTX in " + PTX);
        for (Path file : files) {
            String version = directive(file, ".version");
            String target = directive(file, ".target");
            assertFalse(KernelSupport.older(CUDA_12_0_ISA, version),
                    file + " declares PTX ISA " + version + ", newer than a CUDA 12.0 driver knows");
            assertEquals(KernelSupport.PTX_ISA, version, file + ": the ISA that the fallback line names");
            assertEquals("sm_" + KernelSupport.MIN_COMPUTE_CAPABILITY.replace(".", ""), target,
                    file + ": the target must be Turing's, which the fallback line names, so the driver compiles it for Turing and newer");
        }
        assertTrue(files.stream().anyMatch(f -> KernelSupport.PROBE_PTX.endsWith("/" + f.getFileName())),
                KernelSupport.PROBE_PTX + " is not among the shipped PTX");
    }

    @Test
    void everyPtxAssemblesForTuringAmpereAdaAndHopper(@TempDir Path scratch) throws IOException, InterruptedException {
        Optional<Path> ptxas = ptxas();
        assumeTrue(ptxas.isPresent(), "ptxas is not installed (looked on PATH, in $CUDA_HOME/bin and"
                + " /usr/local/cuda/bin), so the PTX was not assembled");
        List<String> failures = new ArrayList<>();
        for (Path file : ptxFiles()) {
            for (String arch : ARCHITECTURES) {
                Process process = new ProcessBuilder(ptxas.get().toString(), "-arch=" + arch,
                        "-o", scratch.resolve("out.cubin").toString(), file.toString())
                        .redirectErrorStream(true).start();
                String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (process.waitFor() != 0) {
                    failures.add(file.getFileName() + " for " + arch + ":\n" + output);
                }
            }
        }
        assertTrue(failures.isEmpty(), "ptxas " + ptxas.get() + " rejected:\n" + String.join("\n", failures));
    }

    private static List<Path> ptxFiles() throws IOException {
        try (Stream<Path> files = Files.list(PTX)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".ptx")).sorted().toList();
        }
    }

    /** The argument of the first line that starts with {@code directive}, such as {@code 8.0} for {@code .version}. */
    private static String directive(Path file, String directive) throws IOException {
        return Files.readAllLines(file).stream().filter(line -> line.startsWith(directive + " ")).findFirst()
                .map(line -> line.substring(directive.length()).strip())
                .orElseThrow(() -> new AssertionError(file + " has no " + directive + " line"));
    }

    private static Optional<Path> ptxas() {
        List<Path> places = new ArrayList<>();
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            places.add(Path.of(dir));
        }
        if (System.getenv("CUDA_HOME") != null) {
            places.add(Path.of(System.getenv("CUDA_HOME"), "bin"));
        }
        places.add(Path.of("/usr/local/cuda/bin"));
        return places.stream().map(dir -> dir.resolve("ptxas")).filter(Files::isExecutable).findFirst();
    }
}
