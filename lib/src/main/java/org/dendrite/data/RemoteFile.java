package org.dendrite.data;

import java.net.URI;
import java.util.List;

/**
 * A published data file: where it goes in the cache ({@code folder/name}), its SHA-256 checksum
 * (lower-case hex), and the mirrors to download it from, tried in order.
 */
public record RemoteFile(String folder, String name, String sha256, List<URI> urls) {

    /** Checks the checksum's form and copies the list of mirrors. */
    public RemoteFile {
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException(name + ": sha256 must be 64 lower-case hex digits, got " + sha256);
        }
        urls = List.copyOf(urls);
    }

    /** The file {@code name} found under each of the {@code mirrors} (base addresses ending in '/'). */
    public static RemoteFile onMirrors(String folder, String name, String sha256, List<String> mirrors) {
        return new RemoteFile(folder, name, sha256, mirrors.stream().map(m -> URI.create(m + name)).toList());
    }
}
