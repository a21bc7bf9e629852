package org.dendrite.embed;

import java.util.Arrays;
import java.util.Random;

/**
 * Exact k-nearest-neighbour search in Euclidean space with a vantage-point tree. Each node
 * picks a point (the vantage point) and splits the others at the median distance from it into
 * an inside and an outside half; a search skips a half when the triangle inequality shows it
 * cannot hold anything closer than the k-th neighbour found so far.
 *
 * <p>The tree is implicit in one permutation of the point indices: the node covering
 * {@code order[lo..hi)} has its vantage point at {@code lo}, the inside half at
 * {@code [lo + 1, mid)} and the outside half at {@code [mid, hi)}.
 */
final class VantagePointTree {

    private final double[] data;
    private final int dim;
    private final int[] order;
    private final double[] radius;

    /** A tree over the rows of {@code data}, {@code n} points of {@code dim} coordinates, row after row. */
    VantagePointTree(double[] data, int n, int dim, long seed) {
        this.data = data;
        this.dim = dim;
        this.order = new int[n];
        this.radius = new double[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        build(0, n, new Random(seed), new long[n]);
    }

    /**
     * The {@code k} nearest other points of point {@code query}, closest first: their indices
     * in {@code indices} and distances in {@code distances} (arrays of length {@code k}).
     */
    void nearest(int query, int k, int[] indices, double[] distances) {
        Neighbours found = new Neighbours(k + 1);
        search(0, order.length, query, found);
        found.sortedInto(query, indices, distances);
    }

    private void build(int lo, int hi, Random random, long[] keys) {
        if (hi - lo <= 1) {
            return;
        }
        swap(lo, lo + random.nextInt(hi - lo));
        int vantage = order[lo];
        // Sort the others by their distance to the vantage point: float distance bits above, index below.
        for (int i = lo + 1; i < hi; i++) {
            keys[i] = ((long) Float.floatToIntBits((float) distance(vantage, order[i])) << 32) | order[i];
        }
        Arrays.sort(keys, lo + 1, hi);
        for (int i = lo + 1; i < hi; i++) {
            order[i] = (int) keys[i];
        }
        int mid = (lo + 1 + hi) >>> 1;
        radius[lo] = distance(vantage, order[mid]);
        build(lo + 1, mid, random, keys);
        build(mid, hi, random, keys);
    }

    private void search(int lo, int hi, int query, Neighbours found) {
        if (lo >= hi) {
            return;
        }
        int vantage = order[lo];
        double d = distance(query, vantage);
        found.offer(vantage, d);
        if (hi - lo == 1) {
            return;
        }
        int mid = (lo + 1 + hi) >>> 1;
        double r = radius[lo];
        if (d < r) {
            if (d - found.worst() <= r) {
                search(lo + 1, mid, query, found);
            }
            if (d + found.worst() >= r) {
                search(mid, hi, query, found);
            }
        } else {
            if (d + found.worst() >= r) {
                search(mid, hi, query, found);
            }
            if (d - found.worst() <= r) {
                search(lo + 1, mid, query, found);
            }
        }
    }

    private double distance(int a, int b) {
        int offsetA = a * dim;
        int offsetB = b * dim;
        double sum = 0;
        for (int i = 0; i < dim; i++) {
            double diff = data[offsetA + i] - data[offsetB + i];
            sum += diff * diff;
        }
        return Math.sqrt(sum);
    }

    private void swap(int i, int j) {
        int t = order[i];
        order[i] = order[j];
        order[j] = t;
    }

    /** The best {@code capacity} candidates so far, as a max-heap on distance. */
    private static final class Neighbours {
        private final int[] index;
        private final double[] distance;
        private int size;

        Neighbours(int capacity) {
            index = new int[capacity];
            distance = new double[capacity];
        }

        /** The distance a candidate must beat: the largest kept, or infinity until full. */
        double worst() {
            return size < index.length ? Double.POSITIVE_INFINITY : distance[0];
        }

        void offer(int candidate, double d) {
            if (size < index.length) {
                index[size] = candidate;
                distance[size] = d;
                siftUp(size++);
            } else if (d < distance[0]) {
                index[0] = candidate;
                distance[0] = d;
                siftDown(0);
            }
        }

        /** The neighbours other than {@code self}, closest first. */
        void sortedInto(int self, int[] indices, double[] distances) {
            Integer[] byDistance = new Integer[size];
            for (int i = 0; i < size; i++) {
                byDistance[i] = i;
            }
            Arrays.sort(byDistance, (a, b) -> Double.compare(distance[a], distance[b]));
            int out = 0;
            for (int i = 0; i < size && out < indices.length; i++) {
                int slot = byDistance[i];
                if (index[slot] != self) {
                    indices[out] = index[slot];
                    distances[out] = distance[slot];
                    out++;
                }
            }
        }

        private void siftUp(int i) {
            while (i > 0) {
                int parent = (i - 1) / 2;
                if (distance[parent] >= distance[i]) {
                    return;
                }
                swap(i, parent);
                i = parent;
            }
        }

        private void siftDown(int i) {
            while (true) {
                int largest = i;
                int left = 2 * i + 1;
                int right = left + 1;
                if (left < size && distance[left] > distance[largest]) {
                    largest = left;
                }
                if (right < size && distance[right] > distance[largest]) {
                    largest = right;
                }
                if (largest == i) {
                    return;
                }
                swap(i, largest);
                i = largest;
            }
        }

        private void swap(int a, int b) {
            int ti = index[a];
            index[a] = index[b];
            index[b] = ti;
            double td = distance[a];
            distance[a] = distance[b];
            distance[b] = td;
        }
    }
}
