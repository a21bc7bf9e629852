package org.dendrite.embed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.dendrite.tensor.Tensor;
import org.junit.jupiter.api.Test;

class PcaTest {

    @Test
    void rotatedCrossHasItsArmsAsComponents() {
        // Points ±2 along one axis and ±1 along the other, rotated by 30° and shifted: the
        // components are the rotated axes, with variances 8/3 and 2/3 (divided by N - 1 = 3).
        double c = Math.cos(Math.PI / 6);
        double s = Math.sin(Math.PI / 6);
        double[][] arms = {{2, 0}, {-2, 0}, {0, 1}, {0, -1}};
        double[][] points = new double[4][];
        for (int i = 0; i < 4; i++) {
            points[i] = new double[] {c * arms[i][0] - s * arms[i][1] + 5, s * arms[i][0] + c * arms[i][1] - 1};
        }
        Pca pca = Pca.fit(Tensor.of(points), 2);
        assertArrayEquals(new double[] {c, s, -s, c}, pca.components().toDoubleArray(), 1e-5);
        assertArrayEquals(new double[] {8.0 / 3, 2.0 / 3}, pca.explainedVariance(), 1e-5);
        assertArrayEquals(new double[] {0.8, 0.2}, pca.explainedVarianceRatio(), 1e-6);
        assertArrayEquals(new double[] {5, -1}, pca.mean(), 1e-5);
        assertArrayEquals(new double[] {2, 0, -2, 0, 0, 1, 0, -1}, pca.transform(Tensor.of(points)).toDoubleArray(), 1e-5);
    }

    @Test
    void fewerExamplesThanFeaturesMatchesScikitLearn() {
        // sklearn.decomposition.PCA(2).fit(X): components_ and explained_variance_ (scikit-learn 1.2).
        Tensor x = Tensor.of(new double[][] {{1, 2, 3, 4}, {2, 0, 1, 7}, {0, 1, 5, 2}});
        Pca pca = Pca.fit(x, 2);
        assertArrayEquals(new double[] {0.29164709, -0.17285234, -0.58329418, 0.73812732,
            0.12630153, 0.95896664, -0.25260306, -0.02495198}, pca.components().toDoubleArray(), 1e-5);
        assertArrayEquals(new double[] {11.62356851, 0.70976482}, pca.explainedVariance(), 1e-4);
    }

    @Test
    void randomizedPathAgreesWithTheExactOne() {
        // 600 x 20 (more than 500 rows): 3 components take the randomized path, 20 the exact one.
        Random random = new Random(3);
        double[] values = new double[600 * 20];
        for (int i = 0; i < 600; i++) {
            double a = 5 * random.nextGaussian();
            double b = 2 * random.nextGaussian();
            for (int j = 0; j < 20; j++) {
                values[i * 20 + j] = a * Math.sin(j) + b * Math.cos(3 * j) + 0.1 * random.nextGaussian();
            }
        }
        Tensor x = Tensor.of(values, 600, 20);
        double[] fast = Pca.fit(x, 3).explainedVariance();
        double[] exact = Pca.fit(x, 20).explainedVariance();
        for (int k = 0; k < 3; k++) {
            assertEquals(exact[k], fast[k], 1e-4 * exact[0]);
        }
        double[] fastFirst = Pca.fit(x, 3).components().select(0, 0).toDoubleArray();
        double[] exactFirst = Pca.fit(x, 20).components().select(0, 0).toDoubleArray();
        assertArrayEquals(exactFirst, fastFirst, 1e-4);
    }

    @Test
    void badInputNamesTheProblem() {
        IllegalArgumentException nan = assertThrows(IllegalArgumentException.class,
                () -> Pca.fit(Tensor.of(new double[][] {{1, Double.NaN}, {2, 3}}), 1));
        assertTrue(nan.getMessage().startsWith("x holds NaN"), nan.getMessage());
        IllegalArgumentException count = assertThrows(IllegalArgumentException.class,
                () -> Pca.fit(Tensor.randn(5, 3), 4));
        assertTrue(count.getMessage().contains("count"), count.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Pca.fit(Tensor.zeros(0, 3), 1));
        IllegalArgumentException width = assertThrows(IllegalArgumentException.class,
                () -> Pca.fit(Tensor.randn(5, 3), 2).transform(Tensor.randn(2, 4)));
        assertTrue(width.getMessage().contains("N x 3"), width.getMessage());
    }
}
