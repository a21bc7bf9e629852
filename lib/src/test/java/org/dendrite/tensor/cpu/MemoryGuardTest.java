package org.dendrite.tensor.cpu;

import org.dendrite.tensor.DType;
import org.dendrite.tensor.Tensor;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;


class MemoryGuardTest {

    private static final long GIB = 1L << 30;

    @Test
    void aTensorPastTheLimitIsRefusedWithWhatItNeedsAndWhatIsLeft() {
        long[] shape = {20000, 20000};
        OutOfMemoryError e = assertThrows(OutOfMemoryError.class,
                () -> MemoryGuard.check("full", shape, DType.FLOAT32, 1_600_000_000L, GIB, 2 * GIB));

        assertEquals("full: a float32 tensor of shape [20000, 20000] needs 1.49 GiB, but the process uses"
                + " 1.00 GiB of its 2.00 GiB limit (org.bytedeco.javacpp.maxphysicalbytes; the kernel's --memory"
                + " option). Use smaller tensors or batches, or free tensors you no longer need.", e.getMessage());
    }

    @Test
    void aTensorThatFitsPasses() {
        assertDoesNotThrow(() -> MemoryGuard.check("matmul", new long[] {1000, 1000}, DType.FLOAT64,
                8_000_000L, GIB, 2 * GIB));
    }

    @Test
    void withoutALimitEvenLargeTensorsAreAllocated() {
        // The test JVM sets no maxphysicalbytes: JavaCPP's default is a multiple of the heap.
        Tensor big = Tensor.zeros(5000, 5000);   // 100 MB, above the checked size
        assertEquals(5000, big.size(0));
    }
}
