package org.dendrite.nn.loss;

import java.util.Arrays;
import org.dendrite.tensor.DType;
import org.dendrite.tensor.Tensor;

/**
 * The slides' loss functions. Classification losses take N×C scores (before any softmax) and N
 * int64 class indices, as PyTorch's; regression losses take outputs and targets of the same shape; the binary
 * hinge and perceptron losses take scores and labels of -1 or +1. Each returns the mean over
 * the batch, or what {@link Reduction} asks for.
 */
public final class Losses {

    /** The multiclass SVM margin Δ: the correct class should win by at least this much. */
    public static final double SVM_MARGIN = 1.0;

    private Losses() {
    }

    /**
     * Softmax cross-entropy {@code -log(e^{s_y} / Σ_j e^{s_j})}: scores cat 3.2, car 5.1,
     * frog -1.7 give probabilities 0.13, 0.87, 0.00 and, for a cat, a loss of -log 0.13 = 2.04.
     */
    public static Tensor crossEntropy(Tensor scores, Tensor labels) {
        return crossEntropy(scores, labels, Reduction.MEAN);
    }

    /** Softmax cross-entropy, reduced as asked. */
    public static Tensor crossEntropy(Tensor scores, Tensor labels, Reduction reduction) {
        Tensor column = labelColumn("crossEntropy", scores, labels);
        return reduction.apply(scores.logSoftmax(1).gather(1, column).neg().reshape(-1));
    }

    /**
     * The multiclass SVM (hinge) loss {@code Σ_{j≠y} max(0, s_j - s_y + 1)}: the slides' scores
     * give 2.9 for the cat, 0 for the car, 12.9 for the frog, mean 5.27. PyTorch's
     * {@code F.multi_margin_loss} sums the same terms but divides each example's sum by the
     * number of classes C (1.76 for the slides' 3 classes): this loss is C times PyTorch's.
     */
    public static Tensor multiclassHinge(Tensor scores, Tensor labels) {
        return multiclassHinge(scores, labels, Reduction.MEAN);
    }

    /** The multiclass SVM loss, reduced as asked. */
    public static Tensor multiclassHinge(Tensor scores, Tensor labels, Reduction reduction) {
        Tensor correct = scores.gather(1, labelColumn("multiclassHinge", scores, labels));
        Tensor margins = scores.sub(correct).add(SVM_MARGIN).relu();
        Tensor otherClasses = Tensor.oneHot(labels, scores.size(1)).to(scores.dtype()).neg().add(1);
        return reduction.apply(margins.mul(otherClasses).sum(1));
    }

    /** The squared error (L2 loss) {@code (ŷ - y)²}, averaged over all elements. */
    public static Tensor mse(Tensor output, Tensor target) {
        return mse(output, target, Reduction.MEAN);
    }

    /** The squared error, reduced as asked. */
    public static Tensor mse(Tensor output, Tensor target, Reduction reduction) {
        Tensor difference = output.sub(sameShape("mse", output, target));
        return reduction.apply(difference.mul(difference));
    }

    /** The absolute error (L1 loss) {@code |ŷ - y|}, averaged over all elements. */
    public static Tensor l1(Tensor output, Tensor target) {
        return l1(output, target, Reduction.MEAN);
    }

    /** The absolute error, reduced as asked. */
    public static Tensor l1(Tensor output, Tensor target, Reduction reduction) {
        return reduction.apply(output.sub(sameShape("l1", output, target)).abs());
    }

    /** The binary hinge loss {@code max(0, 1 - y·ŷ)} for labels y of -1 or +1. */
    public static Tensor hinge(Tensor scores, Tensor labels) {
        return hinge(scores, labels, Reduction.MEAN);
    }

    /** The binary hinge loss, reduced as asked. */
    public static Tensor hinge(Tensor scores, Tensor labels, Reduction reduction) {
        return reduction.apply(scores.mul(signs("hinge", scores, labels)).neg().add(1).relu());
    }

    /**
     * The perceptron loss {@code max(0, -y·ŷ)} with ŷ = ⟨w, x⟩ and y of -1 or +1: zero once an
     * example is on the right side, however close to the boundary.
     */
    public static Tensor perceptron(Tensor scores, Tensor labels) {
        return perceptron(scores, labels, Reduction.MEAN);
    }

