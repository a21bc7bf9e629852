package org.dendrite.tensor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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

    static Tensor concat(int dim, Tensor... tensors) {
        if (tensors.length == 0) {
            throw new IllegalArgumentException("concat: no tensors given");
        }
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

    static Tensor stack(int dim, Tensor... tensors) {
        if (tensors.length == 0) {
            throw new IllegalArgumentException("stack: no tensors given");
        }
        int d = dim < 0 ? dim + tensors[0].dim() + 1 : dim;
        return concat(d, Arrays.stream(tensors).map(t -> t.unsqueeze(d)).toArray(Tensor[]::new));
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
