package org.dendrite.optim;

import java.util.List;
import org.dendrite.nn.Module;
import org.dendrite.tensor.Tensor;

/**
 * Adagrad (Duchi, Hazan and Singer, 2011), as PyTorch's {@code torch.optim.Adagrad}: the sum of
 * all squared gradients so far {@code G ← G + ∇²} scales each weight's step,
 * {@code w ← w - η∇ / (√G + ε)}, so often-updated weights slow down. PyTorch's defaults:
 * η = 0.01, ε = 1e-10.
 */
public final class Adagrad extends Optimizer {

    private final Tensor[] squareSum;
    private double eps = 1e-10;
    private double weightDecay;

    /** Adagrad of {@code parameters} with step size {@code learningRate}. */
    public Adagrad(List<Tensor> parameters, double learningRate) {
        super(parameters, learningRate);
        squareSum = new Tensor[parameters.size()];
    }

    /** Adagrad with PyTorch's default step size 0.01. */
    public Adagrad(List<Tensor> parameters) {
        this(parameters, 0.01);
    }

    /** Adagrad of every parameter of {@code model}. */
    public Adagrad(Module model, double learningRate) {
        this(model.parameters(), learningRate);
    }

    /** The term ε that keeps the division finite (default 1e-10); returns this optimizer. */
    public Adagrad eps(double eps) {
        this.eps = requireAtLeast("eps", eps, 0);
        return this;
    }

    /** Adds λ·w to the gradient (an L2 penalty); returns this optimizer. */
    public Adagrad weightDecay(double weightDecay) {
        this.weightDecay = requireAtLeast("weight decay", weightDecay, 0);
        return this;
    }

    @Override
    protected Tensor update(int index, Tensor parameter, Tensor gradient) {
        Tensor g = withWeightDecay(gradient, parameter, weightDecay);
        squareSum[index] = squareSum[index] == null ? g.mul(g) : squareSum[index].add(g.mul(g));
        return parameter.sub(g.div(squareSum[index].sqrt().add(eps)).mul(learningRate()));
    }

    @Override
    public String toString() {
        return "Adagrad(lr=" + learningRate() + ", eps=" + eps + (weightDecay > 0 ? ", weight decay=" + weightDecay : "") + ")";
    }
}
