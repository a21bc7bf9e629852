package org.dendrite.embed;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * The joint probabilities {@code p_ij} of t-SNE, sparse: each point's Gaussian over its
 * nearest neighbours gets the bandwidth at which its perplexity (2 to the entropy, here e to
 * the entropy in nats) is the one asked for; then {@code P = (P + Pᵀ) / sum}. Stored row by
 * row: the neighbours of i are {@code columns[rowStart[i] .. rowStart[i + 1])}.
 */
final class Affinities {

    private static final int SEARCH_STEPS = 100;
    private static final double ENTROPY_TOLERANCE = 1e-5;

    final int[] rowStart;
    final int[] columns;
    final double[] values;

    private Affinities(int[] rowStart, int[] columns, double[] values) {
        this.rowStart = rowStart;
        this.columns = columns;
        this.values = values;
    }

    /** The affinities of {@code n} points of {@code dim} coordinates (row after row) at {@code perplexity}. */
    static Affinities of(double[] data, int n, int dim, double perplexity, long seed) {
        int k = Math.min(n - 1, (int) (3 * perplexity + 1));
        VantagePointTree tree = new VantagePointTree(data, n, dim, seed);
        int[] neighbours = new int[n * k];
        double[] conditional = new double[n * k];
        IntStream.range(0, n).parallel().forEach(i -> {
            int[] index = new int[k];
            double[] distance = new double[k];
            tree.nearest(i, k, index, distance);
            double[] squared = new double[k];
            for (int j = 0; j < k; j++) {
                squared[j] = distance[j] * distance[j];
            }
            double[] p = conditionalRow(squared, perplexity);
            System.arraycopy(index, 0, neighbours, i * k, k);
            System.arraycopy(p, 0, conditional, i * k, k);
        });
        return symmetrize(neighbours, conditional, n, k);
    }

    /**
     * {@code p_j|i} for one point from its squared neighbour distances: a binary search on the
     * precision {@code beta} of {@code exp(-beta d²)} until the entropy is {@code log(perplexity)}.
     */
    static double[] conditionalRow(double[] squared, double perplexity) {
        double target = Math.log(perplexity);
        double beta = 1;
        double low = Double.NEGATIVE_INFINITY;
        double high = Double.POSITIVE_INFINITY;
        double[] p = new double[squared.length];
        for (int step = 0; step < SEARCH_STEPS; step++) {
            double sum = 0;
            for (int j = 0; j < squared.length; j++) {
                p[j] = Math.exp(-squared[j] * beta);
                sum += p[j];
            }
            if (sum == 0) {
                sum = 1e-8;
            }
            double weighted = 0;
            for (int j = 0; j < squared.length; j++) {
                p[j] /= sum;
                weighted += squared[j] * p[j];
            }
            double entropy = Math.log(sum) + beta * weighted;
            double error = entropy - target;
            if (Math.abs(error) <= ENTROPY_TOLERANCE) {
                break;
            }
            if (error > 0) {
                low = beta;
                beta = high == Double.POSITIVE_INFINITY ? beta * 2 : (beta + high) / 2;
            } else {
                high = beta;
                beta = low == Double.NEGATIVE_INFINITY ? beta / 2 : (beta + low) / 2;
            }
        }
        return p;
    }

    /** {@code (P + Pᵀ) / sum(P + Pᵀ)} from the k conditional probabilities of each row. */
    private static Affinities symmetrize(int[] neighbours, double[] conditional, int n, int k) {
        int[] rowCount = new int[n];
        for (int i = 0; i < n; i++) {
            for (int m = 0; m < k; m++) {
                rowCount[i]++;
                rowCount[neighbours[i * k + m]]++;
            }
        }
        int[] start = new int[n + 1];
        for (int i = 0; i < n; i++) {
            start[i + 1] = start[i] + rowCount[i];
        }
        int[] fill = Arrays.copyOf(start, n);
        int[] cols = new int[start[n]];
        double[] vals = new double[start[n]];
        double total = 0;
        for (int i = 0; i < n; i++) {
            for (int m = 0; m < k; m++) {
                int j = neighbours[i * k + m];
                double p = conditional[i * k + m];
                cols[fill[i]] = j;
                vals[fill[i]++] = p;
                cols[fill[j]] = i;
                vals[fill[j]++] = p;
                total += 2 * p;
            }
        }
        // Merge the entries of each row that name the same column (j in i's list and i in j's).
        int[] mergedStart = new int[n + 1];
        int out = 0;
        for (int i = 0; i < n; i++) {
            mergedStart[i] = out;
            int from = start[i];
            int to = start[i + 1];
            long[] keys = new long[to - from];
            for (int e = from; e < to; e++) {
                keys[e - from] = ((long) cols[e] << 32) | (e - from);
            }
            Arrays.sort(keys);
            double[] rowValues = Arrays.copyOfRange(vals, from, to);
            int previous = -1;
            for (long key : keys) {
                int column = (int) (key >>> 32);
                double value = rowValues[(int) key];
                if (column == previous) {
                    vals[out - 1] += value;
                } else {
                    cols[out] = column;
                    vals[out++] = value;
                    previous = column;
                }
            }
        }
        mergedStart[n] = out;
        double[] normalised = Arrays.copyOf(vals, out);
        for (int e = 0; e < out; e++) {
            normalised[e] /= total;
        }
        return new Affinities(mergedStart, Arrays.copyOf(cols, out), normalised);
    }
}
