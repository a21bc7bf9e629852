package org.dendrite.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class TransformsTest {

    private static final int[] IMAGE = {1, 3, 3};

    private static float[] pixels() {
        return new float[] {1, 2, 3, 4, 5, 6, 7, 8, 9};
    }

    @Test
    void toFloatDividesBy255() {
        float[] values = {0, 51, 255};
        Transforms.toFloat().apply(values, 0, new int[] {3}, new Random(0));
        assertArrayEquals(new float[] {0, 0.2f, 1}, values, 1e-7f);
    }

    @Test
    void normalizeUsesEachChannelsMeanAndStd() {
        float[] values = {9, 1, 2, 4, 6, 8};
        Transform t = Transforms.normalize(new double[] {1, 2, 3}, new double[] {1, 1, 2});
        t.apply(values, 0, t.outputShape(new int[] {3, 1, 2}), new Random(0));
        assertArrayEquals(new float[] {8, 0, 0, 2, 1.5f, 2.5f}, values, 1e-6f);
    }

    @Test
    void normalizeWithChannelsNeedsThatManyChannels() {
        Transform t = Transforms.normalize(new double[] {0.5, 0.5, 0.5}, new double[] {0.2, 0.2, 0.2});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> t.outputShape(new int[] {784}));
        assertTrue(e.getMessage().contains("need images of shape [3, H, W], found [784]"), e.getMessage());
    }

    @Test
    void certainFlipMirrorsEachRow() {
        float[] values = pixels();
        Transforms.randomHorizontalFlip(1).apply(values, 0, IMAGE, new Random(0));
        assertArrayEquals(new float[] {3, 2, 1, 6, 5, 4, 9, 8, 7}, values);
    }

    @Test
    void flipWithProbabilityZeroChangesNothing() {
        float[] values = pixels();
        Transforms.randomHorizontalFlip(0).apply(values, 0, IMAGE, new Random(0));
        assertArrayEquals(pixels(), values);
    }

    @Test
    void cropOfPaddedImageShiftsItAndFillsWithZeros() {
        Random random = new Random(1);
        int dy = random.nextInt(3) - 1;
        int dx = random.nextInt(3) - 1;
        float[] expected = new float[9];
        for (int y = 0; y < 3; y++) {
            for (int x = 0; x < 3; x++) {
                boolean inside = y + dy >= 0 && y + dy < 3 && x + dx >= 0 && x + dx < 3;
                expected[y * 3 + x] = inside ? pixels()[(y + dy) * 3 + x + dx] : 0;
            }
        }
        float[] values = pixels();

        Transforms.randomCrop(1).apply(values, 0, IMAGE, new Random(1));

        assertArrayEquals(expected, values);
        assertTrue(dx != 0 || dy != 0, "seed 1 should give a real shift for this test to mean something");
    }

    @Test
    void cropWithoutPaddingKeepsTheImage() {
        float[] values = pixels();
        Transforms.randomCrop(0).apply(values, 0, IMAGE, new Random(3));
        assertArrayEquals(pixels(), values);
    }

    @Test
    void imageTransformsAfterFlattenExplainTheOrder() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Mnist.sample().transform(Transforms.flatten(), Transforms.randomHorizontalFlip(0.5)));
        assertTrue(e.getMessage().contains("randomHorizontalFlip: needs images of shape [C, H, W], found [784]"),
                e.getMessage());
    }
}
