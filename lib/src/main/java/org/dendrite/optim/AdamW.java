package org.dendrite.optim;

import java.util.List;
import org.dendrite.nn.Module;
import org.dendrite.tensor.Tensor;

/**
 * AdamW (Loshchilov and Hutter, 2019), as PyTorch's {@code torch.optim.AdamW}: Adam whose weight
 * decay shrinks the weights, {@code w ← w - η·λ·w}, instead of adding λ·w to the gradient, so
 * the decay is not rescaled by Adam's per-weight step sizes. PyTorch's default λ is 0.01.
 */
public final class AdamW extends Adam {

    /** AdamW of {@code parameters} with step size {@code learningRate} and weight decay 0.01. */
    public AdamW(List<Tensor> parameters, double learningRate) {
        super(parameters, learningRate);
        decoupleWeightDecay();
        weightDecay(0.01);
    }

    /** AdamW with PyTorch's defaults: step size 0.001, weight decay 0.01. */
    public AdamW(List<Tensor> parameters) {
        this(parameters, 0.001);
    }

    /** AdamW of every parameter of {@code model}. */
    public AdamW(Module model, double learningRate) {
        this(model.parameters(), learningRate);
    }
}
