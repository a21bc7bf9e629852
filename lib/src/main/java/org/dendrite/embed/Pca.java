package org.dendrite.embed;

import java.util.Random;
import org.dendrite.InputChecks;
import org.dendrite.device.Device;
import org.dendrite.tensor.DType;
import org.dendrite.tensor.Svd;
import org.dendrite.tensor.Tensor;

/**
 * Principal component analysis: the directions along which centred data vary most, found by
 * the singular value decomposition ({@link Tensor#svd()}, LAPACK's {@code gesvd}) of the
 * covariance matrix (or of the Gram matrix when there are fewer examples than features),
 * computed with tensor operations in float64 on the CPU (a GPU tensor is copied there). For large data and few
 * components it first narrows the data to the few directions that matter, by randomized
 * subspace iteration (Halko, Martinsson and Tropp, 2011), as scikit-learn's default does. Each
 * component's sign is fixed so that its largest entry is positive, as scikit-learn does.
 *
 * <pre>{@code
 * Pca pca = Pca.fit(pixels, 50);
 * Tensor reduced = pca.transform(pixels);
 * }</pre>
 */
public final class Pca {

    /** Up to this many examples and features, the decomposition is exact (scikit-learn's rule). */
    private static final int EXACT_LIMIT = 500;
    private static final int OVERSAMPLING = 10;

    private final double[] mean;
    private final double[][] components;
    private final double[] explainedVariance;
    private final double totalVariance;

    private Pca(double[] mean, double[][] components, double[] explainedVariance, double totalVariance) {
        this.mean = mean;
        this.components = components;
        this.explainedVariance = explainedVariance;
        this.totalVariance = totalVariance;
    }

    /** The first {@code count} principal components of {@code x}, N examples by D features. */
    public static Pca fit(Tensor x, int count) {
        InputChecks.requireMatrix("x", x, -1);
        int n = x.size(0);
        int d = x.size(1);
        if (n < 2) {
            throw new IllegalArgumentException("x has " + n + " example; PCA needs at least 2");
        }
        if (count < 1 || count > Math.min(n, d)) {
            throw new IllegalArgumentException("count must be between 1 and min(N, D) = " + Math.min(n, d) + ", got " + count);
        }
        Tensor data = onCpu(x);
        Tensor meanRow = data.mean(0, true);
        Tensor centred = data.sub(meanRow);
        double totalVariance = centred.pow(2).sum().item() / (n - 1);
        double[][] components = new double[count][];
        double[] variances = new double[count];
        if (Math.max(n, d) > EXACT_LIMIT && count < 0.8 * Math.min(n, d)) {
            randomized(centred, count, components, variances);
        } else if (n > d) {
            Svd svd = centred.t().matmul(centred).div(n - 1).svd();
            for (int k = 0; k < count; k++) {
                components[k] = svd.u().select(1, k).toDoubleArray();
                variances[k] = svd.s().get(k);
            }
        } else {
            // With N <= D, the Gram matrix X Xᵀ (N x N) has the same non-zero eigenvalues; its
            // eigenvector u gives the component Xᵀ u / |Xᵀ u|.
            Svd svd = centred.matmul(centred.t()).svd();
            for (int k = 0; k < count; k++) {
                components[k] = unit(centred.t().matmul(svd.u().slice(1, k, k + 1)));
                variances[k] = svd.s().get(k) / (n - 1);
            }
        }
        for (double[] component : components) {
            fixSign(component);
        }
        return new Pca(meanRow.toDoubleArray(), components, variances, totalVariance);
    }

    /** {@code x} projected onto its first {@code count} principal components: N x count. */
    public static Tensor fitTransform(Tensor x, int count) {
        return fit(x, count).transform(x);
    }

    /** The coordinates of {@code x} (N x D) along the components: N x count, float32, on {@code x}'s device. */
    public Tensor transform(Tensor x) {
        InputChecks.requireMatrix("x", x, mean.length);
        Tensor centred = onCpu(x).sub(Tensor.of(DType.FLOAT64, mean, 1, mean.length));
        Tensor basis = Tensor.of(components).to(DType.FLOAT64).t();
        return centred.matmul(basis).to(DType.FLOAT32).to(x.device()).detach();
    }

