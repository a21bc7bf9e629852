package org.dendrite.tensor.cpu;

import java.util.Arrays;
import org.dendrite.tensor.DType;
import org.dendrite.tensor.backend.Backend.Binary;
import org.dendrite.tensor.backend.Backend.Unary;

/**
 * Element-wise operations on {@link HeapStorage}: binary ones with NumPy broadcasting, unary ones,
 * {@code where}, and {@code broadcastTo}. Addition, subtraction, multiplication and division of
 * float32 run in loops of their own, which the JIT turns into vector instructions; the other
 * operations go through one scalar rule each ({@link #apply(Binary, double, double)},
 * {@link #apply(Unary, double, double)}).
 */
final class HeapPointwise {

    private HeapPointwise() {
    }

    /** {@code op(a, b)}, both broadcast to {@code shape}. */
    static HeapStorage binary(Binary op, HeapStorage a, HeapStorage b, long[] shape) {
        HeapStorage x = broadcastTo(a, shape);
        HeapStorage y = broadcastTo(b, shape);
        if (x.dtype() == DType.FLOAT32) {
            float[] p = x.floats();
            float[] q = y.floats();
            float[] out = new float[p.length];
            switch (op) {
                case ADD -> { for (int i = 0; i < out.length; i++) out[i] = p[i] + q[i]; }
                case SUB -> { for (int i = 0; i < out.length; i++) out[i] = p[i] - q[i]; }
                case MUL -> { for (int i = 0; i < out.length; i++) out[i] = p[i] * q[i]; }
                case DIV -> { for (int i = 0; i < out.length; i++) out[i] = p[i] / q[i]; }
                default -> { for (int i = 0; i < out.length; i++) out[i] = (float) apply(op, p[i], q[i]); }
            }
            return HeapStorage.ofFloats(out, shape);
        }
        double[] p = x.doubles();
        double[] q = y.doubles();
        double[] out = new double[p.length];
        switch (op) {
            case ADD -> { for (int i = 0; i < out.length; i++) out[i] = p[i] + q[i]; }
            case SUB -> { for (int i = 0; i < out.length; i++) out[i] = p[i] - q[i]; }
            case MUL -> { for (int i = 0; i < out.length; i++) out[i] = p[i] * q[i]; }
            case DIV -> { for (int i = 0; i < out.length; i++) out[i] = p[i] / q[i]; }
            default -> { for (int i = 0; i < out.length; i++) out[i] = apply(op, p[i], q[i]); }
        }
        return HeapStorage.ofDoubles(out, shape);
    }

    /** {@code op(a, s)} element by element. */
    static HeapStorage binaryScalar(Binary op, HeapStorage a, double s) {
        long[] shape = a.shape();
        if (a.dtype() == DType.FLOAT32) {
            float[] p = a.floats();
            float[] out = new float[p.length];
            float f = (float) s;
            switch (op) {
                case ADD -> { for (int i = 0; i < out.length; i++) out[i] = p[i] + f; }
                case SUB -> { for (int i = 0; i < out.length; i++) out[i] = p[i] - f; }
                case MUL -> { for (int i = 0; i < out.length; i++) out[i] = p[i] * f; }
                case DIV -> { for (int i = 0; i < out.length; i++) out[i] = p[i] / f; }
                default -> { for (int i = 0; i < out.length; i++) out[i] = (float) apply(op, p[i], s); }
            }
            return HeapStorage.ofFloats(out, shape);
        }
        double[] p = a.doubles();
        double[] out = new double[p.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = apply(op, p[i], s);
        }
        return HeapStorage.ofDoubles(out, shape);
    }

    /** {@code op(x)} element by element; {@code param} is the slope or alpha where one is used. */
    static HeapStorage unary(Unary op, HeapStorage x, double param) {
        if (x.dtype() == DType.FLOAT32) {
            float[] p = x.floats();
            float[] out = new float[p.length];
            if (op == Unary.RELU) {
                for (int i = 0; i < out.length; i++) out[i] = Math.max(p[i], 0f);
            } else {
                for (int i = 0; i < out.length; i++) out[i] = (float) apply(op, p[i], param);
            }
            return HeapStorage.ofFloats(out, x.shape());
        }
        double[] p = x.doubles();
        double[] out = new double[p.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = apply(op, p[i], param);
        }
        return HeapStorage.ofDoubles(out, x.shape());
    }

