package org.dendrite.optim;

import java.util.List;
import org.dendrite.nn.Module;
import org.dendrite.tensor.Tensor;

/**
 * RMSProp (Hinton's lecture 6e), as PyTorch's {@code torch.optim.RMSprop}: a running mean of the
 * squared gradient {@code s ← αs + (1-α)∇²} scales each weight's step,
 * {@code w ← w - η∇ / (√s + ε)}. With momentum μ the scaled gradient feeds a velocity
 * {@code b ← μb + ∇/(√s + ε)} and {@code w ← w - ηb}. PyTorch's defaults: η = 0.01, α = 0.99,
 * ε = 1e-8, no momentum.
 */
public final class RMSProp extends Optimizer {

    private final Tensor[] squareMean;
    private final Tensor[] velocity;
    private double alpha = 0.99;
    private double eps = 1e-8;
    private double momentum;
    private double weightDecay;

    /** RMSProp of {@code parameters} with step size {@code learningRate}. */
    public RMSProp(List<Tensor> parameters, double learningRate) {
        super(parameters, learningRate);
        squareMean = new Tensor[parameters.size()];
        velocity = new Tensor[parameters.size()];
    }

    /** RMSProp with PyTorch's default step size 0.01. */
    public RMSProp(List<Tensor> parameters) {
        this(parameters, 0.01);
    }

    /** RMSProp of every parameter of {@code model}. */
    public RMSProp(Module model, double learningRate) {
        this(model.parameters(), learningRate);
    }

    /** The decay rate α of the running mean of squares (default 0.99); returns this optimizer. */
    public RMSProp alpha(double alpha) {
        this.alpha = requireFraction("alpha", alpha);
        return this;
    }

    /** The term ε that keeps the division finite (default 1e-8); returns this optimizer. */
    public RMSProp eps(double eps) {
        this.eps = requireAtLeast("eps", eps, 0);
        return this;
    }

    /** Uses momentum μ on the scaled gradient (default 0: none); returns this optimizer. */
    public RMSProp momentum(double momentum) {
        this.momentum = requireFraction("momentum", momentum);
        return this;
    }

    /** Adds λ·w to the gradient (an L2 penalty); returns this optimizer. */
    public RMSProp weightDecay(double weightDecay) {
        this.weightDecay = requireAtLeast("weight decay", weightDecay, 0);
        return this;
    }

    @Override
    protected Tensor update(int index, Tensor parameter, Tensor gradient) {
        Tensor g = withWeightDecay(gradient, parameter, weightDecay);
        Tensor g2 = g.mul(g).mul(1 - alpha);
        squareMean[index] = squareMean[index] == null ? g2 : squareMean[index].mul(alpha).add(g2);
        Tensor scaled = g.div(squareMean[index].sqrt().add(eps));
        if (momentum > 0) {
            velocity[index] = velocity[index] == null ? scaled : velocity[index].mul(momentum).add(scaled);
            scaled = velocity[index];
        }
        return parameter.sub(scaled.mul(learningRate()));
    }

    @Override
    public String toString() {
        return "RMSProp(lr=" + learningRate() + ", alpha=" + alpha + ", eps=" + eps
                + (momentum > 0 ? ", momentum=" + momentum : "") + (weightDecay > 0 ? ", weight decay=" + weightDecay : "") + ")";
    }
}
