package org.dendrite.nn;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.dendrite.tensor.DType;
import org.dendrite.tensor.Tensor;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A module's named tensors as a NumPy {@code .npz} file, the form of a PyTorch state dict that
 * both sides read: a zip of one {@code .npy} array per name, written and read with ND4J's NumPy
 * support. Names are PyTorch's ({@code 0.weight}, {@code 1.running_mean}): Dendrite's camelCase
 * buffer names are written in snake_case and read back. PyTorch's {@code num_batches_tracked}
 * counters, which Dendrite does not keep, are skipped on reading.
 *
 * <pre>
 * model.load_state_dict({k: torch.from_numpy(v) for k, v in numpy.load("model.npz").items()}, strict=False)
 * numpy.savez("model.npz", **{k: v.numpy() for k, v in model.state_dict().items()})
 * </pre>
 */
final class NpzStateFile {

    private static final String SKIPPED = "num_batches_tracked";

    private NpzStateFile() {
    }

    /** Whether {@code file} is named as a NumPy archive. */
    static boolean isNpz(Path file) {
        return file.getFileName().toString().toLowerCase().endsWith(".npz");
    }

    static void write(Path file, Map<String, Tensor> state) {
        try (ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
            for (Map.Entry<String, Tensor> entry : state.entrySet()) {
                zip.putNextEntry(new ZipEntry(pytorchName(entry.getKey()) + ".npy"));
                zip.write(Nd4j.toNpyByteArray(array(entry.getValue())));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot save the model state to " + file + ": " + e, e);
        }
    }

    static Map<String, Tensor> read(Path file) {
        Map<String, Tensor> state = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName().replaceFirst("\\.npy$", "");
                if (name.equals(SKIPPED) || name.endsWith("." + SKIPPED)) {
                    continue;
                }
                byte[] bytes = zip.getInputStream(entry).readAllBytes();
                state.put(dendriteName(name), tensor(Nd4j.createNpyFromByteArray(bytes), name, file));
            }
        } catch (NoSuchFileException e) {
            throw new UncheckedIOException("Cannot load the model state: " + file + " does not exist", e);
        } catch (ZipException e) {
            throw new IllegalArgumentException(file + " is not a NumPy .npz archive (numpy.savez writes one)", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load the model state from " + file + ": " + e, e);
        }
        return state;
    }

    /** A fresh C-ordered CPU array of the tensor's values in its own type. */
    private static INDArray array(Tensor t) {
        long[] shape = Arrays.stream(t.shape()).asLongStream().toArray();
        INDArray flat = t.dtype() == DType.FLOAT64
                ? Nd4j.createFromArray(t.toDoubleArray())
                : Nd4j.createFromArray(t.toFloatArray());
        return shape.length == 0 ? flat.reshape() : flat.reshape('c', shape);
    }

    private static Tensor tensor(INDArray array, String name, Path file) {
        if (!array.dataType().isFPType()) {
            throw new IllegalArgumentException(file + ": " + name + " holds " + array.dataType()
                    + " values; a model state holds floating-point arrays");
        }
        double[] values = Nd4j.toFlattened('c', array).castTo(DataType.DOUBLE).toDoubleVector();
        int[] shape = Arrays.stream(array.shape()).mapToInt(Math::toIntExact).toArray();
        DType type = array.dataType() == DataType.DOUBLE ? DType.FLOAT64 : DType.FLOAT32;
        return shape.length == 0 ? Tensor.of(type, values).reshape() : Tensor.of(type, values, shape);
    }

    /** {@code 1.runningMean} as PyTorch names it: {@code 1.running_mean}. */
    static String pytorchName(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase();
    }

    /** {@code 1.running_mean} as Dendrite names it: {@code 1.runningMean}. */
    static String dendriteName(String name) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : name.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }
}
