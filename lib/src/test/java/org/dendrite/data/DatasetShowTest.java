package org.dendrite.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.IntStream;
import org.dendrite.plot.ImageGrid;
import org.dendrite.tensor.Tensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.BitmapEncoder.BitmapFormat;
import org.knowm.xchart.XYChart;

class DatasetShowTest {

    @TempDir
    Path folder;

    @Test
    void mnistIsAnImageGridOfTheStoredDigitsEightARow() throws IOException {
        Dataset digits = Mnist.sample().transform(Transforms.toFloat(), Transforms.normalize(Mnist.MEAN, Mnist.STD));
        XYChart shown = digits.show(10);

        assertEquals(10, shown.getSeriesMap().size());
        assertEquals(8, shown.getStyler().getXAxisMax(), 1e-12);
        float[] stored = new float[10 * 784];
        for (int i = 0; i < 10; i++) {
            System.arraycopy(digits.rawExample(i), 0, stored, i * 784, 784);
        }
        String[] firstTen = IntStream.range(0, 10).mapToObj(i -> Mnist.CLASS_NAMES.get(digits.label(i))).toArray(String[]::new);
        XYChart expected = ImageGrid.images(digits.name(), Tensor.of(stored, 10, 1, 28, 28), 8, firstTen);
        assertArrayEquals(png(expected), png(shown), "the untransformed pixels under their labels");
    }

    @Test
    void cifarGridUsesClassNames() throws IOException {
        TestFiles.write(folder, "data_batch_1.bin", TestFiles.cifar(3, 2));
        TestFiles.write(folder, "test_batch.bin", TestFiles.cifar(1, 0));
        Dataset train = Cifar10.load(folder).train();

        XYChart shown = train.show(3);

        float[] stored = new float[3 * 3072];
        for (int i = 0; i < 3; i++) {
            System.arraycopy(train.rawExample(i), 0, stored, i * 3072, 3072);
        }
        Tensor pixels = Tensor.of(stored, 3, 3, 32, 32);
        assertArrayEquals(png(ImageGrid.images(train.name(), pixels, 3, "bird", "cat", "deer")), png(shown));
        assertFalse(Arrays.equals(png(ImageGrid.images(train.name(), pixels, 3, "cat", "cat", "deer")), png(shown)));
    }

    @Test
    void pointsAreNotImagesAndCountsAreChecked() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ToySets.ring(10, 1).show(4));
        assertTrue(e.getMessage().contains("ring holds examples of shape [2], not images"), e.getMessage());
        IllegalArgumentException count = assertThrows(IllegalArgumentException.class, () -> Mnist.sample().show(0));
        assertTrue(count.getMessage().contains("count must be in 1..10000"), count.getMessage());
    }

    private static byte[] png(XYChart chart) throws IOException {
        return BitmapEncoder.getBitmapBytes(chart, BitmapFormat.PNG);
    }
}
