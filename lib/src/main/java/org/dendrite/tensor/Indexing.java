package org.dendrite.tensor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongUnaryOperator;
import org.dendrite.tensor.backend.Backend;
import org.dendrite.tensor.backend.Shapes;
import org.dendrite.tensor.backend.Storage;

/**
 * Picking parts of a tensor: slices, rows, index lists and per-row gathers. Each backward puts
 * the gradient back where its values came from, adding where a position was picked twice.
 */
final class Indexing {

    private Indexing() {
    }

    static Tensor slice(Tensor x, int dim, int start, int end) {
        int d = Shapes.dim("slice", dim, x.dim());
        int size = x.size(d);
        int from = start < 0 ? start + size : start;
        int to = end < 0 ? end + size : Math.min(end, size);
        if (from < 0 || from > to) {
            throw new IndexOutOfBoundsException("slice: [" + start + ", " + end + ") is not a range of dimension " + d + " of size " + size);
        }
        Storage out = x.backend().slice(x.storage(), d, from, to);
        return Tensor.record("slice", x, out, g -> new Tensor[] {placed(g, x, d, coordinate -> from + coordinate)}, x);
    }

    /** Every {@code step}-th element from {@code start} below {@code end}, as Python's {@code x[start:end:step]}. */
    static Tensor slice(Tensor x, int dim, int start, int end, int step) {
        if (step < 1) {
            throw new IllegalArgumentException("slice: step " + step + " must be 1 or more (use flip to reverse)");
        }
        Tensor range = slice(x, dim, start, end);
        if (step == 1) {
            return range;
        }
        int d = Shapes.dim("slice", dim, x.dim());
        int[] picked = new int[(range.size(d) + step - 1) / step];
        Arrays.setAll(picked, i -> i * step);
        return indexSelect(range, d, picked);
    }

    /** Consecutive pieces of the given {@code sizes} along {@code dim}, which must add up to its size. */
    static List<Tensor> split(Tensor x, int[] sizes, int dim) {
        int d = Shapes.dim("split", dim, x.dim());
        int total = Arrays.stream(sizes).sum();
        if (total != x.size(d) || Arrays.stream(sizes).anyMatch(size -> size < 0)) {
            throw new IllegalArgumentException("split: sizes " + Arrays.toString(sizes) + " do not add up to dimension "
                    + d + "'s size " + x.size(d));
        }
        List<Tensor> pieces = new ArrayList<>();
        int start = 0;
        for (int size : sizes) {
            pieces.add(slice(x, d, start, start + size));
            start += size;
        }
        return pieces;
    }

    /** Pieces of {@code size} along {@code dim}, the last one smaller when the size does not divide evenly. */
    static List<Tensor> split(Tensor x, int size, int dim) {
        int d = Shapes.dim("split", dim, x.dim());
        if (size < 1) {
            throw new IllegalArgumentException("split: piece size " + size + " must be 1 or more");
        }
        int n = x.size(d);
        int[] sizes = new int[Math.max(1, (n + size - 1) / size)];
        Arrays.setAll(sizes, i -> Math.min(size, n - i * size));
        return split(x, sizes, d);
    }

    /** {@code chunks} pieces (fewer when the size is small) of ⌈n / chunks⌉ along {@code dim}, as PyTorch's {@code chunk}. */
    static List<Tensor> chunk(Tensor x, int chunks, int dim) {
        if (chunks < 1) {
            throw new IllegalArgumentException("chunk: " + chunks + " chunks; ask for 1 or more");
        }
        int n = x.size(dim);
        return split(x, Math.max(1, (n + chunks - 1) / chunks), dim);
    }

    /** Each index of {@code dim}, that dimension removed: a matrix's rows for {@code dim} 0. */
    static List<Tensor> unbind(Tensor x, int dim) {
        int d = Shapes.dim("unbind", dim, x.dim());
        List<Tensor> parts = new ArrayList<>();
        for (int i = 0; i < x.size(d); i++) {
            parts.add(select(x, d, i));
        }
        return parts;
    }

    /** The order of each of {@code dims} reversed. */
    static Tensor flip(Tensor x, int[] dims) {
        Tensor out = x;
        for (int dim : Arrays.stream(dims).map(dim -> Shapes.dim("flip", dim, x.dim())).distinct().toArray()) {
            int n = x.size(dim);
            int[] reversed = new int[n];
            Arrays.setAll(reversed, i -> n - 1 - i);
            out = indexSelect(out, dim, reversed);
        }
        return out;
    }

    /** The elements moved {@code shift} places along {@code dim}; those pushed off the end come back at the start. */
    static Tensor roll(Tensor x, int shift, int dim) {
        int d = Shapes.dim("roll", dim, x.dim());
        int n = x.size(d);
        if (n == 0) {
            return x;
        }
        int[] source = new int[n];
        Arrays.setAll(source, i -> Math.floorMod(i - shift, n));
        return indexSelect(x, d, source);
    }

    /** {@code x} plus {@code source}'s values added at the positions {@code index} names along {@code dim}. */
    static Tensor scatterAdd(Tensor x, int dim, Tensor index, Tensor source) {
        int d = Shapes.dim("scatterAdd", dim, x.dim());
        Pointwise.checkCompatible("scatterAdd", x, source);
        long[] positions = positions("scatterAdd", index);
        long[] indexShape = index.storage().shape();
        Tensor values = covering("scatterAdd", source, indexShape);
        Storage placed = x.backend().scatterAdd(x.storage().shape(), d, positions, indexShape, values.storage());
        Storage out = x.backend().binary(Backend.Binary.ADD, x.storage(), placed, x.storage().shape());
        return Tensor.record("scatterAdd", x, out, g -> new Tensor[] {g, g.gather(d, index)}, x, values);
    }

