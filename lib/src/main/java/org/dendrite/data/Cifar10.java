package org.dendrite.data;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * CIFAR-10 (Krizhevsky, 2009): 32×32 colour images in ten classes, 50,000 for training and
 * 10,000 for testing, the data set of the slides' linear classifier and ConvNetJS demo. Examples
 * are 3×32×32 bytes 0..255 (red, green and blue planes); add {@link Transforms#toFloat()}.
 *
 * <p>The binary version is read: files {@code data_batch_1.bin} ... {@code data_batch_5.bin} and
 * {@code test_batch.bin}, each a sequence of 3,073-byte records (one label byte, then 1,024 red,
 * 1,024 green and 1,024 blue pixel bytes, row by row).
 */
public final class Cifar10 {

    /** The class names, in label order. */
    public static final List<String> CLASS_NAMES = List.of("airplane", "automobile", "bird", "cat", "deer", "dog",
            "frog", "horse", "ship", "truck");

    /** The size of one image in values: 3 channels of 32×32 pixels. */
    static final int IMAGE_SIZE = 3 * 32 * 32;
    private static final int RECORD_SIZE = 1 + IMAGE_SIZE;
    private static final String FOLDER = "cifar-10-batches-bin";
    private static final RemoteFile ARCHIVE = new RemoteFile("cifar-10", "cifar-10-binary.tar.gz",
            "c4a38c50a1bc5f3a1c5537f2155ab9d68f9f25eb1ed8d9ddda3db29a59bca1dd",
            List.of(URI.create("https://www.cs.toronto.edu/~kriz/cifar-10-binary.tar.gz")));

    private Cifar10() {
    }

    /**
     * The training and test sets, downloaded once (170 MB) into the {@link DataCache}, verified
     * by SHA-256 and unpacked there; later calls read the unpacked files.
     */
    public static TrainTest load() {
        return download(DataCache.standard(), ARCHIVE);
    }

    /** Whether {@link #load()} would read the cache without downloading: the unpacked files are there. */
    public static boolean isCached() {
        return Files.isDirectory(unpackedFolder(DataCache.standard(), ARCHIVE));
    }

    /**
     * A tiny synthetic stand-in with CIFAR-10's image shape and class names, for machines without
     * the real set: class k is a colour and a stripe direction of its own, plus noise, so a small
     * net learns it in seconds. Its name says it is synthetic; its accuracy says nothing about CIFAR-10.
     */
    public static Dataset syntheticStandIn(int n, long seed) {
        Random random = new Random(seed);
        byte[] pixels = new byte[n * IMAGE_SIZE];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            int k = i % CLASS_NAMES.size();
            labels[i] = k;
            Color colour = Color.getHSBColor(k / 10f, 0.7f, 0.9f);
            int[] rgb = {colour.getRed(), colour.getGreen(), colour.getBlue()};
            double angle = Math.PI * k / CLASS_NAMES.size();
            for (int c = 0; c < 3; c++) {
                for (int y = 0; y < 32; y++) {
                    for (int x = 0; x < 32; x++) {
                        double stripe = Math.sin((x * Math.cos(angle) + y * Math.sin(angle)) * Math.PI / 4);
                        double value = rgb[c] * (0.7 + 0.3 * stripe) + 25 * random.nextGaussian();
                        pixels[i * IMAGE_SIZE + c * 1024 + y * 32 + x] = (byte) Math.max(0, Math.min(255, Math.round(value)));
                    }
                }
            }
        }
        return Dataset.images("synthetic stand-in for cifar-10 (not real images)", pixels, new int[] {3, 32, 32},
                labels, CLASS_NAMES);
    }

    /** The sets from {@code archive} in {@code cache}, downloaded and unpacked there the first time. */
    static TrainTest download(DataCache cache, RemoteFile archive) {
        Path unpacked = unpackedFolder(cache, archive);
        if (!Files.isDirectory(unpacked)) {
            Path downloaded = cache.fetch(archive, "or unpack cifar-10-binary.tar.gz yourself and use Cifar10.load(Path)");
            unpack(downloaded, unpacked);
        }
        return load(unpacked);
    }

    /**
     * The training and test sets from {@code folder}: the folder {@code cifar-10-batches-bin}
     * itself or the one holding it. Training uses every {@code data_batch_*.bin}, in name order.
     */
    public static TrainTest load(Path folder) {
        Path batches = Files.isDirectory(folder.resolve(FOLDER)) ? folder.resolve(FOLDER) : folder;
        List<Path> train;
        try (Stream<Path> files = Files.list(batches)) {
            train = files.filter(f -> f.getFileName().toString().matches("data_batch_\\d+\\.bin")).sorted().toList();
        } catch (IOException e) {
            throw new DataUnavailableException("cifar-10: cannot list " + batches + ": " + e.getMessage()
                    + "; expected the folder cifar-10-batches-bin of the binary version");
        }
        Path test = batches.resolve("test_batch.bin");
        if (train.isEmpty() || !Files.isRegularFile(test)) {
            throw new DataUnavailableException("cifar-10: " + batches + " lacks "
                    + (train.isEmpty() ? "data_batch_1.bin ... data_batch_5.bin" : "test_batch.bin")
                    + "; expected the unpacked binary version (cifar-10-binary.tar.gz)");
        }
        return new TrainTest(read("cifar-10-train", train), read("cifar-10-test", List.of(test)));
    }

    /** The images of the binary batch {@code files}, one after the other, as one data set. */
    public static Dataset read(String name, List<Path> files) {
        byte[][] contents = new byte[files.size()][];
        int records = 0;
        for (int f = 0; f < files.size(); f++) {
            contents[f] = readAll(files.get(f));
            if (contents[f].length % RECORD_SIZE != 0) {
                throw new DataFileException(files.get(f).toString(), "truncated: " + contents[f].length
                        + " bytes is not a whole number of " + RECORD_SIZE + "-byte records (found "
                        + contents[f].length / RECORD_SIZE + " records and " + contents[f].length % RECORD_SIZE
                        + " bytes more)");
            }
            records += contents[f].length / RECORD_SIZE;
        }
        byte[] pixels = new byte[records * IMAGE_SIZE];
        int[] labels = new int[records];
        int next = 0;
        for (int f = 0; f < files.size(); f++) {
            for (int r = 0; r < contents[f].length / RECORD_SIZE; r++, next++) {
                labels[next] = contents[f][r * RECORD_SIZE] & 0xFF;
                if (labels[next] >= CLASS_NAMES.size()) {
                    throw new DataFileException(files.get(f).toString(), "record " + r + " has label " + labels[next]
                            + ", expected a class index in 0..9 (is this the binary version of CIFAR-10?)");
                }
                System.arraycopy(contents[f], r * RECORD_SIZE + 1, pixels, next * IMAGE_SIZE, IMAGE_SIZE);
            }
        }
        return Dataset.images(name, pixels, new int[] {3, 32, 32}, labels, CLASS_NAMES);
    }

    /** Where {@code archive}'s batches are unpacked in {@code cache}: beside the downloaded archive. */
    private static Path unpackedFolder(DataCache cache, RemoteFile archive) {
        return cache.pathOf(archive).resolveSibling(FOLDER);
    }

    /** Unpacks into a temporary folder and renames it into place, so that a half unpacking is never used. */
    private static void unpack(Path archive, Path unpacked) {
        Path parent = unpacked.getParent();
        try {
            Path scratch = Files.createTempDirectory(parent, FOLDER + ".");
            try {
                TarArchive.extract(archive, scratch);
                Path extracted = scratch.resolve(FOLDER);
                if (!Files.isDirectory(extracted)) {
                    throw new DataFileException(archive.toString(), "expected a folder " + FOLDER + " in the archive");
                }
                Files.move(extracted, unpacked, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                deleteTree(scratch);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot unpack " + archive + " into " + parent + ": " + e.getMessage(), e);
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static byte[] readAll(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
