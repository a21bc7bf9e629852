package org.dendrite.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.dendrite.tensor.Tensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Cifar10Test {

    @TempDir
    Path folder;

    @Test
    void readsBatchesInNameOrderAsThreeChannelImages() throws Exception {
        Path batches = Files.createDirectory(folder.resolve("cifar-10-batches-bin"));
        TestFiles.write(batches, "data_batch_2.bin", TestFiles.cifar(3, 5));
        TestFiles.write(batches, "data_batch_1.bin", TestFiles.cifar(5, 0));
        TestFiles.write(batches, "test_batch.bin", TestFiles.cifar(2, 0));

        TrainTest sets = Cifar10.load(folder);

        assertEquals(8, sets.train().size());
        assertEquals(2, sets.test().size());
        assertEquals(6, sets.train().label(6));
        assertEquals("frog", sets.train().classNames().get(sets.train().label(6)));
        Tensor batch = DataLoader.of(sets.train(), 8).iterator().next().inputs();
        assertArrayEquals(new int[] {8, 3, 32, 32}, batch.shape());
        assertEquals(1 + 2, batch.get(6, 2, 31, 31), 0);
    }

    @Test
    void truncatedBatchNamesTheFileAndTheRecordSize() {
        byte[] records = TestFiles.cifar(2, 0);
        Path file = TestFiles.write(folder, "data_batch_1.bin", Arrays.copyOf(records, records.length - 10));

        DataFileException e = assertThrows(DataFileException.class, () -> Cifar10.read("cifar", List.of(file)));
        assertTrue(e.getMessage().contains(file + ": truncated: 6136 bytes is not a whole number of 3073-byte records"),
                e.getMessage());
    }

    @Test
    void labelOutsideTheTenClassesIsAnError() {
        byte[] records = TestFiles.cifar(2, 0);
        records[3073] = 10;
        Path file = TestFiles.write(folder, "data_batch_1.bin", records);

        DataFileException e = assertThrows(DataFileException.class, () -> Cifar10.read("cifar", List.of(file)));
        assertTrue(e.getMessage().contains("record 1 has label 10, expected a class index in 0..9"), e.getMessage());
    }

    @Test
    void folderWithoutTestBatchSaysWhatIsMissing() {
        TestFiles.write(folder, "data_batch_1.bin", TestFiles.cifar(1, 0));

        DataUnavailableException e = assertThrows(DataUnavailableException.class, () -> Cifar10.load(folder));
        assertTrue(e.getMessage().contains("lacks test_batch.bin"), e.getMessage());
    }

    @Test
    void cifarAugmentationKeepsTheShape() {
        TestFiles.write(folder, "data_batch_1.bin", TestFiles.cifar(4, 0));
        TestFiles.write(folder, "test_batch.bin", TestFiles.cifar(1, 0));
        Dataset train = Cifar10.load(folder).train().transform(Transforms.toFloat(),
                Transforms.normalize(new double[] {0.49, 0.48, 0.45}, new double[] {0.25, 0.24, 0.26}),
                Transforms.randomHorizontalFlip(0.5), Transforms.randomCrop(4));

        Batch batch = DataLoader.of(train, 4).shuffle(1).iterator().next();

        assertArrayEquals(new int[] {4, 3, 32, 32}, batch.inputs().shape());
    }

    @Test
    void syntheticStandInHasCifarShapesAndSaysItIsSynthetic() {
        Dataset standIn = Cifar10.syntheticStandIn(50, 3);

        assertEquals(50, standIn.size());
        assertEquals(List.of(3, 32, 32), Arrays.stream(standIn.inputShape()).boxed().toList());
        assertEquals(Cifar10.CLASS_NAMES, standIn.classNames());
        assertTrue(standIn.name().startsWith("synthetic stand-in"), standIn.name());
        assertEquals(5, IntStream.range(0, 50).filter(i -> standIn.label(i) == 7).count());
        assertArrayEquals(standIn.inputs().toFloatArray(), Cifar10.syntheticStandIn(50, 3).inputs().toFloatArray());
    }
}