    /** The perceptron loss, reduced as asked. */
    public static Tensor perceptron(Tensor scores, Tensor labels, Reduction reduction) {
        return reduction.apply(scores.mul(signs("perceptron", scores, labels)).neg().relu());
    }

    /**
     * The negative log-likelihood {@code -log p_y} of N×C log-probabilities (a {@code logSoftmax}
     * output) and N class indices: {@code nll(s.logSoftmax(1), y)} is {@code crossEntropy(s, y)}.
     */
    public static Tensor nll(Tensor logProbabilities, Tensor labels) {
        return nll(logProbabilities, labels, Reduction.MEAN);
    }

    /** The negative log-likelihood, reduced as asked. */
    public static Tensor nll(Tensor logProbabilities, Tensor labels, Reduction reduction) {
        Tensor column = labelColumn("nll", logProbabilities, labels);
        return reduction.apply(logProbabilities.gather(1, column).neg().reshape(-1));
    }

    /**
     * The binary cross-entropy {@code -(y·log p + (1 - y)·log(1 - p))} of probabilities p (a
     * sigmoid output) and targets y in [0, 1] of the same shape; each log is kept above -100,
     * as PyTorch's {@code binary_cross_entropy}, so p = 0 or 1 gives a finite loss.
     */
    public static Tensor binaryCrossEntropy(Tensor probabilities, Tensor targets) {
        return binaryCrossEntropy(probabilities, targets, Reduction.MEAN);
    }

    /** The binary cross-entropy, reduced as asked. */
    public static Tensor binaryCrossEntropy(Tensor probabilities, Tensor targets, Reduction reduction) {
        Tensor y = sameShape("binaryCrossEntropy", probabilities, targets);
        double[] p = probabilities.toDoubleArray();
        for (int i = 0; i < p.length; i++) {
            if (!(p[i] >= 0 && p[i] <= 1)) {
                throw new IllegalArgumentException("binaryCrossEntropy: probability " + p[i] + " at " + i
                        + " is not in [0, 1]; pass scores to binaryCrossEntropyWithLogits instead");
            }
        }
        Tensor logP = probabilities.log().maximum(-100.0);
        Tensor logNotP = probabilities.rsub(1).log().maximum(-100.0);
        return reduction.apply(y.mul(logP).add(y.rsub(1).mul(logNotP)).neg());
    }

    /**
     * The binary cross-entropy of scores s before the sigmoid: {@code binaryCrossEntropy(s.sigmoid(), y)}
     * computed stably as {@code max(s, 0) - s·y + log(1 + e^{-|s|})}.
     */
    public static Tensor binaryCrossEntropyWithLogits(Tensor scores, Tensor targets) {
        return binaryCrossEntropyWithLogits(scores, targets, Reduction.MEAN);
    }

    /** The binary cross-entropy of scores, reduced as asked. */
    public static Tensor binaryCrossEntropyWithLogits(Tensor scores, Tensor targets, Reduction reduction) {
        Tensor y = sameShape("binaryCrossEntropyWithLogits", scores, targets);
        return reduction.apply(scores.relu().sub(scores.mul(y)).add(scores.abs().neg().exp().log1p()));
    }

    /**
     * The smooth L1 loss: {@code 0.5·d²/β} where {@code |d| < β}, else {@code |d| - 0.5·β}, with
     * d = ŷ - y; quadratic near zero, linear (robust to outliers) beyond. PyTorch's β is 1.
     */
    public static Tensor smoothL1(Tensor output, Tensor target, double beta) {
        return smoothL1(output, target, beta, Reduction.MEAN);
    }

    /** The smooth L1 loss, reduced as asked. */
    public static Tensor smoothL1(Tensor output, Tensor target, double beta, Reduction reduction) {
        if (!(beta > 0)) {
            throw new IllegalArgumentException("smoothL1: beta " + beta + " should be positive");
        }
        Tensor d = output.sub(sameShape("smoothL1", output, target)).abs();
        return reduction.apply(Tensor.where(d.lt(beta), d.mul(d).mul(0.5 / beta), d.sub(0.5 * beta)));
    }

    /**
     * The Huber loss: {@code 0.5·d²} where {@code |d| < δ}, else {@code δ·(|d| - 0.5·δ)}; the
     * smooth L1 loss times δ. PyTorch's δ is 1.
     */
    public static Tensor huber(Tensor output, Tensor target, double delta) {
        return huber(output, target, delta, Reduction.MEAN);
    }

