package org.dendrite.nn;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dendrite.tensor.Autograd;
import org.dendrite.tensor.DType;
import org.dendrite.tensor.Tensor;

/**
 * A module's named tensors in a file: a header, then per tensor its name, element type, shape
 * and values (big-endian, float32 or float64 as held). Loading checks that the file and the
 * model have the same names and shapes before changing anything.
 */
final class StateFile {

    private static final String MAGIC = "dendrite-module-state";
    private static final int VERSION = 1;

    private StateFile() {
    }

    static void write(Path file, Map<String, Tensor> state) {
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
            out.writeUTF(MAGIC);
            out.writeInt(VERSION);
            out.writeInt(state.size());
            for (Map.Entry<String, Tensor> entry : state.entrySet()) {
                Tensor t = entry.getValue();
                out.writeUTF(entry.getKey());
                out.writeUTF(t.dtype().name());
                out.writeInt(t.dim());
                for (int size : t.shape()) {
                    out.writeInt(size);
                }
                if (t.dtype() == DType.FLOAT64) {
                    for (double v : t.toDoubleArray()) {
                        out.writeDouble(v);
                    }
                } else {
                    for (float v : t.toFloatArray()) {
                        out.writeFloat(v);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot save the model state to " + file + ": " + e, e);
        }
    }

    static Map<String, Tensor> read(Path file) {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            if (!MAGIC.equals(readMagic(in)) || in.readInt() != VERSION) {
                throw new IllegalArgumentException(file + " is not a model state saved by Module.save (version " + VERSION + ")");
            }
            int count = in.readInt();
            Map<String, Tensor> state = new LinkedHashMap<>();
            for (int i = 0; i < count; i++) {
                String name = in.readUTF();
                DType dtype = DType.valueOf(in.readUTF());
                int[] shape = new int[in.readInt()];
                for (int d = 0; d < shape.length; d++) {
                    shape[d] = in.readInt();
                }
                double[] values = new double[Math.toIntExact(Arrays.stream(shape).asLongStream().reduce(1, (a, b) -> a * b))];
                for (int j = 0; j < values.length; j++) {
                    values[j] = dtype == DType.FLOAT64 ? in.readDouble() : in.readFloat();
                }
                Tensor t = shape.length == 0 ? Tensor.scalar(values[0]) : Tensor.of(values, shape);
                state.put(name, t.to(dtype));
            }
            return state;
        } catch (NoSuchFileException e) {
            throw new UncheckedIOException("Cannot load the model state: " + file + " does not exist", e);
        } catch (EOFException e) {
            throw new IllegalArgumentException(file + " ends early: it is not a complete model state saved by Module.save", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load the model state from " + file + ": " + e, e);
        }
    }

    /** The magic string, or null where the file does not start with one. */
    private static String readMagic(DataInputStream in) throws IOException {
        try {
            return in.readUTF();
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }

    /** Copies {@code saved} into {@code target}, after checking that both hold the same names and shapes. */
    static void copyInto(Map<String, Tensor> target, Map<String, Tensor> saved, Path file) {
        List<String> problems = new ArrayList<>();
        List<String> missing = target.keySet().stream().filter(name -> !saved.containsKey(name)).toList();
        List<String> unexpected = saved.keySet().stream().filter(name -> !target.containsKey(name)).toList();
        if (!missing.isEmpty()) {
            problems.add("not in the file: " + String.join(", ", missing));
        }
        if (!unexpected.isEmpty()) {
            problems.add("not in this model: " + String.join(", ", unexpected));
        }
        target.forEach((name, t) -> {
            Tensor s = saved.get(name);
            if (s != null && !Arrays.equals(s.shape(), t.shape())) {
                problems.add(name + " is " + Arrays.toString(s.shape()) + " in the file but "
                        + Arrays.toString(t.shape()) + " in this model");
            }
        });
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(file + " was saved from a different architecture; " + String.join("; ", problems));
        }
        try (Autograd.NoGrad off = Autograd.noGrad()) {
            target.forEach((name, t) -> t.copyFrom(saved.get(name).to(t.dtype())));
        }
    }
}
