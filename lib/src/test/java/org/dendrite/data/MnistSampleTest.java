package org.dendrite.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.dendrite.tensor.Tensor;
import org.junit.jupiter.api.Test;

class MnistSampleTest {

    /** The checksums and class counts published with the sample in shared/data/mnist-sample/README.md. */
    @Test
    void embeddedFilesHaveThePublishedChecksums() throws Exception {
        assertEquals("57ed9e199936161c63654c70805df2e38046a82d48f3f35a8355ed0831f363ee",
                sha256("mnist-sample/mnist-sample-images-idx3-ubyte.gz"));
        assertEquals("1ae6cff10665ed072738d77c8f0e64adee820dabdf41aa515646ae1834ab4958",
                sha256("mnist-sample/mnist-sample-labels-idx1-ubyte.gz"));
    }

    @Test
    void sampleHoldsTenThousandDigitsWithThePublishedClassCounts() {
        Dataset sample = Mnist.sample();

        assertEquals(10_000, sample.size());
        assertArrayEquals(new int[] {1, 28, 28}, sample.inputShape());
        assertEquals(Mnist.CLASS_NAMES, sample.classNames());
        int[] counts = new int[10];
        for (int i = 0; i < sample.size(); i++) {
            counts[sample.label(i)]++;
        }
        assertArrayEquals(new int[] {1001, 1127, 991, 1032, 980, 863, 1014, 1070, 944, 978}, counts);
    }

    @Test
    void pixelsScaledToFloatsSpanZeroToOneWithTheUsualMean() {
        Tensor pixels = Mnist.sample().slice(0, 1000).transform(Transforms.toFloat()).inputs();

        assertEquals(0, pixels.min().item(), 0);
        assertEquals(1, pixels.max().item(), 0);
        assertEquals(Mnist.MEAN, pixels.mean().item(), 0.01);
    }

    @Test
    void firstDigitsHaveTheirLabelsAsTargets() {
        Dataset sample = Mnist.sample();
        Batch batch = DataLoader.of(sample, 4).iterator().next();

        for (int i = 0; i < 4; i++) {
            assertEquals(sample.label(i), batch.targets().get(i), 0);
        }
    }

    private static String sha256(String resource) throws IOException, NoSuchAlgorithmException {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (InputStream in = Mnist.class.getResourceAsStream(resource)) {
            assertNotNull(in, resource);
            new DigestInputStream(in, digest).transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
