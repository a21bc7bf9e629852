package org.dendrite.nn.loss;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.dendrite.nn.Module;
import org.dendrite.tensor.Tensor;

/**
 * Penalties on a network's weights, added to the data loss: {@code L = data loss + λ R(W)}.
 * They cover every parameter called {@code weight} (batch normalization's γ too, as PyTorch's
 * weight decay does), not the biases.
 */
public final class Regularization {

    private Regularization() {
    }

    /** {@code λ Σ w²}: prefers many small weights (weight decay). */
    public static Tensor l2(Module model, double lambda) {
        return sumOver(model, w -> w.mul(w).sum()).mul(lambda);
    }

    /** {@code λ Σ |w|}: prefers sparse weights, many exactly zero. */
    public static Tensor l1(Module model, double lambda) {
        return sumOver(model, w -> w.abs().sum()).mul(lambda);
    }

    /** {@code λ₁ Σ |w| + λ₂ Σ w²}: the elastic net, both at once. */
    public static Tensor elasticNet(Module model, double l1Lambda, double l2Lambda) {
        return l1(model, l1Lambda).add(l2(model, l2Lambda));
    }

    private static Tensor sumOver(Module model, Function<Tensor, Tensor> penalty) {
        List<Tensor> weights = model.namedParameters().entrySet().stream()
                .filter(e -> e.getKey().equals("weight") || e.getKey().endsWith(".weight"))
                .map(Map.Entry::getValue)
                .toList();
        if (weights.isEmpty()) {
            throw new IllegalArgumentException("Regularization: " + model + " has no parameter called weight");
        }
        Tensor total = penalty.apply(weights.get(0));
        for (Tensor w : weights.subList(1, weights.size())) {
            total = total.add(penalty.apply(w));
        }
        return total;
    }
}
