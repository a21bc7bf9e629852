package org.dendrite.tensor.cpu;

import java.util.List;
import org.dendrite.tensor.DType;
import org.dendrite.tensor.backend.Shapes;

/**
 * Copies that rearrange {@link HeapStorage}: permuting dimensions, slicing, selecting indices and
 * concatenating. Each moves whole runs of elements with {@link System#arraycopy}, which works on
 * float32 and float64 arrays alike.
 */
final class HeapReshaping {

    private HeapReshaping() {
    }

    /** The dimensions reordered: result dimension i is input dimension {@code order[i]}. */
    static HeapStorage permute(HeapStorage x, int[] order) {
        long[] from = x.shape();
        int rank = from.length;
        long[] shape = new long[rank];
        long[] sourceStrides = new long[rank];
        long[] strides = strides(from);
        for (int d = 0; d < rank; d++) {
            shape[d] = from[order[d]];
            sourceStrides[d] = strides[order[d]];
        }
        int[] offsets = new int[(int) Shapes.numel(shape)];
        int[] index = new int[rank];
        int offset = 0;
        for (int i = 0; i < offsets.length; i++) {
            offsets[i] = offset;
            for (int d = rank - 1; d >= 0; d--) {
                offset += (int) sourceStrides[d];
                if (++index[d] < shape[d]) {
                    break;
                }
                offset -= (int) (sourceStrides[d] * shape[d]);
                index[d] = 0;
            }
        }
        if (x.dtype() == DType.FLOAT32) {
            float[] source = x.floats();
            float[] out = new float[offsets.length];
            for (int i = 0; i < out.length; i++) {
                out[i] = source[offsets[i]];
            }
            return HeapStorage.ofFloats(out, shape);
        }
        double[] source = x.doubles();
        double[] out = new double[offsets.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = source[offsets[i]];
        }
        return HeapStorage.ofDoubles(out, shape);
    }

    /** Elements {@code start <= i < end} along {@code dim}. */
    static HeapStorage slice(HeapStorage x, int dim, long start, long end) {
        long[] shape = x.shape();
        long[] outShape = shape.clone();
        outShape[dim] = end - start;
        HeapStorage out = HeapStorage.zeros(outShape, x.dtype());
        int inner = inner(shape, dim);
        int run = (int) (end - start) * inner;
        for (int o = 0; o < outer(shape, dim); o++) {
            System.arraycopy(x.array(), (int) ((o * shape[dim] + start) * inner), out.array(), o * run, run);
        }
        return out;
    }

    /** The entries at {@code indices} along {@code dim}. */
    static HeapStorage indexSelect(HeapStorage x, int dim, long[] indices) {
        long[] shape = x.shape();
        long[] outShape = shape.clone();
        outShape[dim] = indices.length;
        HeapStorage out = HeapStorage.zeros(outShape, x.dtype());
        int inner = inner(shape, dim);
        int target = 0;
        for (int o = 0; o < outer(shape, dim); o++) {
            for (long index : indices) {
                System.arraycopy(x.array(), (int) ((o * shape[dim] + index) * inner), out.array(), target, inner);
                target += inner;
            }
        }
        return out;
    }

    /** Tensors of one type joined along an existing dimension. */
    static HeapStorage concat(List<HeapStorage> parts, int dim) {
        long[] outShape = parts.get(0).shape();
        outShape[dim] = parts.stream().mapToLong(p -> p.shape()[dim]).sum();
        HeapStorage out = HeapStorage.zeros(outShape, parts.get(0).dtype());
        int outer = outer(outShape, dim);
        int target = 0;
        for (int o = 0; o < outer; o++) {
            for (HeapStorage part : parts) {
                int run = outer == 0 ? 0 : part.size() / outer;
                System.arraycopy(part.array(), o * run, out.array(), target, run);
                target += run;
            }
        }
        return out;
    }

    /** The product of the sizes before {@code dim}. */
    private static int outer(long[] shape, int dim) {
        long n = 1;
        for (int d = 0; d < dim; d++) {
            n *= shape[d];
        }
        return (int) n;
    }

    /** The product of the sizes after {@code dim}. */
    private static int inner(long[] shape, int dim) {
        long n = 1;
        for (int d = dim + 1; d < shape.length; d++) {
            n *= shape[d];
        }
        return (int) n;
    }

    /** Row-major strides of {@code shape}, in elements. */
    static long[] strides(long[] shape) {
        long[] strides = new long[shape.length];
        long stride = 1;
        for (int d = shape.length - 1; d >= 0; d--) {
            strides[d] = stride;
            stride *= shape[d];
        }
        return strides;
    }
}
