package org.dendrite.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageGridTest {

    @TempDir
    Path folder;

    @Test
    void mnistGridIsAPngWithDigitLabels() throws Exception {
        Dataset digits = Mnist.sample();
        SampleGrid grid = digits.show(10);

        Map<String, String> bundle = grid.mimeBundle();
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(bundle.get("image/png"))));

        assertEquals(8 * 76, png.getWidth(), "8 columns of 72-pixel cells with a 4-pixel gap");
        assertEquals(2 * (56 + 16 + 4), png.getHeight(), "two rows of 56-pixel images with labels");
        assertEquals(String.valueOf(digits.label(9)), grid.labels().get(9));
        assertTrue(bundle.get("text/plain").startsWith("10 images of mnist-sample: "), bundle.get("text/plain"));
    }

    @Test
    void digitPixelsAreDrawnAsStored() {
        Dataset digits = Mnist.sample();
        BufferedImage image = digits.show(1).image();
        float[] pixels = digits.rawExample(0);

        int brightest = 0;
        for (int i = 1; i < pixels.length; i++) {
            brightest = pixels[i] > pixels[brightest] ? i : brightest;
        }
        int left = (76 - 56) / 2;
        int grey = image.getRGB(left + 2 * (brightest % 28), 2 * (brightest / 28)) & 0xFF;
        assertEquals((int) pixels[brightest], grey);
    }

    @Test
    void cifarGridUsesClassNames() {
        TestFiles.write(folder, "data_batch_1.bin", TestFiles.cifar(3, 2));
        TestFiles.write(folder, "test_batch.bin", TestFiles.cifar(1, 0));

        SampleGrid grid = Cifar10.load(folder).train().show(3);

        assertEquals(List.of("bird", "cat", "deer"), grid.labels());
    }

    @Test
    void pointsAreNotImages() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ToySets.ring(10, 1).show(4));
        assertTrue(e.getMessage().contains("ring holds examples of shape [2], not images"), e.getMessage());
    }
}
