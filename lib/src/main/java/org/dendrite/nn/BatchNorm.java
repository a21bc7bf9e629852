package org.dendrite.nn;

import java.util.Arrays;
import org.dendrite.tensor.Autograd;
import org.dendrite.tensor.Tensor;

/**
 * Batch normalization (Ioffe and Szegedy, 2015), shared by {@link BatchNorm1d} and
 * {@link BatchNorm2d}: each feature is normalized to zero mean and unit variance over the batch
 * (the slides' {@code x̂ = (x - μ) / √(σ² + ε)}), then scaled by a learned γ ({@code weight}) and
 * shifted by β ({@code bias}). Training uses the batch's statistics and keeps running averages
 * of them, which evaluation uses instead.
 */
public abstract class BatchNorm extends Module {

    private static final double EPSILON = 1e-5;
    private static final double MOMENTUM = 0.1;

    private final int features;
    private final int[] reducedDims;
    private final int[] broadcastShape;

    /**
     * Normalization of {@code features} features over {@code reducedDims} of an input of rank
     * {@code rank}, whose dimension 1 holds the features.
     */
    BatchNorm(int features, int rank, int... reducedDims) {
        if (features < 1) {
            throw new IllegalArgumentException(getClass().getSimpleName() + ": features " + features + " should be 1 or more");
        }
        this.features = features;
        this.reducedDims = reducedDims;
        this.broadcastShape = new int[rank];
        Arrays.fill(broadcastShape, 1);
        broadcastShape[1] = features;
        registerParameter("weight", Tensor.ones(features));
        registerParameter("bias", Tensor.zeros(features));
        registerBuffer("runningMean", Tensor.zeros(features));
        registerBuffer("runningVar", Tensor.ones(features));
    }

    /** The running mean of each feature, used in evaluation. */
    public Tensor runningMean() {
        return buffer("runningMean");
    }

    /** The running (unbiased) variance of each feature, used in evaluation. */
    public Tensor runningVar() {
        return buffer("runningVar");
    }

    /** The expected input, for messages, such as {@code [N, 20, H, W]}. */
    abstract String expectedShape(int features);

    @Override
    public Tensor forward(Tensor input) {
        if (input.dim() != broadcastShape.length || input.size(1) != features) {
            throw wrongInput(input, expectedShape(features));
        }
        Tensor mean;
        Tensor variance;
        if (isTraining()) {
            long count = input.numel() / features;
            if (count < 2) {
                throw wrongInput(input, "2 or more values per feature in training (a batch of one has no variance)");
            }
            mean = input.mean(reducedDims, true);
            Tensor centred = input.sub(mean);
            variance = centred.mul(centred).mean(reducedDims, true);
            updateRunningStatistics(mean, variance.mul(count / (count - 1.0)));
        } else {
            mean = runningMean().reshape(broadcastShape).to(input.dtype());
            variance = runningVar().reshape(broadcastShape).to(input.dtype());
        }
        Tensor normalized = input.sub(mean).div(variance.add(EPSILON).sqrt());
        return normalized.mul(parameter("weight").reshape(broadcastShape)).add(parameter("bias").reshape(broadcastShape));
    }

    private void updateRunningStatistics(Tensor mean, Tensor unbiasedVariance) {
        try (Autograd.NoGrad off = Autograd.noGrad()) {
            Tensor runningMean = runningMean();
            Tensor runningVar = runningVar();
            Tensor batchMean = mean.reshape(features).to(runningMean.dtype());
            Tensor batchVar = unbiasedVariance.reshape(features).to(runningVar.dtype());
            runningMean.copyFrom(runningMean.mul(1 - MOMENTUM).add(batchMean.mul(MOMENTUM)));
            runningVar.copyFrom(runningVar.mul(1 - MOMENTUM).add(batchVar.mul(MOMENTUM)));
        }
    }

    @Override
    protected void resetParameters(Init init) {
        Tensor weight = parameter("weight");
        weight.copyFrom(Tensor.ones(features).to(weight.dtype()));
        parameter("bias").copyFrom(Tensor.zeros(features).to(weight.dtype()));
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "(" + features + ")";
    }
}
