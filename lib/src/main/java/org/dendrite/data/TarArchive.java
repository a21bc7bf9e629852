package org.dendrite.data;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Unpacks a gzipped tar archive (the form CIFAR-10 is published in). A tar file is a sequence of
 * 512-byte headers (name at byte 0, size in octal at byte 124, type at byte 156, a name prefix
 * at byte 345), each followed by the file's bytes padded to a multiple of 512, and ends with
 * empty blocks. Only plain files and folders are unpacked.
 */
final class TarArchive {

    private static final int BLOCK = 512;

    private TarArchive() {
    }

    /** Unpacks {@code archive} into {@code folder}; entries that would land outside it are refused. */
    static void extract(Path archive, Path folder) throws IOException {
        try (DataInputStream in = new DataInputStream(
                new GZIPInputStream(new BufferedInputStream(Files.newInputStream(archive)), 1 << 16))) {
            byte[] header = new byte[BLOCK];
            while (true) {
                in.readFully(header);
                if (isEmpty(header)) {
                    return;
                }
                String name = field(header, 345, 155).isEmpty()
                        ? field(header, 0, 100) : field(header, 345, 155) + "/" + field(header, 0, 100);
                String octalSize = field(header, 124, 12).trim();
                long size = octalSize.isEmpty() ? 0 : Long.parseLong(octalSize, 8);
                char type = (char) header[156];
                Path target = folder.resolve(name).normalize();
                if (!target.startsWith(folder)) {
                    throw new DataFileException(archive.toString(), "entry " + name + " would unpack outside " + folder);
                }
                if (type == '5') {
                    Files.createDirectories(target);
                } else if (type == '0' || type == 0) {
                    Files.createDirectories(target.getParent());
                    byte[] content = new byte[Math.toIntExact(size)];
                    in.readFully(content);
                    Files.write(target, content);
                } else {
                    in.skipNBytes(size);
                }
                in.skipNBytes((BLOCK - size % BLOCK) % BLOCK);
            }
        } catch (EOFException e) {
            throw new DataFileException(archive.toString(), "truncated: the tar archive ends before its end marker");
        }
    }

    private static boolean isEmpty(byte[] block) {
        for (byte b : block) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }

    private static String field(byte[] header, int offset, int length) {
        int end = offset;
        while (end < offset + length && header[end] != 0) {
            end++;
        }
        return new String(header, offset, end - offset, StandardCharsets.US_ASCII);
    }
}
