package org.dendrite.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dendrite.tensor.DType;
import org.dendrite.tensor.Tensor;
import org.junit.jupiter.api.Test;

class DatasetTest {

    /** 10 examples whose single input value is the example's number, labelled by parity. */
    private static Dataset numbered(int n) {
        double[] ids = new double[n];
        double[] parity = new double[n];
        for (int i = 0; i < n; i++) {
            ids[i] = i;
            parity[i] = i % 2;
        }
        return Dataset.classification("numbered", Tensor.of(ids, n, 1), Tensor.of(parity), "even", "odd");
    }

    private static List<Integer> ids(Dataset dataset) {
        List<Integer> ids = new ArrayList<>();
        for (float v : dataset.inputs().toFloatArray()) {
            ids.add((int) v);
        }
        return ids;
    }

    private static List<Integer> epoch(DataLoader loader) {
        List<Integer> order = new ArrayList<>();
        for (Batch batch : loader) {
            for (float v : batch.inputs().toFloatArray()) {
                order.add((int) v);
            }
        }
        return order;
    }

    @Test
    void batchesComeInOrderWithASmallerLastBatch() {
        DataLoader loader = DataLoader.of(numbered(10), 4);

        List<Batch> batches = new ArrayList<>();
        loader.forEach(batches::add);

        assertEquals(3, loader.size());
        assertEquals(List.of(4, 4, 2), batches.stream().map(Batch::size).toList());
        assertArrayEquals(new int[] {4, 1}, batches.get(0).inputs().shape());
        assertArrayEquals(new int[] {4}, batches.get(0).targets().shape());
        assertArrayEquals(new float[] {8, 9}, batches.get(2).inputs().toFloatArray());
        assertArrayEquals(new long[] {0, 1}, batches.get(2).targets().toLongArray());
        assertEquals(DType.INT64, batches.get(2).targets().dtype(), "class labels are int64, as PyTorch's");
    }

