package org.dendrite.embed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.dendrite.tensor.Tensor;
import org.junit.jupiter.api.Test;

class TSneTest {

    private static final int PER_CLUSTER = 50;

    /** Three tight Gaussian clusters in 10-D, far apart; labels 0, 1, 2. */
    private static double[] clusters(Random random) {
        double[] values = new double[3 * PER_CLUSTER * 10];
        for (int i = 0; i < 3 * PER_CLUSTER; i++) {
            int cluster = i / PER_CLUSTER;
            for (int d = 0; d < 10; d++) {
                values[i * 10 + d] = (d == cluster ? 20 : 0) + random.nextGaussian();
            }
        }
        return values;
    }

    @Test
    void wellSeparatedClustersStaySeparated() {
        TSneEmbedding embedding = TSne.perplexity(15).iterations(500).seed(1).fit(Tensor.of(clusters(new Random(0)), 150, 10));
        double[] y = embedding.points().toDoubleArray();
        double[][] centres = new double[3][2];
        double[] spread = new double[3];
        for (int i = 0; i < 150; i++) {
            centres[i / PER_CLUSTER][0] += y[2 * i] / PER_CLUSTER;
            centres[i / PER_CLUSTER][1] += y[2 * i + 1] / PER_CLUSTER;
        }
        for (int i = 0; i < 150; i++) {
            double[] centre = centres[i / PER_CLUSTER];
            spread[i / PER_CLUSTER] = Math.max(spread[i / PER_CLUSTER], Math.hypot(y[2 * i] - centre[0], y[2 * i + 1] - centre[1]));
        }
        for (int a = 0; a < 3; a++) {
            for (int b = a + 1; b < 3; b++) {
                double gap = Math.hypot(centres[a][0] - centres[b][0], centres[a][1] - centres[b][1]);
                assertTrue(gap > spread[a] + spread[b], "clusters " + a + " and " + b + " overlap: centres " + gap
                        + " apart, radii " + spread[a] + " and " + spread[b]);
            }
        }
        assertTrue(embedding.klDivergence() > 0 && embedding.klDivergence() < 1, "KL " + embedding.klDivergence());
    }

    @Test
    void sameSeedGivesTheSameEmbedding() {
        Tensor x = Tensor.of(clusters(new Random(4)), 150, 10);
        TSneEmbedding a = TSne.perplexity(10).iterations(100).pcaInit(false).seed(3).fit(x);
        TSneEmbedding b = TSne.perplexity(10).iterations(100).pcaInit(false).seed(3).fit(x);
        assertArrayEquals(a.points().toDoubleArray(), b.points().toDoubleArray());
        assertEquals(a.klDivergence(), b.klDivergence());
    }

    @Test
    void perplexityAtLeastTheNumberOfPointsIsExplained() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TSne.perplexity(30).fit(Tensor.randn(20, 4)));
        assertTrue(e.getMessage().contains("perplexity 30.0 must be less than the number of points (20)"), e.getMessage());
    }

    @Test
    void badInputNamesTheArgument() {
        IllegalArgumentException nan = assertThrows(IllegalArgumentException.class,
                () -> TSne.perplexity(2).fit(Tensor.of(new double[][] {{0, 1}, {Double.NaN, 2}, {3, 4}, {5, 6}})));
        assertTrue(nan.getMessage().startsWith("x holds NaN"), nan.getMessage());
        assertThrows(IllegalArgumentException.class, () -> TSne.defaults().fit(Tensor.zeros(0, 4)));
        assertThrows(IllegalArgumentException.class, () -> TSne.perplexity(0));
        assertThrows(IllegalArgumentException.class, () -> TSne.defaults().learningRate(-1));
        assertThrows(IllegalArgumentException.class, () -> TSne.defaults().iterations(0));
    }

    @Test
    void vantagePointTreeFindsTheSameNeighboursAsBruteForce() {
        Random random = new Random(5);
        int n = 300;
        int dim = 7;
        double[] data = new double[n * dim];
        for (int i = 0; i < data.length; i++) {
            data[i] = random.nextGaussian();
        }
        VantagePointTree tree = new VantagePointTree(data, n, dim, 11);
        int k = 12;
        for (int query = 0; query < n; query += 17) {
            int[] found = new int[k];
            double[] distances = new double[k];
            tree.nearest(query, k, found, distances);
            double[] all = new double[n];
            Integer[] order = new Integer[n];
            for (int j = 0; j < n; j++) {
                double sum = 0;
                for (int d = 0; d < dim; d++) {
                    sum += Math.pow(data[query * dim + d] - data[j * dim + d], 2);
                }
                all[j] = j == query ? Double.POSITIVE_INFINITY : Math.sqrt(sum);
                order[j] = j;
            }
            Arrays.sort(order, (a, b) -> Double.compare(all[a], all[b]));
            for (int m = 0; m < k; m++) {
                assertEquals(order[m], found[m]);
                assertEquals(all[order[m]], distances[m], 1e-12);
            }
        }
    }

    @Test
    void quadTreeWithThetaZeroIsExact() {
        Random random = new Random(6);
        int n = 200;
        double[] y = new double[2 * n];
        for (int i = 0; i < y.length; i++) {
            y[i] = random.nextGaussian();
        }
        QuadTree tree = new QuadTree(y, n);
        double[] force = new double[2 * n];
        int[] stack = new int[tree.stackSize()];
        for (int i = 0; i < n; i += 13) {
            double sumQ = tree.repulsion(i, 0, force, stack);
            double exactQ = 0;
            double fx = 0;
            for (int j = 0; j < n; j++) {
                if (j != i) {
                    double dx = y[2 * i] - y[2 * j];
                    double dy = y[2 * i + 1] - y[2 * j + 1];
                    double q = 1 / (1 + dx * dx + dy * dy);
                    exactQ += q;
                    fx += q * q * dx;
                }
            }
            assertEquals(exactQ, sumQ, 1e-9);
            assertEquals(fx, force[2 * i], 1e-9);
        }
    }

    @Test
    void conditionalProbabilitiesReachThePerplexity() {
        double[] squared = new double[30];
        for (int j = 0; j < squared.length; j++) {
            squared[j] = 0.1 * j * j;
        }
        double[] p = Affinities.conditionalRow(squared, 5);
        double entropy = 0;
        double total = 0;
        for (double v : p) {
            entropy -= v > 0 ? v * Math.log(v) : 0;
            total += v;
        }
        assertEquals(1, total, 1e-9);
        assertEquals(5, Math.exp(entropy), 1e-3);
    }
}
