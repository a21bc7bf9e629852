package org.dendrite.tensor.cpu;

import java.util.concurrent.atomic.AtomicLong;
import org.bytedeco.javacpp.Pointer;

/**
 * Returns the native memory of tensors nobody uses any more. ND4J keeps a tensor's values off
 * the Java heap and frees them only after the garbage collector has found the small Java object
 * that points to them unreachable. A training loop makes many big tensors out of few small
 * objects, so the heap rarely fills and collections would come too late: the process would grow
 * by gigabytes. So every {@link #THRESHOLD_BYTES} of new tensor data (less under a tight memory
 * limit), this asks for a collection, after which ND4J frees what was unreachable.
 */
final class NativeGarbage {

    /** New tensor data between two collections, when no tighter limit is set. */
    static final long THRESHOLD_BYTES = 128L << 20;

    private static final long threshold = Pointer.maxPhysicalBytes() > 0
            ? Math.min(THRESHOLD_BYTES, Pointer.maxPhysicalBytes() / 8) : THRESHOLD_BYTES;
    private static final AtomicLong sinceCollection = new AtomicLong();

    private NativeGarbage() {
    }

    /** Notes {@code bytes} of new tensor data; collects garbage when enough has been made. */
    static void allocated(long bytes) {
        if (sinceCollection.addAndGet(bytes) > threshold) {
            sinceCollection.set(0);
            System.gc();
        }
    }
}
