package org.dendrite.nn;

import java.util.Arrays;
import org.dendrite.tensor.Tensor;

/**
 * Layer normalization (Ba, Kiros and Hinton, 2016): each example is normalized over its last
 * dimensions (those of {@code normalizedShape}) to zero mean and unit variance, then scaled by
 * a learned {@code weight} and shifted by {@code bias} of that shape. Unlike batch
 * normalization it uses no batch statistics, so training and evaluation compute the same.
 */
public final class LayerNorm extends Module {

    private final int[] normalizedShape;
    private final double eps;

    /** Normalization over trailing dimensions of {@code normalizedShape}, ε = 1e-5. */
    public LayerNorm(int... normalizedShape) {
        this(1e-5, normalizedShape);
    }

    /** Normalization over trailing dimensions of {@code normalizedShape}, with the given ε. */
    public LayerNorm(double eps, int... normalizedShape) {
        if (normalizedShape.length == 0 || Arrays.stream(normalizedShape).anyMatch(s -> s < 1) || !(eps >= 0)) {
            throw new IllegalArgumentException("LayerNorm: shape " + Arrays.toString(normalizedShape)
                    + " should name 1 or more sizes of 1 or more, eps " + eps + " should be 0 or more");
        }
        this.normalizedShape = normalizedShape.clone();
        this.eps = eps;
        registerParameter("weight", Tensor.ones(normalizedShape));
        registerParameter("bias", Tensor.zeros(normalizedShape));
    }

    /** The scale γ, one per normalized position. */
    public Tensor weight() {
        return parameter("weight");
    }

    /** The shift β, one per normalized position. */
    public Tensor bias() {
        return parameter("bias");
    }

    @Override
    public Tensor forward(Tensor input) {
        int[] shape = input.shape();
        int k = normalizedShape.length;
        if (shape.length < k || !Arrays.equals(Arrays.copyOfRange(shape, shape.length - k, shape.length), normalizedShape)) {
            throw wrongInput(input, "a tensor ending in " + Arrays.toString(normalizedShape));
        }
        return input.layerNorm(k, eps).mul(weight()).add(bias());
    }

    @Override
    protected void resetParameters(Init init) {
        weight().copyFrom(Tensor.ones(normalizedShape).to(weight().dtype()));
        bias().copyFrom(Tensor.zeros(normalizedShape).to(bias().dtype()));
    }

    @Override
    public String toString() {
        return "LayerNorm(" + Arrays.toString(normalizedShape) + ")";
    }
}