    /** {@code mask != 0 ? a : b}, all three broadcast to {@code shape}. */
    static HeapStorage where(HeapStorage mask, HeapStorage a, HeapStorage b, long[] shape) {
        HeapStorage m = broadcastTo(mask, shape);
        HeapStorage x = broadcastTo(a, shape);
        HeapStorage y = broadcastTo(b, shape);
        HeapStorage out = HeapStorage.zeros(shape, x.dtype());
        for (int i = 0; i < out.size(); i++) {
            System.arraycopy(m.get(i) != 0 ? x.array() : y.array(), i, out.array(), i, 1);
        }
        return out;
    }

    /**
     * {@code x} repeated along its size-1 and missing leading dimensions up to {@code shape}
     * ({@code x} itself when it has that shape already); runs of the last dimension are copied or
     * filled whole.
     */
    static HeapStorage broadcastTo(HeapStorage x, long[] shape) {
        long[] from = x.shape();
        if (Arrays.equals(from, shape)) {
            return x;
        }
        int rank = shape.length;
        long[] padded = new long[rank];
        Arrays.fill(padded, 1);
        System.arraycopy(from, 0, padded, rank - from.length, from.length);
        HeapStorage out = HeapStorage.zeros(shape, x.dtype());
        if (out.size() == 0) {
            return out;
        }
        int run = rank == 0 ? 1 : (int) shape[rank - 1];
        boolean repeated = rank > 0 && padded[rank - 1] == 1 && run != 1;
        long[] strides = new long[rank];
        long stride = 1;
        for (int d = rank - 1; d >= 0; d--) {
            strides[d] = padded[d] == 1 ? 0 : stride;
            stride *= padded[d];
        }
        int[] index = new int[rank];
        for (int start = 0; start < out.size(); start += run) {
            int source = 0;
            for (int d = 0; d < rank - 1; d++) {
                source += (int) (index[d] * strides[d]);
            }
            if (repeated) {
                fill(out, start, run, x.get(source));
            } else {
                System.arraycopy(x.array(), source, out.array(), start, run);
            }
            for (int d = rank - 2; d >= 0 && ++index[d] == shape[d]; d--) {
                index[d] = 0;
            }
        }
        return out;
    }

    private static void fill(HeapStorage out, int from, int length, double value) {
        if (out.dtype() == DType.FLOAT32) {
            Arrays.fill(out.floats(), from, from + length, (float) value);
        } else {
            Arrays.fill(out.doubles(), from, from + length, value);
        }
    }

    /** One element of {@code op(x, y)}; comparisons give 1 or 0, as ND4J's cast to the tensor's type. */
    static double apply(Binary op, double x, double y) {
        return switch (op) {
            case ADD -> x + y;
            case SUB -> x - y;
            case MUL -> x * y;
            case DIV -> x / y;
            case POW -> Math.pow(x, y);
            case MAX -> Double.isNaN(x) || Double.isNaN(y) ? Double.NaN : Math.max(x, y);
            case MIN -> Double.isNaN(x) || Double.isNaN(y) ? Double.NaN : Math.min(x, y);
            case GT -> x > y ? 1 : 0;
            case LT -> x < y ? 1 : 0;
            case GE -> x >= y ? 1 : 0;
            case LE -> x <= y ? 1 : 0;
            case EQ -> x == y ? 1 : 0;
        };
    }

    /** One element of {@code op(x)}. */
    static double apply(Unary op, double x, double param) {
        return switch (op) {
            case NEG -> -x;
            case EXP -> Math.exp(x);
            case LOG -> Math.log(x);
            case SQRT -> Math.sqrt(x);
            case ABS -> Math.abs(x);
            case SIGN -> Math.signum(x);
            case SIGMOID -> 1 / (1 + Math.exp(-x));
            case TANH -> Math.tanh(x);
            case RELU -> Math.max(x, 0);
            case LEAKY_RELU -> x > 0 ? x : x * param;
            case ELU -> x > 0 ? x : param * Math.expm1(x);
            case STEP -> x > 0 ? 1 : 0;
            case SIN -> Math.sin(x);
            case COS -> Math.cos(x);
            case LOG1P -> Math.log1p(x);
            case EXPM1 -> Math.expm1(x);
            case ERF -> throw new IllegalArgumentException("erf runs in ND4J, not on the heap");
            case FLOOR -> Math.floor(x);
            case CEIL -> Math.ceil(x);
            case ROUND -> Math.rint(x);
        };
    }
}
