package org.dendrite.optim;

import java.util.List;
import org.dendrite.nn.Module;
import org.dendrite.tensor.Tensor;

/**
 * Adam (Kingma and Ba, 2015), as PyTorch's {@code torch.optim.Adam}: running means of the
 * gradient {@code m ← β₁m + (1-β₁)∇} and of its square {@code v ← β₂v + (1-β₂)∇²}, corrected for
 * starting at zero, give the step {@code w ← w - η·m̂ / (√v̂ + ε)} with {@code m̂ = m/(1-β₁ᵗ)} and
 * {@code v̂ = v/(1-β₂ᵗ)}. PyTorch's defaults: η = 0.001, β₁ = 0.9, β₂ = 0.999, ε = 1e-8.
 */
public class Adam extends Optimizer {

    private final Tensor[] mean;
    private final Tensor[] squareMean;
    private final int[] steps;
    private double beta1 = 0.9;
    private double beta2 = 0.999;
    private double eps = 1e-8;
    private double weightDecay;
    private boolean decoupled;

    /** Adam of {@code parameters} with step size {@code learningRate}. */
    public Adam(List<Tensor> parameters, double learningRate) {
        super(parameters, learningRate);
        mean = new Tensor[parameters.size()];
        squareMean = new Tensor[parameters.size()];
        steps = new int[parameters.size()];
    }

    /** Adam with PyTorch's default step size 0.001. */
    public Adam(List<Tensor> parameters) {
        this(parameters, 0.001);
    }

    /** Adam of every parameter of {@code model}. */
    public Adam(Module model, double learningRate) {
        this(model.parameters(), learningRate);
    }

    /** The decay rates of the two running means (defaults 0.9 and 0.999); returns this optimizer. */
    public Adam betas(double beta1, double beta2) {
        this.beta1 = requireFraction("beta1", beta1);
        this.beta2 = requireFraction("beta2", beta2);
        return this;
    }

    /** The term ε that keeps the division finite (default 1e-8); returns this optimizer. */
    public Adam eps(double eps) {
        this.eps = requireAtLeast("eps", eps, 0);
        return this;
    }

    /**
     * Weight decay λ; returns this optimizer. Adam adds λ·w to the gradient (an L2 penalty, as
     * PyTorch's Adam); {@link AdamW} shrinks the weights directly instead.
     */
    public Adam weightDecay(double weightDecay) {
        this.weightDecay = requireAtLeast("weight decay", weightDecay, 0);
        return this;
    }

    /** Makes weight decay AdamW's: {@code w ← w - η·λ·w}, apart from the gradient's running means. */
    void decoupleWeightDecay() {
        this.decoupled = true;
    }

    @Override
    protected Tensor update(int index, Tensor parameter, Tensor gradient) {
        Tensor g = decoupled ? gradient : withWeightDecay(gradient, parameter, weightDecay);
        Tensor w = decoupled && weightDecay > 0 ? parameter.mul(1 - learningRate() * weightDecay) : parameter;
        int t = ++steps[index];
        mean[index] = mean[index] == null ? g.mul(1 - beta1) : mean[index].mul(beta1).add(g.mul(1 - beta1));
        Tensor g2 = g.mul(g).mul(1 - beta2);
        squareMean[index] = squareMean[index] == null ? g2 : squareMean[index].mul(beta2).add(g2);
        double meanCorrection = 1 - Math.pow(beta1, t);
        double squareCorrection = 1 - Math.pow(beta2, t);
        Tensor denominator = squareMean[index].sqrt().mul(1 / Math.sqrt(squareCorrection)).add(eps);
        return w.sub(mean[index].div(denominator).mul(learningRate() / meanCorrection));
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "(lr=" + learningRate() + ", betas=(" + beta1 + ", " + beta2 + "), eps=" + eps
                + (weightDecay > 0 ? ", weight decay=" + weightDecay : "") + ")";
    }
}
