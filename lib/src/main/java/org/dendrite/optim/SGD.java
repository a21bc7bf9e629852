package org.dendrite.optim;

import java.util.List;
import org.dendrite.nn.Module;
import org.dendrite.tensor.InPlaceUpdates;
import org.dendrite.tensor.Tensor;

/**
 * Stochastic gradient descent, as PyTorch's {@code torch.optim.SGD}. Plain: {@code w ← w - η∇}.
 * With weight decay λ: {@code w ← (1 - ηλ)w - η∇}, which is PyTorch's {@code ∇ + λw} written
 * as the slides write it. With momentum μ, a velocity {@code v ← μv + (∇ + λw)} (v = ∇ + λw at
 * the first step) replaces the gradient: {@code w ← w - ηv}; Nesterov's variant steps by
 * {@code ∇ + λw + μv} instead.
 *
 * <pre>{@code
 * Optimizer optimizer = new SGD(model.parameters(), 0.05).momentum(0.9);
 * }</pre>
 */
public final class SGD extends Optimizer {

    private final Tensor[] velocity;
    private double momentum;
    private boolean nesterov;
    private double weightDecay;

    /** Plain SGD of {@code parameters} with step size {@code learningRate}. */
    public SGD(List<Tensor> parameters, double learningRate) {
        super(parameters, learningRate);
        velocity = new Tensor[parameters.size()];
    }

    /** Plain SGD of every parameter of {@code model}. */
    public SGD(Module model, double learningRate) {
        this(model.parameters(), learningRate);
    }

    /** Uses momentum μ (0 turns it off; 0.9 is usual); returns this optimizer. */
    public SGD momentum(double momentum) {
        this.momentum = requireFraction("momentum", momentum);
        return this;
    }

    /** Uses Nesterov's momentum (needs a momentum above 0); returns this optimizer. */
    public SGD nesterov(boolean nesterov) {
        this.nesterov = nesterov;
        return this;
    }

    /** Shrinks the weights by the factor {@code 1 - ηλ} each step (L2 regularization); returns this optimizer. */
    public SGD weightDecay(double weightDecay) {
        this.weightDecay = requireAtLeast("weight decay", weightDecay, 0);
        return this;
    }

    @Override
    protected Tensor update(int index, Tensor parameter, Tensor gradient) {
        Tensor g = withWeightDecay(gradient, parameter, weightDecay);
        if (nesterov && momentum == 0) {
            throw new IllegalStateException("SGD: Nesterov momentum needs a momentum above 0, such as momentum(0.9)");
        }
        if (momentum > 0 && velocity[index] == null) {
            velocity[index] = Tensor.zerosLike(g); // so that the first velocity μ·0 + g is g
        }
        // Small parameters on the CPU: the same step in one pass, in place.
        if (InPlaceUpdates.sgd(parameter, g, momentum > 0 ? velocity[index] : null, learningRate(), momentum, nesterov)) {
            return parameter;
        }
        if (momentum > 0) {
            velocity[index] = velocity[index].mul(momentum).add(g);
            g = nesterov ? g.add(velocity[index].mul(momentum)) : velocity[index];
        }
        return parameter.sub(g.mul(learningRate()));
    }

    @Override
    public String toString() {
        return "SGD(lr=" + learningRate() + (momentum > 0 ? ", momentum=" + momentum : "")
                + (nesterov ? ", nesterov" : "") + (weightDecay > 0 ? ", weight decay=" + weightDecay : "") + ")";
    }
}
