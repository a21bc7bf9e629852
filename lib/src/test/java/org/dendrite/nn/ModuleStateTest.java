package org.dendrite.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dendrite.tensor.DType;
import org.dendrite.tensor.Tensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saving and loading a module's state, refusing other architectures, and converting element types. */
class ModuleStateTest {

    @TempDir
    Path dir;

    @Test
    void savedStateLoadsIntoAFreshModelWithTheSameOutputs() {
        Tensor.manualSeed(4);
        Sequential trained = new Sequential(new Conv2d(1, 2, 3, 1, 1), new BatchNorm2d(2), new ReLU(), new Flatten(), new Linear(32, 3));
        Tensor x = Tensor.randn(5, 1, 4, 4);
        trained.forward(x);
        trained.eval();
        Path file = dir.resolve("model.state");
        trained.save(file);

        Sequential fresh = new Sequential(new Conv2d(1, 2, 3, 1, 1), new BatchNorm2d(2), new ReLU(), new Flatten(), new Linear(32, 3));
        fresh.eval();
        assertNotEquals(trained.forward(x).sum().item(), fresh.forward(x).sum().item());
        Tensor parameterBefore = fresh.parameters().get(0);
        assertSame(fresh, fresh.load(file));
        assertSame(parameterBefore, fresh.parameters().get(0));
        assertArrayEquals(trained.forward(x).toDoubleArray(), fresh.forward(x).toDoubleArray(), 1e-6);
        assertArrayEquals(((BatchNorm2d) trained.get(1)).runningVar().toDoubleArray(),
                ((BatchNorm2d) fresh.get(1)).runningVar().toDoubleArray(), 0);
    }

    @Test
    void checkpointOfAnotherArchitectureIsRefusedWithTheMismatchingNames() {
        Path file = dir.resolve("lenet.state");
        Models.leNet().save(file);
        Sequential other = new Sequential(new Conv2d(1, 6, 5, 1, 2), new ReLU(), new MaxPool2d(2), new Flatten(), new Linear(1176, 10));
        Tensor before = other.parameters().get(0).detach();
        String message = assertThrows(IllegalArgumentException.class, () -> other.load(file)).getMessage();
        assertTrue(message.contains("was saved from a different architecture"), message);
        assertTrue(message.contains("not in this model: 3.weight, 3.bias, 7.weight, 7.bias, 9.weight, 9.bias"), message);
        assertTrue(message.contains("not in the file: 4.weight, 4.bias"), message);
        assertTrue(message.contains("0.weight is [20, 1, 5, 5] in the file but [6, 1, 5, 5] in this model"), message);
        assertArrayEquals(before.toDoubleArray(), other.parameters().get(0).toDoubleArray(), 0);
    }

    @Test
    void unreadableFilesAreNamed() throws IOException {
        Path missing = dir.resolve("missing.state");
        String absent = assertThrows(UncheckedIOException.class, () -> Models.leNet().load(missing)).getMessage();
        assertTrue(absent.contains(missing + " does not exist"), absent);
        Path text = Files.writeString(dir.resolve("notes.txt"), "hello");
        String foreign = assertThrows(IllegalArgumentException.class, () -> Models.leNet().load(text)).getMessage();
        assertTrue(foreign.contains("is not a model state saved by Module.save"), foreign);
    }

    @Test
    void float64ModelsRoundTripAndLoadIntoFloat32Ones() {
        Linear wide = new Linear(3, 2);
        wide.to(DType.FLOAT64);
        assertEquals(DType.FLOAT64, wide.weight().dtype());
        assertTrue(wide.weight().requiresGrad());
        Path file = dir.resolve("linear.state");
        wide.save(file);
        Linear narrow = new Linear(3, 2);
        narrow.load(file);
        assertEquals(DType.FLOAT32, narrow.weight().dtype());
        assertArrayEquals(wide.weight().toDoubleArray(), narrow.weight().toDoubleArray(), 1e-6);
    }
}
