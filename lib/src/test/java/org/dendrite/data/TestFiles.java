package org.dendrite.data;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/** Small data files written by the tests: IDX arrays, CIFAR-10 batches and tar archives. */
final class TestFiles {

    private TestFiles() {
    }

    /** An IDX file of unsigned bytes: header with {@code magic} and {@code dims}, then {@code values}. */
    static byte[] idx(int magic, int[] dims, byte[] values) {
        ByteBuffer buffer = ByteBuffer.allocate(4 + 4 * dims.length + values.length);
        buffer.putInt(magic);
        for (int d : dims) {
            buffer.putInt(d);
        }
        buffer.put(values);
        return buffer.array();
    }

    /** {@code count} 28×28 images whose pixels are {@code (image + pixel) % 256}. */
    static byte[] images(int count) {
        byte[] pixels = new byte[count * 28 * 28];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (byte) (i / 784 + i % 784);
        }
        return idx(IdxFile.IMAGES_MAGIC, new int[] {count, 28, 28}, pixels);
    }

    /** {@code count} labels {@code i % 10}. */
    static byte[] labels(int count) {
        byte[] labels = new byte[count];
        for (int i = 0; i < count; i++) {
            labels[i] = (byte) (i % 10);
        }
        return idx(IdxFile.LABELS_MAGIC, new int[] {count}, labels);
    }

    /** {@code bytes} gzipped. */
    static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A CIFAR-10 batch of {@code count} records: label {@code (first + i) % 10}, pixel j of channel c = {@code i + c}. */
    static byte[] cifar(int count, int first) {
        byte[] records = new byte[count * 3073];
        for (int i = 0; i < count; i++) {
            records[i * 3073] = (byte) ((first + i) % 10);
            for (int j = 0; j < 3072; j++) {
                records[i * 3073 + 1 + j] = (byte) (i + j / 1024);
            }
        }
        return records;
    }

    /** A tar archive of {@code files} (name to contents), as written by tar in the ustar format. */
    static byte[] tar(Map<String, byte[]> files) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            byte[] header = new byte[512];
            put(header, 0, file.getKey());
            put(header, 100, "0000644");
            put(header, 124, String.format("%011o", file.getValue().length));
            header[156] = '0';
            put(header, 257, "ustar");
            out.writeBytes(header);
            out.writeBytes(file.getValue());
            out.writeBytes(new byte[(512 - file.getValue().length % 512) % 512]);
        }
        out.writeBytes(new byte[1024]);
        return out.toByteArray();
    }

    /** Writes {@code bytes} to {@code folder/name} and returns the path. */
    static Path write(Path folder, String name, byte[] bytes) {
        try {
            return Files.write(folder.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void put(byte[] header, int offset, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(bytes, 0, header, offset, bytes.length);
    }
}
