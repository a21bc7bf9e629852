package org.dendrite.data;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

/**
 * An array of unsigned bytes in the IDX format of MNIST and Fashion-MNIST, read from a raw or a
 * gzipped file. The header is two zero bytes, the type code {@code 0x08} (unsigned byte), the
 * number of dimensions, then each dimension as a big-endian int; the values follow row by row.
 * Image files have magic 0x00000803 (3 dimensions), label files 0x00000801 (1 dimension).
 */
public record IdxFile(String name, int[] dims, byte[] values) {

    /** The magic number of an IDX file of labels: unsigned bytes, 1 dimension. */
    public static final int LABELS_MAGIC = 0x00000801;
    /** The magic number of an IDX file of images: unsigned bytes, 3 dimensions. */
    public static final int IMAGES_MAGIC = 0x00000803;

    private static final int UNSIGNED_BYTE = 0x08;

    /** Reads {@code file}, gunzipping it first when it starts with the gzip signature. */
    public static IdxFile read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Reads an IDX array from {@code in}; {@code name} is the file named in error messages. */
    public static IdxFile read(InputStream in, String name) throws IOException {
        DataInputStream data = new DataInputStream(gunzipIfNeeded(new BufferedInputStream(in)));
        int magic = readHeaderInt(data, name, "magic number");
        int rank = magic & 0xFF;
        if ((magic >>> 8) != UNSIGNED_BYTE || rank < 1 || rank > 4) {
            throw new DataFileException(name, String.format(
                    "not an IDX file of unsigned bytes: expected magic 0x%08x (labels) or 0x%08x (images), found 0x%08x",
                    LABELS_MAGIC, IMAGES_MAGIC, magic));
        }
        int[] dims = new int[rank];
        long count = 1;
        for (int i = 0; i < rank; i++) {
            dims[i] = readHeaderInt(data, name, "size of dimension " + i);
            if (dims[i] < 0) {
                throw new DataFileException(name, "dimension " + i + " has negative size " + dims[i]);
            }
            count *= dims[i];
        }
        if (count > Integer.MAX_VALUE - 8) {
            throw new DataFileException(name, "header shape " + Arrays.toString(dims) + " is too large");
        }
        byte[] values = readValues(data, name, dims, (int) count);
        return new IdxFile(name, dims, values);
    }

    /** The magic number of this array's header. */
    public int magic() {
        return (UNSIGNED_BYTE << 8) | dims.length;
    }

    /** Fails with the file's name unless this array has {@code expectedMagic}; {@code kind} is for the message. */
    IdxFile require(int expectedMagic, String kind) {
        if (magic() != expectedMagic) {
            throw new DataFileException(name, String.format(
                    "expected an IDX file of %s (magic 0x%08x), found magic 0x%08x with shape %s",
                    kind, expectedMagic, magic(), Arrays.toString(dims)));
        }
        return this;
    }

    private static InputStream gunzipIfNeeded(BufferedInputStream in) throws IOException {
        in.mark(2);
        int first = in.read();
        int second = in.read();
        in.reset();
        boolean gzip = first == 0x1f && second == 0x8b;
        return gzip ? new GZIPInputStream(in, 1 << 16) : in;
    }

    private static int readHeaderInt(DataInputStream data, String name, String field) throws IOException {
        try {
            return data.readInt();
        } catch (EOFException e) {
            throw new DataFileException(name, "truncated: the file ends inside the header, before the " + field);
        }
    }

    private static byte[] readValues(InputStream in, String name, int[] dims, int count) throws IOException {
        byte[] values = new byte[count];
        int read = 0;
        try {
            while (read < count) {
                int n = in.read(values, read, count - read);
                if (n < 0) {
                    break;
                }
                read += n;
            }
        } catch (EOFException e) {
            // A gzip stream cut short: report how far it got, as for a raw file.
        }
        if (read < count) {
            throw new DataFileException(name, "truncated: header shape " + Arrays.toString(dims)
                    + " needs " + count + " bytes of values, found " + read);
        }
        if (in.read() >= 0) {
            throw new DataFileException(name, "more bytes than header shape " + Arrays.toString(dims)
                    + " needs (" + count + " bytes of values)");
        }
        return values;
    }
}
