package org.dendrite.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ToySetsTest {

    private static float[][] points(Dataset data) {
        float[] flat = data.inputs().toFloatArray();
        float[][] rows = new float[data.size()][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = Arrays.copyOfRange(flat, 2 * i, 2 * i + 2);
        }
        return rows;
    }

    @Test
    void perceptronTableIsTheSlidesTable() {
        Dataset table = ToySets.perceptronTable();

        assertArrayEquals(new float[] {10, 2, 3.5f, 1}, table.inputs().toFloatArray());
        assertArrayEquals(new float[] {10.1f, 1.9f, 3.4f, 1.1f}, table.targets().toFloatArray());
        assertArrayEquals(new int[] {4, 1}, table.inputs().shape());
    }

    @Test
    void xorTruthTable() {
        assertArrayEquals(new float[] {0, 1, 1, 0}, ToySets.xor().targets().toFloatArray());
        assertArrayEquals(new float[] {0, 0, 0, 1, 1, 0, 1, 1}, ToySets.xor().inputs().toFloatArray());
    }

    @Test
    void sameSeedGivesTheSamePointsAndAnotherSeedOthers() {
        assertArrayEquals(ToySets.ring(100, 1).inputs().toFloatArray(), ToySets.ring(100, 1).inputs().toFloatArray());
        assertFalse(Arrays.equals(ToySets.ring(100, 1).inputs().toFloatArray(), ToySets.ring(100, 2).inputs().toFloatArray()));
        assertArrayEquals(ToySets.twoSpirals(100, 0.2, 3).inputs().toFloatArray(),
                ToySets.twoSpirals(100, 0.2, 3).inputs().toFloatArray());
    }

    @Test
    void ringIsClassOneExactlyBetweenRadiusOneAndTwo() {
        Dataset ring = ToySets.ring(1000, 7);
        float[][] xs = points(ring);
        int inside = 0;
        for (int i = 0; i < xs.length; i++) {
            double norm = Math.hypot(xs[i][0], xs[i][1]);
            assertEquals(norm >= 1 && norm <= 2 ? 1 : 0, ring.label(i), "point " + Arrays.toString(xs[i]));
            inside += ring.label(i);
        }
        // The ring covers 3π of the 25 square units: about 38% of the points.
        assertEquals(0.377, inside / 1000.0, 0.05);
    }

    @Test
    void quadrantsOneAndThreeAreClassOne() {
        Dataset quadrants = ToySets.quadrants(400, 4);
        float[][] xs = points(quadrants);
        for (int i = 0; i < xs.length; i++) {
            assertEquals(xs[i][0] * xs[i][1] > 0 ? 1 : 0, quadrants.label(i));
        }
        assertEquals("first and third quadrants", quadrants.classNames().get(1));
    }

    @Test
    void noisyXorLabelsFollowTheNearestCorner() {
        Dataset xor = ToySets.xor(200, 0.1, 5);
        float[][] xs = points(xor);
        for (int i = 0; i < xs.length; i++) {
            int a = Math.round(xs[i][0]);
            int b = Math.round(xs[i][1]);
            assertEquals(a ^ b, xor.label(i), "point " + Arrays.toString(xs[i]));
        }
    }

    @Test
    void threeModesHalfNearTheModesHalfFarFromThem() {
        Dataset modes = ToySets.threeModes(300, 9);
        float[][] xs = points(modes);
        double[][] centres = {{-1.5, -1}, {1.5, -1}, {0, 1.5}};
        for (int i = 0; i < xs.length; i++) {
            double nearest = Double.POSITIVE_INFINITY;
            for (double[] c : centres) {
                nearest = Math.min(nearest, Math.hypot(xs[i][0] - c[0], xs[i][1] - c[1]));
            }
            if (modes.label(i) == 0) {
                assertTrue(nearest > 1, "class 0 stays away from the modes");
            } else {
                assertTrue(nearest < 1.5, "class 1 point " + Arrays.toString(xs[i]) + " is near a mode");
            }
        }
    }

    @Test
    void blobsAreSeparatedByTheLinearClassifierOfTheirCentres() {
        Dataset blobs = ToySets.blobs(300, 3, 11);
        float[][] xs = points(blobs);
        for (int i = 0; i < xs.length; i++) {
            int best = 0;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < 3; k++) {
                double cx = 3 * Math.cos(2 * Math.PI * k / 3);
                double cy = 3 * Math.sin(2 * Math.PI * k / 3);
                double score = 2 * (cx * xs[i][0] + cy * xs[i][1]) - (cx * cx + cy * cy);  // w·x + b
                if (score > bestScore) {
                    bestScore = score;
                    best = k;
                }
            }
            assertEquals(blobs.label(i), best, "point " + Arrays.toString(xs[i]));
        }
    }

    @Test
    void twoSpiralsAlternateArmsAndStayInTheUnitDisc() {
        Dataset spirals = ToySets.twoSpirals(200, 0.1, 2);
        float[][] xs = points(spirals);
        for (int i = 0; i < xs.length; i++) {
            assertEquals(i % 2, spirals.label(i));
            assertTrue(Math.hypot(xs[i][0], xs[i][1]) <= 1);
        }
    }

    @Test
    void noisyLineFitsItsSlopeAndIntercept() {
        Dataset line = ToySets.line(2000, 2, 1, 0.1, 8);
        float[] x = line.inputs().toFloatArray();
        float[] y = line.targets().toFloatArray();
        double mx = 0;
        double my = 0;
        for (int i = 0; i < x.length; i++) {
            mx += x[i] / x.length;
            my += y[i] / y.length;
        }
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
        }
        double slope = sxy / sxx;
        assertEquals(2, slope, 0.02);
        assertEquals(1, my - slope * mx, 0.02);
    }
}
