package org.dendrite.tensor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dendrite.tensor.backend.Backend;
import org.dendrite.tensor.backend.Shapes;
import org.dendrite.tensor.backend.Storage;

/** Shape changes, which move no numbers: their gradients undo the change. */
final class Reshaping {

    private Reshaping() {
    }

    static Tensor reshape(Tensor x, int[] shape) {
        long[] from = x.storage().shape();
        long[] to = inferred(shape, Shapes.numel(from), from);
        Storage out = x.backend().reshape(x.storage(), to);
        return Tensor.record("reshape", x, out, g -> new Tensor[] {g.reshape(toInt(from))}, x);
    }

    static Tensor flatten(Tensor x, int startDim) {
        int[] shape = x.shape();
        if (shape.length == 0) {
            return x.reshape(1);
        }
        int start = Shapes.dim("flatten", startDim, shape.length);
        int[] flat = Arrays.copyOf(shape, start + 1);
        flat[start] = -1;
        return x.reshape(flat);
    }

    static Tensor transpose(Tensor x, int d0, int d1) {
        int[] order = java.util.stream.IntStream.range(0, x.dim()).toArray();
        int a = Shapes.dim("transpose", d0, x.dim());
        int b = Shapes.dim("transpose", d1, x.dim());
        order[a] = b;
        order[b] = a;
        return permute(x, order);
    }

    static Tensor permute(Tensor x, int[] order) {
        int rank = x.dim();
        int[] inverse = new int[rank];
        boolean[] seen = new boolean[rank];
        if (order.length != rank) {
            throw new IllegalArgumentException("permute: " + Arrays.toString(order) + " does not name each of the " + rank + " dimensions once");
        }
        for (int i = 0; i < rank; i++) {
            int d = Shapes.dim("permute", order[i], rank);
            if (seen[d]) {
                throw new IllegalArgumentException("permute: " + Arrays.toString(order) + " repeats dimension " + d);
            }
            seen[d] = true;
            inverse[d] = i;
        }
        int[] normalized = Arrays.stream(order).map(d -> Shapes.dim("permute", d, rank)).toArray();
        Storage out = x.backend().permute(x.storage(), normalized);
        return Tensor.record("permute", x, out, g -> new Tensor[] {g.permute(inverse)}, x);
    }

    static Tensor squeeze(Tensor x, int dim) {
        int[] shape = x.shape();
        int d = Shapes.dim("squeeze", dim, shape.length);
        if (shape[d] != 1) {
            throw new IllegalArgumentException("squeeze: dimension " + d + " has size " + shape[d] + ", not 1 (shape " + Arrays.toString(shape) + ")");
        }
        int[] out = new int[shape.length - 1];
        for (int i = 0, j = 0; i < shape.length; i++) {
            if (i != d) {
                out[j++] = shape[i];
            }
        }
        return x.reshape(out);
    }

    static Tensor unsqueeze(Tensor x, int dim) {
        int[] shape = x.shape();
        int d = dim < 0 ? dim + shape.length + 1 : dim;
        if (d < 0 || d > shape.length) {
            throw new IllegalArgumentException("unsqueeze: dimension " + dim + " is out of range for a tensor of rank " + shape.length);
        }
        int[] out = new int[shape.length + 1];
        for (int i = 0, j = 0; i < out.length; i++) {
            out[i] = i == d ? 1 : shape[j++];
        }
        return x.reshape(out);
    }

    static Tensor expand(Tensor x, int[] shape) {
        long[] to = Arrays.stream(shape).asLongStream().toArray();
        long[] broadcast = Shapes.broadcast("expand", x.storage().shape(), to);
        if (!Arrays.equals(broadcast, to)) {
            throw new IllegalArgumentException("expand: " + Shapes.format(x.storage().shape()) + " cannot be expanded to " + Shapes.format(to));
        }
        Storage out = x.backend().broadcastTo(x.storage(), to);
        return Tensor.record("expand", x, out, g -> new Tensor[] {sumTo(g, x.storage().shape())}, x);
    }

    static Tensor concat(Tensor[] given, int dim) {
        if (given.length == 0) {
            throw new IllegalArgumentException("concat: no tensors given");
        }
        DType widest = Arrays.stream(given).map(Tensor::dtype).reduce(DType::promote).orElseThrow();
        Tensor[] tensors = Arrays.stream(given).map(t -> t.to(widest)).toArray(Tensor[]::new);
        Tensor first = tensors[0];
        int d = Shapes.dim("concat", dim, first.dim());
        List<Storage> parts = new ArrayList<>();
        int[] offsets = new int[tensors.length + 1];
        for (int i = 0; i < tensors.length; i++) {
            Tensor t = tensors[i];
            Pointwise.checkCompatible("concat", first, t);
            long[] expected = first.storage().shape().clone();
            long[] actual = t.storage().shape().clone();
            if (expected.length != actual.length) {
                throw new IllegalArgumentException("concat: tensor " + i + " has shape " + Shapes.format(actual) + ", tensor 0 has " + Shapes.format(expected));
            }
            expected[d] = actual[d];
            if (!Arrays.equals(expected, actual)) {
                throw new IllegalArgumentException("concat: tensor " + i + " has shape " + Shapes.format(actual)
                        + ", which differs from tensor 0's " + Shapes.format(first.storage().shape()) + " outside dimension " + d);
            }
            parts.add(t.storage());
            offsets[i + 1] = offsets[i] + t.size(d);
        }
        Storage out = first.backend().concat(parts, d);
        return Tensor.record("concat", first, out, g -> {
            Tensor[] grads = new Tensor[tensors.length];
            for (int i = 0; i < tensors.length; i++) {
                grads[i] = g.slice(d, offsets[i], offsets[i + 1]);
            }
            return grads;
        }, tensors);
    }

