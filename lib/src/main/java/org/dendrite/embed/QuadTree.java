package org.dendrite.embed;

import java.util.Arrays;

/**
 * A quadtree over points in the plane that keeps, for every cell, how many points it holds and
 * their centre of mass: the Barnes-Hut approximation treats a far-away cell as one heavy point.
 * Nodes live in flat arrays; the four children of a node are consecutive, starting at
 * {@code firstChild}.
 */
final class QuadTree {

    /** Below this cell size, coincident or nearly coincident points share a leaf. */
    private static final double SMALLEST_CELL = 1e-12;

    private final double[] points;
    private double[] centreX;
    private double[] centreY;
    private double[] halfWidth;
    private double[] massX;
    private double[] massY;
    private int[] count;
    private int[] firstChild;
    private int[] point;
    private int nodes;

    /** The tree of {@code n} points given as {@code x0, y0, x1, y1, ...}. */
    QuadTree(double[] points, int n) {
        this.points = points;
        allocate(Math.max(16, 4 * n));
        double minX = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (int i = 0; i < n; i++) {
            minX = Math.min(minX, points[2 * i]);
            maxX = Math.max(maxX, points[2 * i]);
            minY = Math.min(minY, points[2 * i + 1]);
            maxY = Math.max(maxY, points[2 * i + 1]);
        }
        double half = Math.max(maxX - minX, maxY - minY) / 2 * 1.001 + SMALLEST_CELL;
        newNode((minX + maxX) / 2, (minY + maxY) / 2, half);
        for (int i = 0; i < n; i++) {
            insert(i);
        }
    }

    /**
     * The repulsive force on point {@code i} from all others, approximated: a cell whose width
     * seen from the point is below {@code theta} counts as its centre of mass. Adds
     * {@code sum_j q_ij² (y_i - y_j)} to {@code force[2i], force[2i + 1]} and returns
     * {@code sum_j q_ij}, with {@code q_ij = 1 / (1 + |y_i - y_j|²)}.
     */
    double repulsion(int i, double theta, double[] force, int[] stack) {
        double x = points[2 * i];
        double y = points[2 * i + 1];
        double thetaSquared = theta * theta;
        double sumQ = 0;
        double fx = 0;
        double fy = 0;
        int top = 0;
        stack[top++] = 0;
        while (top > 0) {
            int node = stack[--top];
            int size = count[node];
            if (size == 0) {
                continue;
            }
            double dx = x - massX[node];
            double dy = y - massY[node];
            double d2 = dx * dx + dy * dy;
            boolean leaf = firstChild[node] < 0;
            double width = 2 * halfWidth[node];
            if (leaf || width * width < thetaSquared * d2) {
                if (leaf && d2 == 0) {
                    size--; // the leaf holds point i itself (and any exact duplicates of it)
                }
                double q = 1 / (1 + d2);
                sumQ += size * q;
                double strength = size * q * q;
                fx += strength * dx;
                fy += strength * dy;
            } else {
                int child = firstChild[node];
                stack[top++] = child;
                stack[top++] = child + 1;
                stack[top++] = child + 2;
                stack[top++] = child + 3;
            }
        }
        force[2 * i] = fx;
        force[2 * i + 1] = fy;
        return sumQ;
    }

    /** The deepest a traversal stack can grow: three siblings waiting per level, plus four. */
    int stackSize() {
        return 3 * depth(0) + 4;
    }

    private int depth(int node) {
        if (firstChild[node] < 0) {
            return 1;
        }
        int deepest = 0;
        for (int c = 0; c < 4; c++) {
            deepest = Math.max(deepest, depth(firstChild[node] + c));
        }
        return deepest + 1;
    }

    private void insert(int p) {
        double x = points[2 * p];
        double y = points[2 * p + 1];
        int node = 0;
        while (true) {
            int before = count[node];
            massX[node] += (x - massX[node]) / (before + 1);
            massY[node] += (y - massY[node]) / (before + 1);
            count[node] = before + 1;
            if (firstChild[node] < 0) {
                if (before == 0) {
                    point[node] = p;
                    return;
                }
                int resident = point[node];
                double rx = points[2 * resident];
                double ry = points[2 * resident + 1];
                if ((rx == x && ry == y) || halfWidth[node] < SMALLEST_CELL) {
                    return; // duplicates stay together in one leaf
                }
                split(node);
                int child = childFor(node, rx, ry);
                count[child] = before;
                massX[child] = rx;
                massY[child] = ry;
                point[child] = resident;
                point[node] = -1;
            }
            node = childFor(node, x, y);
        }
    }

    private void split(int node) {
        double half = halfWidth[node] / 2;
        int first = nodes;
        newNode(centreX[node] - half, centreY[node] - half, half);
        newNode(centreX[node] + half, centreY[node] - half, half);
        newNode(centreX[node] - half, centreY[node] + half, half);
        newNode(centreX[node] + half, centreY[node] + half, half);
        firstChild[node] = first;
    }

    private int childFor(int node, double x, double y) {
        return firstChild[node] + (x >= centreX[node] ? 1 : 0) + (y >= centreY[node] ? 2 : 0);
    }

    private void newNode(double x, double y, double half) {
        if (nodes == count.length) {
            allocate(2 * nodes);
        }
        centreX[nodes] = x;
        centreY[nodes] = y;
        halfWidth[nodes] = half;
        firstChild[nodes] = -1;
        point[nodes] = -1;
        nodes++;
    }

    private void allocate(int capacity) {
        centreX = centreX == null ? new double[capacity] : Arrays.copyOf(centreX, capacity);
        centreY = centreY == null ? new double[capacity] : Arrays.copyOf(centreY, capacity);
        halfWidth = halfWidth == null ? new double[capacity] : Arrays.copyOf(halfWidth, capacity);
        massX = massX == null ? new double[capacity] : Arrays.copyOf(massX, capacity);
        massY = massY == null ? new double[capacity] : Arrays.copyOf(massY, capacity);
        count = count == null ? new int[capacity] : Arrays.copyOf(count, capacity);
        firstChild = firstChild == null ? new int[capacity] : Arrays.copyOf(firstChild, capacity);
        point = point == null ? new int[capacity] : Arrays.copyOf(point, capacity);
    }
}
