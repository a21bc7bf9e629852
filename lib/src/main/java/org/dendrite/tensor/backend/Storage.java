package org.dendrite.tensor.backend;

import org.dendrite.tensor.DType;

/** The data of a tensor, held by a {@link Backend}: ND4J arrays on the CPU, device memory on a GPU. */
public interface Storage {

    /** The sizes of each dimension. */
    long[] shape();

    /** The element type. */
    DType dtype();

    /** Frees the memory now rather than when the garbage collector gets to it. */
    void free();

    /** Whether {@link #free()} was called. */
    boolean isFreed();

    /** The error for using a tensor after {@link #free()}. */
    static IllegalStateException usedAfterFree() {
        return new IllegalStateException("This tensor was freed (close() was called); it cannot be used any more");
    }
}
