package org.dendrite.kernel.install;

import java.util.List;
import java.util.Locale;

/**
 * How a memory limit for the whole kernel process (such as Binder's 2 GB) is shared out: the
 * Java heap, ND4J's off-heap buffers (JavaCPP's {@code maxbytes}), and a ceiling on the
 * resident size (JavaCPP's {@code maxphysicalbytes}) kept below the limit, so that a notebook
 * that asks for too much gets an {@code OutOfMemoryError} in its cell instead of the kernel
 * being killed by the operating system.
 */
record MemoryBudget(long bytes) {

    /** Share of the limit for the Java heap: charts, tables, JShell's compiled snippets. */
    static final double HEAP_SHARE = 0.30;
    /** Share for tensors, which live off the heap in ND4J's native buffers. */
    static final double OFF_HEAP_SHARE = 0.40;
    /** The resident-size ceiling; the rest is room for code, threads and the allocator. */
    static final double RESIDENT_SHARE = 0.85;

    MemoryBudget {
        if (bytes < 256L << 20) {
            throw new IllegalArgumentException("--memory " + bytes + " bytes is too small: the kernel needs at least 256m");
        }
    }

    /** Parses sizes such as {@code 2g}, {@code 1536m} or {@code 2048000k}. */
    static MemoryBudget parse(String text) {
        String size = text.trim().toLowerCase(Locale.ROOT);
        int shift = switch (size.isEmpty() ? ' ' : size.charAt(size.length() - 1)) {
            case 'k' -> 10;
            case 'm' -> 20;
            case 'g' -> 30;
            default -> throw new IllegalArgumentException(
                    "--memory '" + text + "': give a size with a unit, such as 2g or 1536m");
        };
        try {
            return new MemoryBudget(Long.parseLong(size.substring(0, size.length() - 1)) << shift);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--memory '" + text + "': give a size with a unit, such as 2g or 1536m");
        }
    }

    /** The JVM options that keep the kernel within this budget. */
    List<String> jvmOptions() {
        return List.of("-Xmx" + megabytes(HEAP_SHARE) + "m",
                "-Dorg.bytedeco.javacpp.maxbytes=" + megabytes(OFF_HEAP_SHARE) + "m",
                "-Dorg.bytedeco.javacpp.maxphysicalbytes=" + megabytes(RESIDENT_SHARE) + "m");
    }

    private long megabytes(double share) {
        return (long) (bytes * share) >> 20;
    }
}
