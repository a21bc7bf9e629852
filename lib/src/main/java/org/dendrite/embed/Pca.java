package org.dendrite.embed;

import java.util.Random;
import org.dendrite.InputChecks;
import org.dendrite.tensor.DType;
import org.dendrite.tensor.Tensor;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Principal component analysis: the directions along which centred data vary most, found by
 * ND4J's singular value decomposition (LAPACK {@code gesvd}) of the covariance matrix (or of
 * the Gram matrix when there are fewer examples than features). For large data and few
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
        INDArray data = x.to(DType.FLOAT64).toArray().dup();
        INDArray meanRow = data.mean(0);
        INDArray centred = data.subRowVector(meanRow);
        double totalVariance = centred.mul(centred).sumNumber().doubleValue() / (n - 1);
        double[][] components = new double[count][];
        double[] variances = new double[count];
        if (Math.max(n, d) > EXACT_LIMIT && count < 0.8 * Math.min(n, d)) {
            randomized(centred, count, components, variances);
        } else if (n > d) {
            INDArray covariance = centred.transpose().mmul(centred).divi(n - 1);
            INDArray[] svd = symmetricSvd(covariance);
            for (int k = 0; k < count; k++) {
                components[k] = svd[1].getColumn(k).toDoubleVector();
                variances[k] = svd[0].getDouble(k);
            }
        } else {
            // With N <= D, the Gram matrix X Xᵀ (N x N) has the same non-zero eigenvalues; its
            // eigenvector u gives the component Xᵀ u / |Xᵀ u|.
            INDArray[] svd = symmetricSvd(centred.mmul(centred.transpose()));
            for (int k = 0; k < count; k++) {
                INDArray direction = centred.transpose().mmul(svd[1].getColumn(k).reshape(n, 1));
                double norm = direction.norm2Number().doubleValue();
                components[k] = norm > 0 ? direction.div(norm).toDoubleVector() : new double[d];
                variances[k] = svd[0].getDouble(k) / (n - 1);
            }
        }
        for (double[] component : components) {
            fixSign(component);
        }
        return new Pca(meanRow.toDoubleVector(), components, variances, totalVariance);
    }

    /** {@code x} projected onto its first {@code count} principal components: N x count. */
    public static Tensor fitTransform(Tensor x, int count) {
        return fit(x, count).transform(x);
    }

    /** The coordinates of {@code x} (N x D) along the components: N x count. */
    public Tensor transform(Tensor x) {
        InputChecks.requireMatrix("x", x, mean.length);
        INDArray data = x.to(DType.FLOAT64).toArray().dup();
        INDArray centred = data.subRowVector(Nd4j.createFromArray(mean));
        INDArray basis = Nd4j.createFromArray(components).transpose();
        return Tensor.fromArray(centred.mmul(basis).castTo(DataType.FLOAT)).detach();
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
    private static void randomized(INDArray centred, int count, double[][] components, double[] variances) {
        int n = (int) centred.rows();
        int d = (int) centred.columns();
        int width = Math.min(count + OVERSAMPLING, Math.min(n, d));
        int iterations = count < 0.1 * Math.min(n, d) ? 7 : 4;
        Random random = new Random(0);
        double[][] omega = new double[d][width];
        for (double[] row : omega) {
            for (int j = 0; j < width; j++) {
                row[j] = random.nextGaussian();
            }
        }
        INDArray transposed = centred.transpose().dup();
        INDArray basis = orthonormalColumns(centred.mmul(Nd4j.createFromArray(omega)), 1);
        for (int i = 0; i < iterations; i++) {
            basis = orthonormalColumns(centred.mmul(transposed.mmul(basis)), i == iterations - 1 ? 2 : 1);
        }
        INDArray small = basis.transpose().mmul(centred);
        INDArray[] svd = symmetricSvd(small.mmul(small.transpose()));
        for (int k = 0; k < count; k++) {
            INDArray direction = small.transpose().mmul(svd[1].getColumn(k).reshape(width, 1));
            double norm = direction.norm2Number().doubleValue();
            components[k] = norm > 0 ? direction.div(norm).toDoubleVector() : new double[d];
            variances[k] = svd[0].getDouble(k) / (n - 1);
        }
    }

    /**
     * An orthonormal basis of the columns of {@code m} (tall and thin): with {@code mᵀm = V Λ Vᵀ},
     * the columns of {@code m V Λ^-1/2} are orthonormal. A second pass removes the rounding
     * errors of the first ("CholeskyQR2"); between power iterations one pass is enough.
     */
    private static INDArray orthonormalColumns(INDArray m, int passes) {
        INDArray basis = m;
        for (int pass = 0; pass < passes; pass++) {
            INDArray[] svd = symmetricSvd(basis.transpose().mmul(basis));
            double[] values = svd[0].toDoubleVector();
            double[] scale = new double[values.length];
            for (int k = 0; k < values.length; k++) {
                scale[k] = values[k] > values[0] * 1e-14 ? 1 / Math.sqrt(values[k]) : 0;
            }
            basis = basis.mmul(svd[1]).mulRowVector(Nd4j.createFromArray(scale));
        }
        return basis;
    }

    /** {singular values, eigenvectors as columns} of a symmetric positive semi-definite matrix. */
    private static INDArray[] symmetricSvd(INDArray matrix) {
        int size = (int) matrix.rows();
        INDArray a = matrix.dup('f');
        INDArray values = Nd4j.create(DataType.DOUBLE, size);
        INDArray vectors = Nd4j.create(DataType.DOUBLE, new long[] {size, size}, 'f');
        Nd4j.getBlasWrapper().lapack().gesvd(a, values, vectors, null);
        return new INDArray[] {values, vectors};
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
