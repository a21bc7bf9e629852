package org.dendrite.tensor.cpu;

import java.util.Arrays;
import java.util.Locale;
import org.bytedeco.javacpp.Pointer;
import org.dendrite.tensor.DType;

/**
 * Refuses a large tensor before it is allocated when it would take the process past its
 * resident-memory limit (JavaCPP's {@code org.bytedeco.javacpp.maxphysicalbytes}, which the
 * kernel's {@code --memory} option sets). ND4J allocates its buffers natively, outside JavaCPP's
 * own accounting, so without this check a too-big tensor would be allocated and the operating
 * system, or Binder, would kill the kernel; with it, the cell gets an {@link OutOfMemoryError}
 * that says what was asked for and what is left.
 */
final class MemoryGuard {

    /** Smaller tensors are not checked: reading the resident size costs more than they do. */
    static final long CHECKED_FROM_BYTES = 64L << 20;

    private MemoryGuard() {
    }

    /** Throws if a new tensor of {@code shape} and {@code dtype} would not fit; {@code op} names the operation. */
    static void checkRoomFor(String op, long[] shape, DType dtype) {
        long bytes = dtype.bytes();
        for (long size : shape) {
            bytes *= size;
        }
        if (bytes >= CHECKED_FROM_BYTES && Pointer.maxPhysicalBytes() > 0) {
            check(op, shape, dtype, bytes, Pointer.physicalBytes(), Pointer.maxPhysicalBytes());
        }
    }

    /** Throws if {@code bytes} more would take {@code used} past {@code limit}. */
    static void check(String op, long[] shape, DType dtype, long bytes, long used, long limit) {
        if (used + bytes > limit) {
            throw new OutOfMemoryError(String.format(Locale.ROOT,
                    "%s: a %s tensor of shape %s needs %s, but the process uses %s of its %s limit"
                            + " (org.bytedeco.javacpp.maxphysicalbytes; the kernel's --memory option)."
                            + " Use smaller tensors or batches, or free tensors you no longer need.",
                    op, dtype, Arrays.toString(shape), size(bytes), size(used), size(limit)));
        }
    }

    private static String size(long bytes) {
        return bytes >= 1L << 30 ? String.format(Locale.ROOT, "%.2f GiB", bytes / (double) (1L << 30))
                : String.format(Locale.ROOT, "%d MiB", bytes >> 20);
    }
}
