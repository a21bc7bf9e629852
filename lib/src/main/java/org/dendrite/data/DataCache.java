package org.dendrite.data;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.OptionalLong;

/**
 * The folder where downloaded data sets are kept: {@code $DENDRITE_DATA} when set, otherwise
 * {@code ~/.cache/dendrite}. A file is downloaded once, into a temporary file next to its final
 * place; only when every byte arrived and its SHA-256 matches is it renamed into place, in one
 * atomic step. An interrupted download therefore never leaves a half file that a later run loads.
 */
public final class DataCache {

    /** The environment variable that chooses the cache folder. */
    public static final String ENVIRONMENT_VARIABLE = "DENDRITE_DATA";

    private final Path directory;
    private final HttpClient client;

    /** A cache in {@code directory}. */
    public DataCache(Path directory) {
        this.directory = directory.toAbsolutePath();
        this.client = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(20))
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    /** The cache named by {@code $DENDRITE_DATA}, else {@code ~/.cache/dendrite}. */
    public static DataCache standard() {
        String configured = System.getenv(ENVIRONMENT_VARIABLE);
        Path folder = configured != null && !configured.isBlank()
                ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".cache", "dendrite");
        return new DataCache(folder);
    }

    /** The cache's folder. */
    public Path directory() {
        return directory;
    }

    /** Where {@code file} is kept in this cache, whether or not it is there yet. */
    public Path pathOf(RemoteFile file) {
        return directory.resolve(file.folder()).resolve(file.name());
    }

    /**
     * The cached copy of {@code file}, downloaded first if it is not there: each mirror is tried
     * in turn until one delivers the whole file with the right checksum. If none does, the error
     * lists each mirror's failure, says where to put the file by hand, and adds
     * {@code alternatives} (other ways to get the data, such as an offline sample).
     */
    public Path fetch(RemoteFile file, String alternatives) {
        Path target = pathOf(file);
        if (Files.isRegularFile(target)) {
            return target;
        }
        List<String> failures = new ArrayList<>();
        for (URI url : file.urls()) {
            try {
                download(url, file, target);
                return target;
            } catch (IOException | DataFileException e) {
                failures.add(url + ": " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DataUnavailableException("Download of " + file.name() + " was interrupted");
            }
        }
        throw new DataUnavailableException("Cannot download " + file.name() + " (sha256 " + file.sha256() + "):\n  "
                + String.join("\n  ", failures)
                + "\nWithout a network, copy the file into " + target.getParent()
                + " (or set " + ENVIRONMENT_VARIABLE + " to a folder that holds " + file.folder() + "/" + file.name() + ")"
                + (alternatives.isEmpty() ? "." : ", " + alternatives));
    }

    private void download(URI url, RemoteFile file, Path target) throws IOException, InterruptedException {
        Files.createDirectories(target.getParent());
        Path part = Files.createTempFile(target.getParent(), file.name() + ".", ".part");
        try {
            System.out.println("Downloading " + url + " ...");
            HttpRequest request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(60)).GET().build();
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    throw new IOException("HTTP status " + response.statusCode());
                }
                MessageDigest sha256 = sha256();
                long received = Files.copy(new DigestInputStream(body, sha256), part, StandardCopyOption.REPLACE_EXISTING);
                OptionalLong expected = response.headers().firstValueAsLong("Content-Length");
                if (expected.isPresent() && expected.getAsLong() != received) {
                    throw new IOException("transfer interrupted: expected " + expected.getAsLong()
                            + " bytes, received " + received);
                }
                String found = HexFormat.of().formatHex(sha256.digest());
                if (!found.equals(file.sha256())) {
                    throw new DataFileException(file.name(), "checksum mismatch: expected sha256 " + file.sha256()
                            + ", found " + found + " (" + received + " bytes)");
                }
            }
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(part);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This Java runtime has no SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "DataCache(" + directory + ")";
    }
}