    static Tensor stack(Tensor[] tensors, int dim) {
        if (tensors.length == 0) {
            throw new IllegalArgumentException("stack: no tensors given");
        }
        int d = dim < 0 ? dim + tensors[0].dim() + 1 : dim;
        return concat(Arrays.stream(tensors).map(t -> t.unsqueeze(d)).toArray(Tensor[]::new), d);
    }

    /**
     * The tensor tiled {@code repeats[d]} times along each dimension d, as PyTorch's
     * {@code repeat}; extra leading repeats add dimensions. Each dimension becomes a pair
     * (repeat, size) that is expanded and merged, so the gradient sums the copies.
     */
    static Tensor repeat(Tensor x, int[] repeats) {
        if (repeats.length < x.dim() || Arrays.stream(repeats).anyMatch(r -> r < 0)) {
            throw new IllegalArgumentException("repeat: " + Arrays.toString(repeats) + " needs a count of 0 or more for each of the "
                    + x.dim() + " dimensions of " + Shapes.format(x.storage().shape()) + " (extra counts add leading dimensions)");
        }
        int rank = repeats.length;
        int[] shape = new int[rank];
        Arrays.fill(shape, 1);
        System.arraycopy(x.shape(), 0, shape, rank - x.dim(), x.dim());
        int[] pairs = new int[2 * rank];
        int[] expanded = new int[2 * rank];
        int[] merged = new int[rank];
        for (int d = 0; d < rank; d++) {
            pairs[2 * d] = 1;
            pairs[2 * d + 1] = shape[d];
            expanded[2 * d] = repeats[d];
            expanded[2 * d + 1] = shape[d];
            merged[d] = repeats[d] * shape[d];
        }
        return x.reshape(pairs).expand(expanded).reshape(merged);
    }

    /**
     * {@code padding} values of {@code value} added on both sides of the last dimensions, as
     * PyTorch's {@code F.pad}: (left, right) of the last dimension, then (top, bottom) of the one
     * before, and so on.
     */
    static Tensor pad(Tensor x, int[] padding, double value) {
        if (padding.length % 2 != 0 || padding.length / 2 > x.dim() || Arrays.stream(padding).anyMatch(p -> p < 0)) {
            throw new IllegalArgumentException("pad: " + Arrays.toString(padding) + " should be pairs (before, after) of sizes "
                    + "0 or more, one pair per trailing dimension of " + Shapes.format(x.storage().shape()));
        }
        Tensor out = x;
        for (int pair = 0; pair < padding.length / 2; pair++) {
            int dim = x.dim() - 1 - pair;
            out = Tensor.concat(List.of(filled(out, dim, padding[2 * pair], value), out, filled(out, dim, padding[2 * pair + 1], value)), dim);
        }
        return out;
    }

    /** A constant block shaped like {@code x} but {@code size} long along {@code dim}. */
    private static Tensor filled(Tensor x, int dim, int size, double value) {
        int[] shape = x.shape();
        shape[dim] = size;
        double[] values = new double[Math.toIntExact(Shapes.numel(Arrays.stream(shape).asLongStream().toArray()))];
        Arrays.fill(values, value);
        return LinearAlgebra.like(values, x, shape);
    }

    /** A gradient of a broadcast result summed back to the input's {@code shape}. */
    static Tensor sumTo(Tensor g, long[] shape) {
        long[] from = g.storage().shape();
        if (Arrays.equals(from, shape)) {
            return g;
        }
        int leading = from.length - shape.length;
        int[] dims = java.util.stream.IntStream.range(0, from.length)
                .filter(d -> d < leading || (shape[d - leading] == 1 && from[d] != 1))
                .toArray();
        Backend backend = g.backend();
        Storage summed = dims.length == 0 ? g.storage() : backend.reduce(Backend.Reduction.SUM, g.storage(), dims, true);
        return new Tensor(backend.reshape(summed, shape), backend, null);
    }

    private static long[] inferred(int[] shape, long numel, long[] from) {
        long[] out = new long[shape.length];
        int unknown = -1;
        long known = 1;
        for (int i = 0; i < shape.length; i++) {
            if (shape[i] == -1) {
                if (unknown >= 0) {
                    throw new IllegalArgumentException("reshape: only one dimension can be -1, got " + Arrays.toString(shape));
                }
                unknown = i;
            } else {
                known *= shape[i];
            }
            out[i] = shape[i];
        }
        if (unknown >= 0 && known > 0 && numel % known == 0) {
            out[unknown] = numel / known;
        }
        if (Shapes.numel(out) != numel || Arrays.stream(out).anyMatch(s -> s < 0)) {
            throw new IllegalArgumentException("reshape: " + Shapes.format(from) + " (" + numel + " elements) cannot become "
                    + Arrays.toString(shape).replace(" ", ""));
        }
        return out;
    }

    private static int[] toInt(long[] shape) {
        return Arrays.stream(shape).mapToInt(Math::toIntExact).toArray();
    }
}
