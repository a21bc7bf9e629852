package org.dendrite.nn;

import org.dendrite.tensor.Tensor;

/**
 * The maxout unit: {@code k} linear pieces and the largest of them at each output,
 * {@code max(w₁ᵀx + b₁, w₂ᵀx + b₂, ...)}. ReLU is the case of two pieces, one of them zero.
 * Weight k × inputs × outputs, bias k × outputs.
 */
public final class Maxout extends Module {

    private final int inFeatures;
    private final int outFeatures;
    private final int pieces;

    /** {@code pieces} linear maps from {@code inFeatures} to {@code outFeatures}, combined by max. */
    public Maxout(int inFeatures, int outFeatures, int pieces) {
        if (inFeatures < 1 || outFeatures < 1 || pieces < 1) {
            throw new IllegalArgumentException("Maxout(" + inFeatures + "→" + outFeatures + ", k=" + pieces
                    + "): sizes and pieces must be 1 or more");
        }
        this.inFeatures = inFeatures;
        this.outFeatures = outFeatures;
        this.pieces = pieces;
        registerParameter("weight", Init.pytorchDefault().sample(inFeatures, outFeatures, pieces, inFeatures, outFeatures));
        registerParameter("bias", Tensor.zeros(pieces, outFeatures));
    }

    @Override
    public Tensor forward(Tensor input) {
        return pieces(input).amax(0);
    }

    /** Every linear piece at every input, k × N × outFeatures: the output is their maximum over the first dimension. */
    public Tensor pieces(Tensor input) {
        if (input.dim() != 2 || input.size(1) != inFeatures) {
            throw wrongInput(input, "[N, " + inFeatures + "]");
        }
        Tensor copies = input.unsqueeze(0).expand(pieces, input.size(0), inFeatures);
        return copies.matmul(parameter("weight")).add(parameter("bias").unsqueeze(1));
    }

    @Override
    protected void resetParameters(Init init) {
        Tensor weight = parameter("weight");
        weight.copyFrom(init.sample(inFeatures, outFeatures, pieces, inFeatures, outFeatures).to(weight.dtype()));
        parameter("bias").copyFrom(Tensor.zeros(pieces, outFeatures).to(weight.dtype()));
    }

    @Override
    protected long multiplyAdds(int[] inputShape, int[] outputShape) {
        return (long) pieces * inFeatures * outFeatures;
    }

    @Override
    public String toString() {
        return "Maxout(" + inFeatures + "→" + outFeatures + ", k=" + pieces + ")";
    }
}
