package org.dendrite.device.cuda;

import org.dendrite.device.DeviceOutOfMemoryException;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;


class CudaMemoryPoolTest {

    @Test
    void smallBlocksRoundUpTo512Bytes() {
        assertEquals(512, CudaMemoryPool.blockSize(0));
        assertEquals(512, CudaMemoryPool.blockSize(4));
        assertEquals(1024, CudaMemoryPool.blockSize(513));
        assertEquals(1 << 20, CudaMemoryPool.blockSize(1 << 20));
    }

    @Test
    void largeBlocksRoundUpToWholeMebibytes() {
        assertEquals(2 << 20, CudaMemoryPool.blockSize((1 << 20) + 1));
        assertEquals(3L << 30, CudaMemoryPool.blockSize((3L << 30) - 100));
    }

    @Test
    void sizesInMessagesUseBinaryUnits() {
        assertEquals("512 B", Bytes.format(512));
        assertEquals("1.5 KiB", Bytes.format(1536));
        assertEquals("79.1 GiB", Bytes.format(84_929_216_512L));
    }

    @Test
    void outOfMemoryNamesRequestedAndFreeMemory() {
        assertEquals("cuda:0 is out of memory: requested 100.0 GiB, 1.5 GiB free of 79.1 GiB; use a smaller batch, "
                        + "close() tensors you no longer need, or compute on Device.cpu()",
                new DeviceOutOfMemoryException("cuda:0", 100L << 30, 1536L << 20, 84_929_216_512L).getMessage());
    }
}