    /** The components, one per row (count x D), unit length, largest first. */
    public Tensor components() {
        return Tensor.of(components);
    }

    /** The variance of the data along each component. */
    public double[] explainedVariance() {
        return explainedVariance.clone();
    }

    /** Each component's share of the total variance. */
    public double[] explainedVarianceRatio() {
        double[] ratio = new double[explainedVariance.length];
        for (int k = 0; k < ratio.length; k++) {
            ratio[k] = explainedVariance[k] / totalVariance;
        }
        return ratio;
    }

    /** The mean that was subtracted before projecting. */
    public double[] mean() {
        return mean.clone();
    }

    /**
     * The top {@code count} components of {@code centred} (N x D) from a few directions: a
     * random D x (count + 10) projection, sharpened by power iterations ({@code X Xᵀ} applied
     * again and again, re-orthonormalised each time), spans nearly the same subspace as the top
     * components; the exact decomposition is then done inside that small subspace.
     */
    private static void randomized(Tensor centred, int count, double[][] components, double[] variances) {
        int n = centred.size(0);
        int d = centred.size(1);
        int width = Math.min(count + OVERSAMPLING, Math.min(n, d));
        int iterations = count < 0.1 * Math.min(n, d) ? 7 : 4;
        Random random = new Random(0);
        double[] omega = new double[d * width];
        for (int i = 0; i < omega.length; i++) {
            omega[i] = random.nextGaussian();
        }
        Tensor transposed = centred.t();
        Tensor basis = orthonormalColumns(centred.matmul(Tensor.of(DType.FLOAT64, omega, d, width)), 1);
        for (int i = 0; i < iterations; i++) {
            basis = orthonormalColumns(centred.matmul(transposed.matmul(basis)), i == iterations - 1 ? 2 : 1);
        }
        Tensor small = basis.t().matmul(centred);
        Svd svd = small.matmul(small.t()).svd();
        for (int k = 0; k < count; k++) {
            components[k] = unit(small.t().matmul(svd.u().slice(1, k, k + 1)));
            variances[k] = svd.s().get(k) / (n - 1);
        }
    }

    /**
     * An orthonormal basis of the columns of {@code m} (tall and thin): with {@code mᵀm = V Λ Vᵀ},
     * the columns of {@code m V Λ^-1/2} are orthonormal. A second pass removes the rounding
     * errors of the first ("CholeskyQR2"); between power iterations one pass is enough.
     */
    private static Tensor orthonormalColumns(Tensor m, int passes) {
        Tensor basis = m;
        for (int pass = 0; pass < passes; pass++) {
            Svd svd = basis.t().matmul(basis).svd();
            double[] values = svd.s().toDoubleArray();
            double[] scale = new double[values.length];
            for (int k = 0; k < values.length; k++) {
                scale[k] = values[k] > values[0] * 1e-14 ? 1 / Math.sqrt(values[k]) : 0;
            }
            basis = basis.matmul(svd.u()).mul(Tensor.of(DType.FLOAT64, scale, 1, scale.length));
        }
        return basis;
    }

    /** {@code x} as a float64 tensor on the CPU, where the decomposition runs. */
    private static Tensor onCpu(Tensor x) {
        return x.detach().to(Device.cpu()).to(DType.FLOAT64);
    }

    /** The column {@code direction} scaled to length 1, or zeros when it is zero. */
    private static double[] unit(Tensor direction) {
        double norm = direction.pow(2).sum().sqrt().item();
        return norm > 0 ? direction.div(norm).toDoubleArray() : new double[direction.size(0)];
    }

    private static void fixSign(double[] component) {
        int largest = 0;
        for (int i = 1; i < component.length; i++) {
            if (Math.abs(component[i]) > Math.abs(component[largest])) {
                largest = i;
            }
        }
        if (component[largest] < 0) {
            for (int i = 0; i < component.length; i++) {
                component[i] = -component[i];
            }
        }
    }
}
