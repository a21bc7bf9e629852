package org.dendrite.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * MNIST-style data sets: four IDX files (training and test images and labels), read from a
 * folder or from the cache. MNIST and Fashion-MNIST share this layout and these file names.
 */
final class IdxDatasets {

    /** The four files as published, gzipped: train images, train labels, test images, test labels. */
    static final List<String> FILE_NAMES = List.of("train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz",
            "t10k-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte.gz");

    private IdxDatasets() {
    }

    /** Images and labels read from two IDX files, checked to match each other. */
    static Dataset pair(String name, IdxFile images, IdxFile labels, List<String> classNames) {
        images.require(IdxFile.IMAGES_MAGIC, "images");
        labels.require(IdxFile.LABELS_MAGIC, "labels");
        int count = images.dims()[0];
        if (labels.dims()[0] != count) {
            throw new DataFileException(labels.name(), "holds " + labels.dims()[0] + " labels but "
                    + images.name() + " holds " + count + " images: expected one label per image");
        }
        int[] ids = new int[count];
        for (int i = 0; i < count; i++) {
            ids[i] = labels.values()[i] & 0xFF;
            if (ids[i] >= classNames.size()) {
                throw new DataFileException(labels.name(), "label " + i + " is " + ids[i]
                        + ", expected a class index in 0.." + (classNames.size() - 1));
            }
        }
        int[] imageShape = {1, images.dims()[1], images.dims()[2]};
        return Dataset.images(name, images.values(), imageShape, ids, classNames);
    }

    /**
     * The training and test sets from the four files in {@code folder}, gzipped or not; an error
     * lists the files it needs when one is missing.
     */
    static TrainTest load(String name, Path folder, List<String> classNames) {
        List<Path> files = new ArrayList<>();
        for (String file : FILE_NAMES) {
            files.add(find(folder, file, name));
        }
        Dataset train = pair(name + "-train", IdxFile.read(files.get(0)), IdxFile.read(files.get(1)), classNames);
        Dataset test = pair(name + "-test", IdxFile.read(files.get(2)), IdxFile.read(files.get(3)), classNames);
        return new TrainTest(train, test);
    }

    /** The four files of {@code name}, downloaded once into the folder {@code name} of {@code cache}. */
    static TrainTest download(DataCache cache, String name, List<String> sha256, List<String> mirrors,
            List<String> classNames, String alternatives) {
        for (int i = 0; i < FILE_NAMES.size(); i++) {
            cache.fetch(RemoteFile.onMirrors(name, FILE_NAMES.get(i), sha256.get(i), mirrors), alternatives);
        }
        return load(name, cache.directory().resolve(name), classNames);
    }

    private static Path find(Path folder, String gzipped, String name) {
        Path packed = folder.resolve(gzipped);
        Path raw = folder.resolve(gzipped.substring(0, gzipped.length() - ".gz".length()));
        return Stream.of(packed, raw).filter(Files::isRegularFile).findFirst().orElseThrow(() ->
                new DataUnavailableException(name + ": " + folder + " has neither " + packed.getFileName()
                        + " nor " + raw.getFileName() + "; the folder must hold the four files "
                        + String.join(", ", FILE_NAMES) + " (gzipped or not)"));
    }
}