    @Test
    void dropLastSkipsTheIncompleteBatch() {
        DataLoader loader = DataLoader.of(numbered(10), 4).dropLast(true);

        assertEquals(2, loader.size());
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7), epoch(loader));
    }

    @Test
    void shufflingWithTheSameSeedRepeatsEveryEpoch() {
        DataLoader a = DataLoader.of(numbered(50), 8).shuffle(7);
        DataLoader b = DataLoader.of(numbered(50), 8).shuffle(7);

        List<Integer> firstA = epoch(a);
        List<Integer> secondA = epoch(a);
        assertEquals(firstA, epoch(b));
        assertEquals(secondA, epoch(b));
        assertNotEquals(firstA, secondA, "each epoch has a new order");
        assertNotEquals(firstA, epoch(DataLoader.of(numbered(50), 8).shuffle(8)));
        assertEquals(new HashSet<>(firstA), Set.copyOf(ids(numbered(50))), "an epoch visits every example once");
        assertEquals(50, firstA.size());
    }

    @Test
    void randomSplitPartsDoNotOverlapAndCoverEverything() {
        List<Dataset> parts = numbered(103).randomSplit(42, 0.8, 0.1, 0.1);

        assertEquals(List.of(83, 10, 10), parts.stream().map(Dataset::size).toList());
        Set<Integer> seen = new HashSet<>();
        for (Dataset part : parts) {
            for (int id : ids(part)) {
                assertTrue(seen.add(id), "example " + id + " is in two parts");
            }
        }
        assertEquals(103, seen.size());
        assertEquals(ids(parts.get(1)), ids(numbered(103).randomSplit(42, 0.8, 0.1, 0.1).get(1)));
    }

    @Test
    void randomSplitLeavesAPartAskedToBeEmptyEmpty() {
        List<Dataset> parts = numbered(3).randomSplit(1, 0, 0.5, 0.5);

        assertEquals(List.of(0, 2, 1), parts.stream().map(Dataset::size).toList());
    }

    @Test
    void randomSplitRejectsFractionsThatDoNotAddUpToOne() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> numbered(10).randomSplit(1, 0.8, 0.1));
        assertTrue(e.getMessage().contains("must add up to 1, got [0.8, 0.1]"), e.getMessage());
    }

    @Test
    void kFoldValidationPartsPartitionTheDataAndNeverMeetTheirTraining() {
        List<Fold> folds = numbered(23).kFold(5, 3);

        assertEquals(5, folds.size());
        Set<Integer> validated = new HashSet<>();
        for (Fold fold : folds) {
            Set<Integer> train = new HashSet<>(ids(fold.train()));
            List<Integer> validation = ids(fold.validation());
            assertEquals(23, train.size() + validation.size());
            for (int id : validation) {
                assertFalse(train.contains(id), "example " + id + " is in training and validation");
                assertTrue(validated.add(id), "example " + id + " is validated twice");
            }
            assertTrue(validation.size() == 4 || validation.size() == 5, "fold sizes differ by at most one");
        }
        assertEquals(23, validated.size());
    }

    @Test
    void sliceAndSubsetPickExamplesInTheGivenOrder() {
        Dataset numbers = numbered(10);

        assertEquals(List.of(3, 4, 5), ids(numbers.slice(3, 6)));
        assertEquals(List.of(9, 0, 5), ids(numbers.subset(9, 0, 5)));
        assertEquals(List.of(5), ids(numbers.slice(3, 6).subset(2)));
        assertEquals(1, numbers.slice(3, 6).label(2));
        assertThrows(IndexOutOfBoundsException.class, () -> numbers.slice(8, 11));
    }

    @Test
    void oneHotTargetsHaveOneRowPerExample() {
        Batch batch = DataLoader.of(numbered(3).oneHot(), 3).iterator().next();

        assertArrayEquals(new int[] {3, 2}, batch.targets().shape());
        assertArrayEquals(new float[] {1, 0, 0, 1, 1, 0}, batch.targets().toFloatArray());
        assertEquals(DType.FLOAT32, batch.targets().dtype());
    }

    @Test
    void regressionTargetsKeepTheirShape() {
        Dataset line = Dataset.regression("pairs", Tensor.of(new double[] {1, 2, 3, 4, 5, 6}, 3, 2),
                Tensor.of(new double[] {10, 20, 30}, 3, 1));

        Batch batch = DataLoader.of(line, 2).iterator().next();

        assertArrayEquals(new int[] {2, 2}, batch.inputs().shape());
        assertArrayEquals(new float[] {10, 20}, batch.targets().toFloatArray());
        assertArrayEquals(new int[] {2, 1}, batch.targets().shape());
        assertEquals(DType.FLOAT32, batch.targets().dtype());
        assertEquals(List.of(), line.classNames());
    }

    @Test
    void mnistBatchesAreShapedForConvolutionOrForLinearLayers() {
        Dataset digits = Mnist.sample().slice(0, 100);

        Batch images = DataLoader.of(digits.transform(Transforms.toFloat()), 64).iterator().next();
        Batch rows = DataLoader.of(digits.transform(Transforms.toFloat(), Transforms.flatten()), 64).iterator().next();

        assertArrayEquals(new int[] {64, 1, 28, 28}, images.inputs().shape());
        assertArrayEquals(new int[] {64, 784}, rows.inputs().shape());
        assertArrayEquals(images.inputs().toFloatArray(), rows.inputs().toFloatArray());
        assertEquals("mnist-sample: 100 examples of [784], 10 classes (0, 1, 2, 3, 4, 5, 6, 7, 8, 9)",
                digits.transform(Transforms.flatten()).toString());
    }

    @Test
    void labelsOutsideTheClassNamesAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () ->
                Dataset.classification("bad", Tensor.zeros(2, 3), Tensor.of(0, 2), "a", "b"));
        assertTrue(e.getMessage().contains("label 2 of example 1 is not in 0..1"), e.getMessage());
    }

    @Test
    void inputsAndTargetsMustHaveTheSameNumberOfExamples() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () ->
                Dataset.regression("bad", Tensor.zeros(4, 2), Tensor.zeros(3, 1)));
        assertTrue(e.getMessage().contains("4 inputs but targets of shape [3, 1]"), e.getMessage());
    }

    @Test
    void randomTransformsRepeatWithTheLoaderSeed() {
        Dataset flipped = numberedImages().transform(Transforms.randomHorizontalFlip(0.5), Transforms.randomCrop(1));

        float[] a = DataLoader.of(flipped, 16).shuffle(5).iterator().next().inputs().toFloatArray();
        float[] b = DataLoader.of(flipped, 16).shuffle(5).iterator().next().inputs().toFloatArray();
        float[] c = DataLoader.of(flipped, 16).shuffle(6).iterator().next().inputs().toFloatArray();

        assertArrayEquals(a, b);
        assertFalse(Arrays.equals(a, c));
    }

    /** 16 grey 1×3×3 images with pixels 1..9. */
    private static Dataset numberedImages() {
        double[] pixels = new double[16 * 9];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = i % 9 + 1;
        }
        return Dataset.classification("images", Tensor.of(pixels, 16, 1, 3, 3), Tensor.zeros(16), "only");
    }
}
