package org.dendrite.tensor;

/** The element type of a tensor: float32 by default, float64 for gradient checks. */
public enum DType {
    /** 32-bit floats, as PyTorch's default {@code torch.float32}. */
    FLOAT32,
    /** 64-bit floats, for numerical gradient checks. */
    FLOAT64;

    /** The type of a result from operands of types {@code a} and {@code b}, as PyTorch promotes: the wider (float32 and float64 give float64). */
    public static DType promote(DType a, DType b) {
        return a.bytes() >= b.bytes() ? a : b;
    }

    /** Bytes per element. */
    public int bytes() {
        return this == FLOAT32 ? 4 : 8;
    }

    /** The name PyTorch prints, such as {@code float32}. */
    @Override
    public String toString() {
        return this == FLOAT32 ? "float32" : "float64";
    }
}
