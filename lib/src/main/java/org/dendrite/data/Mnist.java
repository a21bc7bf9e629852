package org.dendrite.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The MNIST handwritten digits (LeCun, Cortes and Burges): 28×28 grey images of the digits 0-9,
 * 60,000 for training and 10,000 for testing. Examples are 1×28×28 bytes 0..255 (0 = no ink);
 * add {@link Transforms#toFloat()} for values in [0, 1].
 *
 * <pre>{@code
 * Dataset digits = Mnist.sample();                       // 10,000 digits, no network needed
 * TrainTest full = Mnist.load();                          // downloads once into the cache
 * TrainTest local = Mnist.load(Path.of("data/mnist"));    // the four files from a folder
 * }</pre>
 */
public final class Mnist {

    /** The class names: the digits "0" to "9". */
    public static final List<String> CLASS_NAMES = List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");
    /** The mean pixel value of the training set, in [0, 1]: for {@link Transforms#normalize(double, double)}. */
    public static final double MEAN = 0.1307;
    /** The standard deviation of the training set's pixels, in [0, 1]. */
    public static final double STD = 0.3081;

    /** The mirrors the full set is downloaded from, tried in order. */
    static final List<String> MIRRORS = List.of(
            "https://ossci-datasets.s3.amazonaws.com/mnist/",
            "https://storage.googleapis.com/cvdf-datasets/mnist/");
    /** The SHA-256 checksums of the four files, in {@link IdxDatasets#FILE_NAMES} order. */
    static final List<String> SHA256 = List.of(
            "440fcabf73cc546fa21475e81ea370265605f56be210a4024d2ca8f203523609",
            "3552534a0a558bbed6aed32b30c495cca23d567ec52cac8be1a0730e8010255c",
            "8d422c7b0a1c1c79245a5bcf07fe86e33eeafee792b84584aec276f5a2dbc4e6",
            "f7ae60f92e00ec6debd23a6088c31dbd2371eca3ffa0defaefb259924204aec6");

    private static final String SAMPLE = "mnist-sample/mnist-sample-";

    private Mnist() {
    }

    /**
     * 10,000 real MNIST digits shipped inside the library, for work without a network. They are
     * shuffled once with a fixed seed, so any prefix is class-balanced: use the first 8,000 for
     * training and the last 2,000 for testing ({@code slice(0, 8000)}, {@code slice(8000, 10000)}).
     */
    public static Dataset sample() {
        IdxFile images = readResource(SAMPLE + "images-idx3-ubyte.gz");
        IdxFile labels = readResource(SAMPLE + "labels-idx1-ubyte.gz");
        return IdxDatasets.pair("mnist-sample", images, labels, CLASS_NAMES);
    }

    /**
     * The full MNIST training and test sets, downloaded once into the {@link DataCache} and
     * verified by SHA-256; later calls read the cache. Offline, the error says what to do.
     */
    public static TrainTest load() {
        return IdxDatasets.download(DataCache.standard(), "mnist", SHA256, MIRRORS, CLASS_NAMES,
                "load the files from a folder with Mnist.load(Path), or use the 10,000 digits of Mnist.sample()");
    }

    /**
     * The full MNIST sets from the four files in {@code folder}: {@code train-images-idx3-ubyte},
     * {@code train-labels-idx1-ubyte}, {@code t10k-images-idx3-ubyte}, {@code t10k-labels-idx1-ubyte},
     * each gzipped ({@code .gz}) or not.
     */
    public static TrainTest load(Path folder) {
        return IdxDatasets.load("mnist", folder, CLASS_NAMES);
    }

    private static IdxFile readResource(String resource) {
        try (InputStream in = Mnist.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The library jar lacks its MNIST sample " + resource);
            }
            return IdxFile.read(in, resource);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the MNIST sample " + resource, e);
        }
    }
}
