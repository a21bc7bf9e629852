package org.dendrite.tensor;

import org.dendrite.tensor.cpu.CpuBackend;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The PyTorch parity composites again with every tensor held by ND4J, so that both CPU paths pass them:
 * {@link TorchParityTest} itself runs its small tensors on the Java heap.
 */
class TorchParityOnNd4jTest extends TorchParityTest {

    @BeforeAll
    static void everyTensorInNd4j() {
        CpuBackend.heapLimit(0);
    }

    @AfterAll
    static void smallTensorsBackOnTheHeap() {
        CpuBackend.heapLimit(CpuBackend.HEAP_LIMIT);
    }
}
