package org.dendrite.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Downloads from a local HTTP server that serves generated files: whole ({@code /good/}), with
 * other bytes ({@code /bad/}), cut off half way ({@code /cut/}), or not at all ({@code /gone/}).
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class DataCacheTest {

    private static final byte[] CONTENT = TestFiles.gzip(TestFiles.images(40));

    @TempDir
    Path cacheFolder;

    private final Map<String, byte[]> files = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
    private HttpServer server;
    private DataCache cache;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::serve);
        server.start();
        cache = new DataCache(cacheFolder);
        files.put("digits.gz", CONTENT);
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void downloadsOnceIntoTheCacheAndReusesTheFile() throws IOException {
        RemoteFile file = remote("digits.gz", sha256(CONTENT), "good");

        Path first = cache.fetch(file, "");
        Path second = cache.fetch(file, "");

        assertEquals(cacheFolder.toAbsolutePath().resolve("test/digits.gz"), first);
        assertEquals(first, second);
        assertArrayEquals(CONTENT, Files.readAllBytes(first));
        assertEquals(1, requests.get("/good/digits.gz").get());
        assertEquals(List.of("digits.gz"), cachedFiles());
    }

    @Test
    void checksumMismatchNamesTheFileAndBothChecksumsAndLeavesNothing() {
        files.put("digits.gz", TestFiles.gzip(TestFiles.images(41)));
        String expected = sha256(CONTENT);
        String found = sha256(files.get("digits.gz"));

        DataUnavailableException e = assertThrows(DataUnavailableException.class,
                () -> cache.fetch(remote("digits.gz", expected, "good"), ""));

        assertTrue(e.getMessage().contains("digits.gz: checksum mismatch: expected sha256 " + expected + ", found " + found),
                e.getMessage());
        assertEquals(List.of(), cachedFiles());
    }

    @Test
    void interruptedTransferLeavesNoHalfFileAndALaterDownloadSucceeds() {
        RemoteFile cut = remote("digits.gz", sha256(CONTENT), "cut");

        DataUnavailableException e = assertThrows(DataUnavailableException.class, () -> cache.fetch(cut, ""));
        assertTrue(e.getMessage().contains("/cut/digits.gz: "), e.getMessage());
        assertTrue(!e.getMessage().contains("checksum"), "the cut is noticed before the checksum: " + e.getMessage());
        assertEquals(List.of(), cachedFiles());

        Path whole = cache.fetch(remote("digits.gz", sha256(CONTENT), "good"), "");
        assertEquals(CONTENT.length, whole.toFile().length());
    }

    @Test
    void triesTheMirrorsInOrderUntilOneDeliversTheRightFile() {
        files.put("other.gz", CONTENT);
        RemoteFile file = new RemoteFile("test", "other.gz", sha256(CONTENT),
                List.of(url("gone", "other.gz"), url("cut", "other.gz"), url("good", "other.gz")));

        Path fetched = cache.fetch(file, "");

        assertEquals(CONTENT.length, fetched.toFile().length());
        assertEquals(1, requests.get("/gone/other.gz").get());
        assertEquals(1, requests.get("/cut/other.gz").get());
    }

    @Test
    void offlineErrorSaysWhatIsMissingAndHowToProvideIt() {
        RemoteFile file = new RemoteFile("mnist", "train-images-idx3-ubyte.gz", sha256(CONTENT),
                List.of(URI.create("http://127.0.0.1:1/train-images-idx3-ubyte.gz")));

        DataUnavailableException e = assertThrows(DataUnavailableException.class,
                () -> cache.fetch(file, "or use Mnist.sample()"));

        String message = e.getMessage();
        assertTrue(message.startsWith("Cannot download train-images-idx3-ubyte.gz"), message);
        assertTrue(message.contains("http://127.0.0.1:1/train-images-idx3-ubyte.gz: "), message);
        assertTrue(message.contains("copy the file into " + cacheFolder.toAbsolutePath().resolve("mnist")), message);
        assertTrue(message.contains("DENDRITE_DATA"), message);
        assertTrue(message.endsWith("or use Mnist.sample()"), message);
    }

    @Test
    void mnistFilesDownloadIntoTheCacheAndLoad() {
        List<byte[]> published = List.of(TestFiles.gzip(TestFiles.images(30)), TestFiles.gzip(TestFiles.labels(30)),
                TestFiles.gzip(TestFiles.images(10)), TestFiles.gzip(TestFiles.labels(10)));
        for (int i = 0; i < 4; i++) {
            files.put(IdxDatasets.FILE_NAMES.get(i), published.get(i));
        }
        List<String> checksums = published.stream().map(DataCacheTest::sha256).toList();
        String mirror = "http://127.0.0.1:" + server.getAddress().getPort() + "/good/";

        TrainTest sets = IdxDatasets.download(cache, "mnist", checksums, List.of(mirror), Mnist.CLASS_NAMES, "");

        assertEquals(30, sets.train().size());
        assertEquals(10, sets.test().size());
        assertTrue(Files.isRegularFile(cacheFolder.resolve("mnist/t10k-labels-idx1-ubyte.gz")));
    }

    @Test
    void cifarArchiveDownloadsAndUnpacksOnce() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("cifar-10-batches-bin/data_batch_1.bin", TestFiles.cifar(6, 0));
        entries.put("cifar-10-batches-bin/data_batch_2.bin", TestFiles.cifar(4, 6));
        entries.put("cifar-10-batches-bin/test_batch.bin", TestFiles.cifar(3, 0));
        files.put("cifar.tar.gz", TestFiles.gzip(TestFiles.tar(entries)));
        RemoteFile archive = new RemoteFile("cifar-10", "cifar.tar.gz", sha256(files.get("cifar.tar.gz")),
                List.of(url("good", "cifar.tar.gz")));

        TrainTest first = Cifar10.download(cache, archive);
        TrainTest again = Cifar10.download(cache, archive);

        assertEquals(10, first.train().size());
        assertEquals(3, again.test().size());
        assertEquals(Cifar10.CLASS_NAMES.get(9), first.train().classNames().get(first.train().label(9)));
        assertEquals(1, requests.get("/good/cifar.tar.gz").get());
    }

    private void serve(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        requests.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
        String[] parts = path.split("/");
        byte[] body = files.get(parts[2]);
        try (exchange; OutputStream out = exchange.getResponseBody()) {
            switch (parts[1]) {
                case "good" -> {
                    exchange.sendResponseHeaders(200, body.length);
                    out.write(body);
                }
                case "cut" -> {
                    exchange.sendResponseHeaders(200, body.length);
                    out.write(body, 0, body.length / 2);
                    out.flush();
                    throw new IOException("connection dropped by the test server");
                }
                default -> exchange.sendResponseHeaders(404, -1);
            }
        }
    }

    private RemoteFile remote(String name, String sha256, String mode) {
        return new RemoteFile("test", name, sha256, List.of(url(mode, name)));
    }

    private URI url(String mode, String name) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/" + mode + "/" + name);
    }

    private List<String> cachedFiles() {
        try (Stream<Path> all = Files.walk(cacheFolder)) {
            return all.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
