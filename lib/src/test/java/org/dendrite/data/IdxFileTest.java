package org.dendrite.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import org.dendrite.tensor.Tensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdxFileTest {

    @TempDir
    Path folder;

    @Test
    void readsRawAndGzippedFilesAlike() {
        byte[] raw = TestFiles.images(3);
        IdxFile plain = IdxFile.read(TestFiles.write(folder, "images", raw));
        IdxFile packed = IdxFile.read(TestFiles.write(folder, "images.gz", TestFiles.gzip(raw)));

        assertArrayEquals(new int[] {3, 28, 28}, plain.dims());
        assertEquals(IdxFile.IMAGES_MAGIC, plain.magic());
        assertArrayEquals(plain.values(), packed.values());
        assertEquals(2 + 5, plain.values()[2 * 784 + 5]);
    }

    @Test
    void wrongMagicNamesTheFileAndBothNumbers() {
        byte[] bytes = TestFiles.labels(4);
        bytes[2] = 0x0D;  // float type instead of unsigned byte
        Path file = TestFiles.write(folder, "labels", bytes);

        DataFileException e = assertThrows(DataFileException.class, () -> IdxFile.read(file));
        assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("expected magic 0x00000801 (labels) or 0x00000803 (images), found 0x00000d01"),
                e.getMessage());
    }

    @Test
    void truncatedRawFileSaysHowManyBytesAreMissing() {
        byte[] bytes = TestFiles.images(2);
        Path file = TestFiles.write(folder, "images", Arrays.copyOf(bytes, bytes.length - 100));

        DataFileException e = assertThrows(DataFileException.class, () -> IdxFile.read(file));
        assertTrue(e.getMessage().contains("truncated: header shape [2, 28, 28] needs 1568 bytes of values, found 1468"),
                e.getMessage());
    }

    @Test
    void truncatedGzipFileIsReportedAsTruncated() {
        byte[] packed = TestFiles.gzip(TestFiles.images(50));
        Path file = TestFiles.write(folder, "images.gz", Arrays.copyOf(packed, packed.length / 2));

        DataFileException e = assertThrows(DataFileException.class, () -> IdxFile.read(file));
        assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains("truncated"), e.getMessage());
    }

    @Test
    void fileEndingInsideTheHeaderIsTruncated() {
        Path file = TestFiles.write(folder, "labels", Arrays.copyOf(TestFiles.labels(4), 6));

        DataFileException e = assertThrows(DataFileException.class, () -> IdxFile.read(file));
        assertTrue(e.getMessage().contains("ends inside the header"), e.getMessage());
    }

    @Test
    void extraBytesAfterTheValuesAreAnError() {
        byte[] bytes = TestFiles.labels(4);
        Path file = TestFiles.write(folder, "labels", Arrays.copyOf(bytes, bytes.length + 3));

        DataFileException e = assertThrows(DataFileException.class, () -> IdxFile.read(file));
        assertTrue(e.getMessage().contains("more bytes than header shape [4] needs"), e.getMessage());
    }

    @Test
    void loadsAFolderOfFourFilesGzippedOrNot() {
        TestFiles.write(folder, "train-images-idx3-ubyte.gz", TestFiles.gzip(TestFiles.images(20)));
        TestFiles.write(folder, "train-labels-idx1-ubyte", TestFiles.labels(20));
        TestFiles.write(folder, "t10k-images-idx3-ubyte", TestFiles.images(5));
        TestFiles.write(folder, "t10k-labels-idx1-ubyte.gz", TestFiles.gzip(TestFiles.labels(5)));

        TrainTest sets = Mnist.load(folder);

        assertEquals(20, sets.train().size());
        assertEquals(5, sets.test().size());
        assertEquals(7, sets.train().label(17));
        Tensor first = DataLoader.of(sets.test(), 5).iterator().next().inputs();
        assertArrayEquals(new int[] {5, 1, 28, 28}, first.shape());
        assertEquals(3 + 10, first.get(3, 0, 0, 10), 0);
    }

    @Test
    void labelCountThatDoesNotMatchTheImagesNamesBothFiles() {
        TestFiles.write(folder, "train-images-idx3-ubyte", TestFiles.images(20));
        TestFiles.write(folder, "train-labels-idx1-ubyte", TestFiles.labels(19));
        TestFiles.write(folder, "t10k-images-idx3-ubyte", TestFiles.images(5));
        TestFiles.write(folder, "t10k-labels-idx1-ubyte", TestFiles.labels(5));

        DataFileException e = assertThrows(DataFileException.class, () -> Mnist.load(folder));
        assertTrue(e.getMessage().contains("train-labels-idx1-ubyte: holds 19 labels but")
                && e.getMessage().contains("train-images-idx3-ubyte holds 20 images"), e.getMessage());
    }

    @Test
    void imagesWhereLabelsBelongNamesTheExpectedMagic() {
        TestFiles.write(folder, "train-images-idx3-ubyte", TestFiles.images(2));
        TestFiles.write(folder, "train-labels-idx1-ubyte", TestFiles.images(2));
        TestFiles.write(folder, "t10k-images-idx3-ubyte", TestFiles.images(2));
        TestFiles.write(folder, "t10k-labels-idx1-ubyte", TestFiles.labels(2));

        DataFileException e = assertThrows(DataFileException.class, () -> FashionMnist.load(folder));
        assertTrue(e.getMessage().contains("train-labels-idx1-ubyte: expected an IDX file of labels (magic 0x00000801), "
                + "found magic 0x00000803"), e.getMessage());
    }

    @Test
    void labelOutsideTheClassesIsAnError() {
        byte[] labels = TestFiles.labels(3);
        labels[8 + 1] = 12;
        TestFiles.write(folder, "train-images-idx3-ubyte", TestFiles.images(3));
        TestFiles.write(folder, "train-labels-idx1-ubyte", labels);
        TestFiles.write(folder, "t10k-images-idx3-ubyte", TestFiles.images(3));
        TestFiles.write(folder, "t10k-labels-idx1-ubyte", TestFiles.labels(3));

        DataFileException e = assertThrows(DataFileException.class, () -> Mnist.load(folder));
        assertTrue(e.getMessage().contains("label 1 is 12, expected a class index in 0..9"), e.getMessage());
    }

    @Test
    void missingFileListsTheFilesTheFolderNeeds() {
        DataUnavailableException e = assertThrows(DataUnavailableException.class, () -> Mnist.load(folder));
        assertTrue(e.getMessage().contains("has neither train-images-idx3-ubyte.gz nor train-images-idx3-ubyte")
                && e.getMessage().contains("t10k-labels-idx1-ubyte.gz"), e.getMessage());
    }
}
