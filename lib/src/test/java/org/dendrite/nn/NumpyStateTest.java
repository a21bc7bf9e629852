package org.dendrite.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.dendrite.tensor.Tensor;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Weights travel both ways between Dendrite and PyTorch as NumPy {@code .npz} state dicts: an
 * MLP and LeNet saved by {@link Module#save} load into the same PyTorch models
 * ({@code lib/src/test/python/torch_state_roundtrip.py}, run with Debian's python3-torch 1.13)
 * and give Dendrite's outputs; PyTorch's freshly initialized models load into Dendrite and give
 * PyTorch's outputs.
 */
class NumpyStateTest {

    private static final String PYTHON = "/usr/bin/python3";
    private static final Path SCRIPT = Path.of("src/test/python/torch_state_roundtrip.py");

    @TempDir
    Path dir;

    @Test
    void mlpAndLeNetWeightsTravelBothWaysThroughPyTorch() throws Exception {
        Assumptions.assumeTrue(torchAvailable(), "skipped: " + PYTHON + " cannot import torch and numpy "
                + "(install Debian's python3-torch and python3-numpy)");
        Tensor.manualSeed(11);
        Tensor mlpInput = Tensor.randn(3, 1, 28, 28);
        Tensor leNetInput = Tensor.randn(2, 1, 28, 28);
        Tensor mlpOutput = save("mlp", Models.mlp(784, 100, 10), mlpInput);
        Tensor leNetOutput = save("lenet", Models.leNet(), leNetInput);
        run(PYTHON, SCRIPT.toAbsolutePath().toString(), dir.toString());
        checkBothWays("mlp", () -> Models.mlp(784, 100, 10), mlpInput, mlpOutput);
        checkBothWays("lenet", Models::leNet, leNetInput, leNetOutput);
    }

    @Test
    void pytorchNamesAreWrittenInSnakeCaseAndReadBack() {
        assertEquals("1.running_mean", NpzStateFile.pytorchName("1.runningMean"));
        assertEquals("1.runningMean", NpzStateFile.dendriteName("1.running_mean"));
        assertEquals("0.weight", NpzStateFile.dendriteName(NpzStateFile.pytorchName("0.weight")));
    }

    @Test
    void batchNormBuffersRoundTripUnderPyTorchNames() {
        Sequential net = new Sequential(new Linear(3, 2), new BatchNorm1d(2));
        net.forward(Tensor.randn(8, 3));
        Path file = dir.resolve("bn.npz");
        net.save(file);
        Sequential copy = new Sequential(new Linear(3, 2), new BatchNorm1d(2));
        copy.load(file);
        net.state().forEach((name, t) -> assertArraysEqual(t.toDoubleArray(), copy.state().get(name).toDoubleArray(), 0, name));
    }

    @Test
    void aFileOfAnotherArchitectureIsRefusedByName() {
        Path file = dir.resolve("small.npz");
        Models.mlp(4, 3, 2).save(file);
        String message = assertThrows(IllegalArgumentException.class, () -> Models.mlp(4, 5, 2).load(file)).getMessage();
        assertTrue(message.contains("1.weight is [3, 4] in the file but [5, 4] in this model"), message);
        String notZip = assertThrows(IllegalArgumentException.class, () -> {
            Files.writeString(dir.resolve("text.npz"), "hello");
            Models.mlp(4, 3, 2).load(dir.resolve("text.npz"));
        }).getMessage();
        assertTrue(notZip.contains("is not a NumPy .npz archive"), notZip);
    }

    /** Saves {@code model} and {@code input} for the script; returns the model's output. */
    private Tensor save(String name, Module model, Tensor input) throws IOException {
        model.save(dir.resolve(name + "-dendrite.npz"));
        long[] shape = Arrays.stream(input.shape()).asLongStream().toArray();
        Nd4j.writeAsNumpy(Nd4j.createFromArray(input.toFloatArray()).reshape('c', shape), dir.resolve(name + "-input.npy").toFile());
        return model.forward(input);
    }

    private void checkBothWays(String name, Supplier<Module> build, Tensor input, Tensor ourOutput) {
        assertArraysEqual(ourOutput.toDoubleArray(), npy(name + "-torch-output.npy"), 1e-4,
                name + ": PyTorch's output with Dendrite's weights");
        Module loaded = build.get().load(dir.resolve(name + "-torch.npz"));
        assertArraysEqual(npy(name + "-torch-fresh-output.npy"), loaded.forward(input).toDoubleArray(), 1e-4,
                name + ": Dendrite's output with PyTorch's weights");
    }

    private double[] npy(String file) {
        return Nd4j.toFlattened('c', Nd4j.createFromNpyFile(dir.resolve(file).toFile())).castTo(DataType.DOUBLE).toDoubleVector();
    }

    private static void assertArraysEqual(double[] expected, double[] actual, double tolerance, String what) {
        assertEquals(expected.length, actual.length, what + ": length");
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], tolerance, what + ": element " + i);
        }
    }

    private static boolean torchAvailable() {
        if (!new File(PYTHON).canExecute()) {
            return false;
        }
        try {
            Process p = new ProcessBuilder(PYTHON, "-c", "import torch, numpy").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(120, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "the PyTorch script did not finish in 5 minutes");
        assertEquals(0, p.exitValue(), "the PyTorch script failed:\n" + log);
    }
}