    /** The Huber loss, reduced as asked. */
    public static Tensor huber(Tensor output, Tensor target, double delta, Reduction reduction) {
        if (!(delta > 0)) {
            throw new IllegalArgumentException("huber: delta " + delta + " should be positive");
        }
        return smoothL1(output, target, delta, reduction).mul(delta);
    }

    /**
     * The Kullback-Leibler divergence {@code KL(q ‖ p) = Σ_c q_c·(log q_c - log p_c)} of each row
     * of N×C log-probabilities log p (as {@code kl_div} takes them) from target probabilities q;
     * terms with q = 0 count 0. The mean over the batch is PyTorch's {@code reduction='batchmean'},
     * the true KL divergence per example ({@code 'mean'} would also divide by C).
     */
    public static Tensor klDivergence(Tensor logProbabilities, Tensor targets) {
        return klDivergence(logProbabilities, targets, Reduction.MEAN);
    }

    /** The KL divergence per example, reduced over the batch as asked. */
    public static Tensor klDivergence(Tensor logProbabilities, Tensor targets, Reduction reduction) {
        Tensor q = sameShape("klDivergence", logProbabilities, targets);
        if (logProbabilities.dim() != 2) {
            throw new IllegalArgumentException("klDivergence: log-probabilities " + Arrays.toString(logProbabilities.shape())
                    + " should be N x classes");
        }
        Tensor logQ = Tensor.where(q.gt(0), q.log(), Tensor.zerosLike(q));
        return reduction.apply(q.mul(logQ.sub(logProbabilities)).sum(1));
    }

    /**
     * The zero-one error: the fraction of examples whose highest score is not the label's. A
     * metric, not a loss to train on: its gradient is zero almost everywhere.
     */
    public static double zeroOneError(Tensor scores, Tensor labels) {
        labelColumn("zeroOneError", scores, labels);
        double[] predicted = scores.argmax(1).toDoubleArray();
        double[] actual = labels.toDoubleArray();
        long wrong = 0;
        for (int i = 0; i < actual.length; i++) {
            wrong += predicted[i] == actual[i] ? 0 : 1;
        }
        return (double) wrong / actual.length;
    }

    /** The labels as an N×1 column, after checking they are N int64 class indices in [0, C). */
    private static Tensor labelColumn(String loss, Tensor scores, Tensor labels) {
        if (scores.dim() != 2) {
            throw new IllegalArgumentException(loss + ": scores " + Arrays.toString(scores.shape())
                    + " should be N x classes (flatten the output first)");
        }
        if (labels.dim() != 1 || labels.size(0) != scores.size(0)) {
            throw new IllegalArgumentException(loss + ": labels " + Arrays.toString(labels.shape())
                    + " should be one class index per row of the scores: [" + scores.size(0) + "]");
        }
        if (labels.dtype() != DType.INT64) {
            throw new IllegalArgumentException(loss + ": labels must be int64 class indices, got " + labels.dtype()
                    + "; convert with labels.to(DType.INT64)");
        }
        int classes = scores.size(1);
        double[] values = labels.toDoubleArray();
        for (int i = 0; i < values.length; i++) {
            if (values[i] < 0 || values[i] >= classes) {
                throw new IllegalArgumentException(loss + ": label " + (long) values[i] + " at " + i
                        + " is not a class index in 0.." + (classes - 1));
            }
        }
        return labels.unsqueeze(1);
    }

    private static Tensor sameShape(String loss, Tensor output, Tensor target) {
        if (!Arrays.equals(output.shape(), target.shape())) {
            throw new IllegalArgumentException(loss + ": output " + Arrays.toString(output.shape()) + " and target "
                    + Arrays.toString(target.shape()) + " should have the same shape (reshape one, such as target.reshape(-1, 1))");
        }
        return target.to(output.dtype());
    }

    /** The labels, after checking each is -1 or +1. */
    private static Tensor signs(String loss, Tensor scores, Tensor labels) {
        Tensor y = sameShape(loss, scores, labels);
        double[] values = y.toDoubleArray();
        for (int i = 0; i < values.length; i++) {
            if (values[i] != 1 && values[i] != -1) {
                throw new IllegalArgumentException(loss + ": label " + values[i] + " at " + i
                        + " should be -1 or +1 (map 0/1 labels with labels.mul(2).sub(1))");
            }
        }
        return y;
    }
}
