package org.dendrite.tensor;

import java.util.Arrays;
import org.dendrite.tensor.cpu.HeapStorage;

/**
 * Optimizer steps in one pass over a parameter's values, in place, for parameters computed on
 * the CPU heap (see {@link org.dendrite.tensor.cpu.CpuBackend#HEAP_LIMIT}). Composed from
 * tensor operations, an SGD step with momentum makes four passes and four new tensors; here it
 * reads each value once. Each method returns false and changes nothing where its tensors are
 * not all heap tensors of one type and shape: the optimizer then composes the same step from
 * tensor operations.
 */
public final class InPlaceUpdates {

    private InPlaceUpdates() {
    }

    /**
     * SGD: {@code v ← μv + g} (skipped when {@code velocity} is null), then {@code w ← w − η·v},
     * or {@code w ← w − η·(g + μv)} for Nesterov's variant; without a velocity {@code w ← w − η·g}.
     */
    public static boolean sgd(Tensor weight, Tensor gradient, Tensor velocity, double learningRate, double momentum,
            boolean nesterov) {
        if (!onHeap(weight, gradient) || (velocity != null && !onHeap(weight, velocity))) {
            return false;
        }
        HeapStorage w = (HeapStorage) weight.storage();
        HeapStorage g = (HeapStorage) gradient.storage();
        if (w.dtype() == DType.FLOAT32) {
            float[] wf = w.floats();
            float[] gf = g.floats();
            float eta = (float) learningRate;
            if (velocity == null) {
                for (int i = 0; i < wf.length; i++) {
                    wf[i] -= eta * gf[i];
                }
                return true;
            }
            float[] vf = ((HeapStorage) velocity.storage()).floats();
            float mu = (float) momentum;
            for (int i = 0; i < wf.length; i++) {
                vf[i] = mu * vf[i] + gf[i];
                wf[i] -= eta * (nesterov ? gf[i] + mu * vf[i] : vf[i]);
            }
            return true;
        }
        double[] wd = w.doubles();
        double[] gd = g.doubles();
        if (velocity == null) {
            for (int i = 0; i < wd.length; i++) {
                wd[i] -= learningRate * gd[i];
            }
            return true;
        }
        double[] vd = ((HeapStorage) velocity.storage()).doubles();
        for (int i = 0; i < wd.length; i++) {
            vd[i] = momentum * vd[i] + gd[i];
            wd[i] -= learningRate * (nesterov ? gd[i] + momentum * vd[i] : vd[i]);
        }
        return true;
    }

    private static boolean onHeap(Tensor weight, Tensor other) {
        return weight.storage() instanceof HeapStorage w && other.storage() instanceof HeapStorage o
                && w.dtype() == o.dtype() && Arrays.equals(w.shape(), o.shape());
    }
}