    /**
     * {@code x} with {@code source}'s values written at the positions {@code index} names along
     * {@code dim}; a position named twice is refused (PyTorch leaves which value wins undefined).
     */
    static Tensor scatter(Tensor x, int dim, Tensor index, Tensor source) {
        int d = Shapes.dim("scatter", dim, x.dim());
        long[] positions = positions("scatter", index);
        long[] indexShape = index.storage().shape();
        double[] ones = new double[positions.length];
        Arrays.fill(ones, 1);
        Storage counts = x.backend().scatterAdd(x.storage().shape(), d, positions, indexShape,
                x.backend().fromDoubles(ones, indexShape, x.backend().computeType()));
        Tensor written = new Tensor(counts, x.backend(), null);
        if (written.max().item() > 1) {
            throw new IllegalArgumentException("scatter: index writes a position more than once along dimension " + d
                    + "; use scatterAdd to add such values up");
        }
        Tensor placed = scatterAdd(Tensor.zerosLike(x), d, index, source);
        return Tensor.where(written.gt(0), placed, x);
    }

    /** The coordinates of the non-zero elements, one row each, in row-major order (no gradient). */
    static Tensor nonzero(Tensor x) {
        double[] values = x.toDoubleArray();
        int[] shape = x.shape();
        List<double[]> rows = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            if (values[i] != 0) {
                double[] coordinate = new double[shape.length];
                for (int d = shape.length - 1, rest = i; d >= 0; rest /= shape[d], d--) {
                    coordinate[d] = rest % shape[d];
                }
                rows.add(coordinate);
            }
        }
        double[] flat = rows.stream().flatMapToDouble(Arrays::stream).toArray();
        return Tensor.of(DType.INT64, flat, rows.size(), shape.length).to(x.device());
    }

    /** The int64 index tensor's values as positions. */
    private static long[] positions(String op, Tensor index) {
        requireInt64(op, "index", index);
        return index.toLongArray();
    }

    /** Indices and labels are int64, as PyTorch's: other types are refused with the way to convert them. */
    static void requireInt64(String op, String what, Tensor t) {
        if (t.dtype() != DType.INT64) {
            throw new IllegalArgumentException(op + ": the " + what + " must be int64, got " + t.dtype()
                    + "; convert with .to(DType.INT64)");
        }
    }

    /** The leading part of {@code source} that has the index's shape, as PyTorch reads it. */
    private static Tensor covering(String op, Tensor source, long[] indexShape) {
        long[] shape = source.storage().shape();
        if (shape.length != indexShape.length) {
            throw new IllegalArgumentException(op + ": source " + Shapes.format(shape) + " must have the rank of the index "
                    + Shapes.format(indexShape));
        }
        Tensor part = source;
        for (int d = 0; d < shape.length; d++) {
            if (shape[d] < indexShape[d]) {
                throw new IllegalArgumentException(op + ": source " + Shapes.format(shape) + " is smaller than the index "
                        + Shapes.format(indexShape) + " in dimension " + d);
            }
            part = shape[d] == indexShape[d] ? part : slice(part, d, 0, (int) indexShape[d]);
        }
        return part;
    }

    static Tensor select(Tensor x, int dim, int index) {
        int d = Shapes.dim("select", dim, x.dim());
        int size = x.size(d);
        int i = index < 0 ? index + size : index;
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException("select: index " + index + " is out of range for dimension " + d + " of size " + size);
        }
        return slice(x, d, i, i + 1).squeeze(d);
    }

    static Tensor indexSelect(Tensor x, int dim, int[] indices) {
        int d = Shapes.dim("indexSelect", dim, x.dim());
        long[] picked = new long[indices.length];
        for (int i = 0; i < indices.length; i++) {
            if (indices[i] < 0 || indices[i] >= x.size(d)) {
                throw new IndexOutOfBoundsException("indexSelect: index " + indices[i] + " is out of range for dimension " + d + " of size " + x.size(d));
            }
            picked[i] = indices[i];
        }
        Storage out = x.backend().indexSelect(x.storage(), d, picked);
        return Tensor.record("indexSelect", x, out, g -> new Tensor[] {placed(g, x, d, coordinate -> picked[(int) coordinate])}, x);
    }

    static Tensor gather(Tensor x, int dim, Tensor index) {
        int d = Shapes.dim("gather", dim, x.dim());
        long[] positions = positions("gather", index);
        long[] indexShape = index.storage().shape();
        Storage out = x.backend().gather(x.storage(), d, positions, indexShape);
        return Tensor.record("gather", x, out, g -> new Tensor[] {
            new Tensor(g.backend().scatterAdd(x.storage().shape(), d, positions, indexShape, g.storage()), g.backend(), null)}, x);
    }

    /**
     * A zero tensor shaped like {@code x} holding {@code g}, whose element with coordinate c
     * along {@code dim} goes to coordinate {@code source.applyAsLong(c)}.
     */
    private static Tensor placed(Tensor g, Tensor x, int dim, LongUnaryOperator source) {
        long[] shape = g.storage().shape();
        long[] index = new long[Math.toIntExact(Shapes.numel(shape))];
        long inner = 1;
        for (int d = shape.length - 1; d > dim; d--) {
            inner *= shape[d];
        }
        for (int i = 0; i < index.length; i++) {
            index[i] = source.applyAsLong((i / inner) % shape[dim]);
        }
        return new Tensor(g.backend().scatterAdd(x.storage().shape(), dim, index, shape, g.storage()), g.backend(), null);
    }
}
