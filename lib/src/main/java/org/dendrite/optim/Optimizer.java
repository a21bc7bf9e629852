package org.dendrite.optim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.dendrite.nn.Module;
import org.dendrite.tensor.Autograd;
import org.dendrite.tensor.Tensor;

/**
 * Updates a flat list of parameters from their gradients, as PyTorch's {@code torch.optim}:
 *
 * <pre>{@code
 * Optimizer optimizer = new SGD(model.parameters(), 0.05).momentum(0.9);
 * optimizer.zeroGrad();
 * loss.backward();
 * optimizer.step();
 * }</pre>
 *
 * A subclass writes one rule, {@link #update}: the new value of one parameter from its gradient
 * (and whatever state it keeps per parameter, such as a velocity). {@link #step()} applies it
 * to every parameter that has a gradient, without recording anything for backward.
 */
public abstract class Optimizer {

    private final List<Tensor> parameters;
    private double learningRate;

    /** An optimizer of {@code parameters} (such as {@code model.parameters()}) with step size {@code learningRate}. */
    protected Optimizer(List<Tensor> parameters, double learningRate) {
        if (parameters == null || parameters.isEmpty()) {
            throw new IllegalArgumentException(getClass().getSimpleName() + ": the parameter list is empty; "
                    + "pass model.parameters() of a model that has weights");
        }
        Map<Tensor, Integer> seen = new IdentityHashMap<>();
        for (int i = 0; i < parameters.size(); i++) {
            Tensor p = parameters.get(i);
            if (p == null || !p.requiresGrad()) {
                throw new IllegalArgumentException(getClass().getSimpleName() + ": parameter " + i
                        + (p == null ? " is null" : " of shape " + Arrays.toString(p.shape()) + " does not require grad;"
                        + " call requiresGrad(true) on it"));
            }
            Integer before = seen.put(p, i);
            if (before != null) {
                throw new IllegalArgumentException(getClass().getSimpleName() + ": parameters " + before + " and " + i
                        + " are the same tensor; it would be updated twice per step");
            }
        }
        this.parameters = Collections.unmodifiableList(new ArrayList<>(parameters));
        setLearningRate(learningRate);
    }

    /** An optimizer of every parameter of {@code model}. */
    protected Optimizer(Module model, double learningRate) {
        this(model.parameters(), learningRate);
    }

    /**
     * The new value of parameter number {@code index}, given its gradient: the optimizer's
     * update rule. It runs inside {@link Autograd#noGrad()}, and may replace state it keeps for
     * that parameter. It may also update the parameter in place and return it.
     */
    protected abstract Tensor update(int index, Tensor parameter, Tensor gradient);

    /** Updates every parameter that has a gradient; parameters without one are left alone. */
    public void step() {
        try (Autograd.NoGrad off = Autograd.noGrad()) {
            for (int i = 0; i < parameters.size(); i++) {
                Tensor p = parameters.get(i);
                if (p.grad() != null) {
                    Tensor updated = update(i, p, p.grad());
                    if (updated != p) {
                        p.copyFrom(updated);
                    }
                }
            }
        }
    }

    /** Clears every parameter's gradient, before the next {@code backward()}. */
    public void zeroGrad() {
        parameters.forEach(Tensor::zeroGrad);
    }

    /** The parameters this optimizer updates, in order. */
    public List<Tensor> parameters() {
        return parameters;
    }

    /** The step size η. */
    public double learningRate() {
        return learningRate;
    }

    /** Sets the step size η, as a learning-rate schedule does between epochs. */
    public void setLearningRate(double learningRate) {
        this.learningRate = requireAtLeast("learning rate", learningRate, 0);
    }

    /** {@code gradient + λ·parameter}: an L2 penalty {@code λ/2·‖w‖²} added to the loss, as PyTorch's {@code weight_decay}. */
    protected static Tensor withWeightDecay(Tensor gradient, Tensor parameter, double weightDecay) {
        return weightDecay == 0 ? gradient : gradient.add(parameter.mul(weightDecay));
    }

    /** {@code value}, after checking it is a number of at least {@code min}. */
    protected double requireAtLeast(String name, double value, double min) {
        if (!(value >= min) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(getClass().getSimpleName() + ": " + name + " must be a number >= " + min
                    + ", got " + value);
        }
        return value;
    }

    /** {@code value}, after checking it is in [0, 1). */
    protected double requireFraction(String name, double value) {
        if (!(value >= 0 && value < 1)) {
            throw new IllegalArgumentException(getClass().getSimpleName() + ": " + name + " must be in [0, 1), got " + value);
        }
        return value;
    }
}
