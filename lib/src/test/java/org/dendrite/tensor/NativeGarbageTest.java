package org.dendrite.tensor;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.bytedeco.javacpp.Pointer;
import org.junit.jupiter.api.Test;

class NativeGarbageTest {

    @Test
    void aLoopOfBigTemporariesDoesNotGrowTheProcess() {
        Tensor x = Tensor.ones(1000, 1000);   // 4 MB
        long start = Pointer.physicalBytes();
        long peak = start;
        for (int i = 0; i < 1500; i++) {      // 6 GB of temporaries in all
            x = x.mul(1.0);
            peak = Math.max(peak, Pointer.physicalBytes());
        }
        long grown = (peak - start) >> 20;
        assertTrue(grown < 1024, "the process grew by " + grown + " MiB for 4 MB of live data");
    }
}
