package org.dendrite.tensor.cuda;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dendrite.tensor.backend.Backend;
import org.junit.jupiter.api.Test;

/**
 * The CUDA C sources and the committed PTX stay in step, and the kernels agree with the Java
 * side on operation codes and kernel names. Runs without a GPU.
 */
class KernelSourceTest {

    private static final Path SOURCES = Path.of("src/main/cuda");
    private static final Path PTX = Path.of("src/main/resources/org/dendrite/tensor/kernels");

    @Test
    void everyPtxRecordsTheHashOfItsCurrentSources() throws IOException {
        List<Path> sources = list(SOURCES, ".cu");
        assertFalse(sources.isEmpty());
        for (Path source : sources) {
            String name = source.getFileName().toString().replace(".cu", ".ptx");
            Path ptx = PTX.resolve(name);
            assertTrue(Files.exists(ptx), ptx + " is missing: run lib/src/main/cuda/build-ptx.sh");
            String header = Files.readAllLines(ptx).get(0);
            assertEquals("// source-sha256: " + sourceHash(source), header,
                    source + " changed since " + ptx + " was built: run lib/src/main/cuda/build-ptx.sh");
        }
        assertEquals(sources.size(), list(PTX, ".ptx").size(), "a .ptx without its .cu in " + PTX);
    }

    @Test
    void operationCodesFollowTheBackendEnums() throws IOException {
        String elementwise = Files.readString(SOURCES.resolve("elementwise.cu"));
        assertArrayEquals(names(Backend.Binary.values()), enumConstants(elementwise, "BinaryOp"));
        assertArrayEquals(names(Backend.Unary.values()), enumConstants(elementwise, "UnaryOp"));
        assertArrayEquals(names(Backend.Reduction.values()),
                enumConstants(Files.readString(SOURCES.resolve("reduce.cu")), "ReduceOp"));
    }

    @Test
    void everyKernelTheBackendLaunchesIsInItsPtx() throws IOException {
        String backend = Files.readString(Path.of("src/main/java/org/dendrite/tensor/cuda/CudaBackend.java"));
        Matcher launch = Pattern.compile("kernel\\(([A-Z]+), ([^)]*)\\)").matcher(backend);
        int found = 0;
        while (launch.find()) {
            Matcher module = Pattern.compile(launch.group(1) + " = \"/org/dendrite/tensor/kernels/(\\w+\\.ptx)\"").matcher(backend);
            assertTrue(module.find(), "no PTX path for " + launch.group(1));
            String ptx = Files.readString(PTX.resolve(module.group(1)));
            Matcher name = Pattern.compile("\"(\\w+)\"").matcher(launch.group(2));
            while (name.find()) {
                assertTrue(ptx.contains(".entry " + name.group(1) + "("), name.group(1) + " is not in " + module.group(1));
                found++;
            }
        }
        assertTrue(found >= 18, "only " + found + " kernel launches found in CudaBackend");
    }

    @Test
    void broadcastReadsRepeatedDimensionsWithStrideZero() {
        assertArrayEquals(new int[] {12, 4, 1}, CudaBackend.rowMajorStrides(new long[] {2, 3, 4}));
        assertArrayEquals(new int[] {0, 0, 1}, CudaBackend.broadcastStrides(new long[] {4}, new long[] {2, 3, 4}));
        assertArrayEquals(new int[] {0, 1, 0}, CudaBackend.broadcastStrides(new long[] {3, 1}, new long[] {2, 3, 4}));
        assertArrayEquals(new int[] {0, 0}, CudaBackend.broadcastStrides(new long[0], new long[] {2, 3}));
    }

    /** SHA-256 of the .cu file followed by every .cuh header, in name order, as build-ptx.sh computes it. */
    static String sourceHash(Path source) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(Files.readAllBytes(source));
        for (Path header : list(SOURCES, ".cuh")) {
            bytes.write(Files.readAllBytes(header));
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes.toByteArray()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Path> list(Path dir, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }

    private static String[] enumConstants(String source, String name) {
        Matcher m = Pattern.compile("enum class " + name + " \\{([^}]*)\\}").matcher(source);
        assertTrue(m.find(), "no enum class " + name);
        List<String> constants = new ArrayList<>();
        for (String c : m.group(1).split(",")) {
            constants.add(c.strip());
        }
        return constants.toArray(String[]::new);
    }

    private static String[] names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toArray(String[]::new);
    }
}
