package org.dendrite.tensor;

/**
 * The element type of a tensor: float32 by default, float64 for gradient checks, int64 for
 * labels and indices, bool for masks, as PyTorch's {@code torch.float32}, {@code torch.float64},
 * {@code torch.int64} and {@code torch.bool}.
 */
public enum DType {
    /** 32-bit floats, as PyTorch's default {@code torch.float32}. */
    FLOAT32("float32", 4, 2),
    /** 64-bit floats, for numerical gradient checks. */
    FLOAT64("float64", 8, 3),
    /** 64-bit whole numbers: class labels, and the indices that argmax, sort and topk give. */
    INT64("int64", 8, 1),
    /** True or false: the masks that comparisons give and {@code where} and {@code maskedFill} take. */
    BOOL("bool", 1, 0);

    private final String name;
    private final int bytes;
    private final int rank;

    DType(String name, int bytes, int rank) {
        this.name = name;
        this.bytes = bytes;
        this.rank = rank;
    }

    /**
     * The type of a result from operands of types {@code a} and {@code b}, as PyTorch's
     * {@code torch.result_type}: the later of bool, int64, float32, float64 (int64 and float32
     * give float32, float32 and float64 give float64).
     */
    public static DType promote(DType a, DType b) {
        return a.rank >= b.rank ? a : b;
    }

    /** Whether this is float32 or float64, the types that carry gradients. */
    public boolean isFloatingPoint() {
        return this == FLOAT32 || this == FLOAT64;
    }

    /** Bytes per element. */
    public int bytes() {
        return bytes;
    }

    /** The name PyTorch prints, such as {@code float32}. */
    @Override
    public String toString() {
        return name;
    }
}
