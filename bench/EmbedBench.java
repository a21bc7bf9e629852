import java.io.FileInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import org.dendrite.embed.TSneEmbedding;
import org.dendrite.embed.Pca;
import org.dendrite.embed.TSne;
import org.dendrite.plot.ChartImages;
import org.dendrite.plot.Descent;
import org.dendrite.plot.LossSurfacePlot;
import org.dendrite.plot.Surface;
import org.dendrite.plot.Trajectory;
import org.dendrite.tensor.Tensor;
import org.knowm.xchart.XYChart;

/**
 * Dendrite's side of bench/embed-bench.sh: PCA to 50 then t-SNE (perplexity 30, 1000
 * iterations, PCA start) on the first N MNIST-sample digits, and a 200x200 loss-surface heat
 * map with iso-lines rendered to PNG. Writes each embedding to OUT/embedding-N.txt for the
 * script to score with scikit-learn's 5-NN, the same way the reference scores its own.
 *
 *   java -cp CLASSPATH bench/EmbedBench.java DATA_DIR OUT_DIR N...
 */
public class EmbedBench {

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args[0]);
        Path out = Path.of(args[1]);
        byte[] images = gunzip(data.resolve("mnist-sample-images-idx3-ubyte.gz"));
        for (int a = 2; a < args.length; a++) {
            int n = Integer.parseInt(args[a]);
            double[] pixels = new double[n * 784];
            for (int i = 0; i < pixels.length; i++) {
                pixels[i] = (images[16 + i] & 0xff) / 255.0;
            }
            Tensor x = Tensor.of(pixels, n, 784);
            long start = System.nanoTime();
            Tensor reduced = Pca.fitTransform(x, 50);
            double pcaSeconds = (System.nanoTime() - start) / 1e9;
            start = System.nanoTime();
            TSneEmbedding embedding = TSne.perplexity(30).iterations(1000).seed(0).fit(reduced);
            double tsneSeconds = (System.nanoTime() - start) / 1e9;
            double[] points = embedding.points().toDoubleArray();
            try (PrintWriter writer = new PrintWriter(Files.newBufferedWriter(out.resolve("embedding-" + n + ".txt")))) {
                for (int i = 0; i < n; i++) {
                    writer.println(points[2 * i] + " " + points[2 * i + 1]);
                }
            }
            System.out.printf("dendrite tsne n=%d seconds %.2f kl %.3f pca50_seconds %.3f%n",
                    n, tsneSeconds, embedding.klDivergence(), pcaSeconds);
        }
        Surface surface = Surface.rosenbrock();
        Trajectory path = Descent.adam(0.05).steps(200).run(surface, -1.5, 2.5);
        double[] millis = new double[10];
        for (int r = 0; r < millis.length; r++) {
            long start = System.nanoTime();
            XYChart chart = LossSurfacePlot.of(surface).resolution(200).levels(12).add(path).build();
            byte[] png = ChartImages.png(chart, 2);
            millis[r] = (System.nanoTime() - start) / 1e6;
            if (png.length == 0) {
                throw new IllegalStateException("empty PNG");
            }
        }
        double[] warm = Arrays.copyOfRange(millis, 1, millis.length);
        Arrays.sort(warm);
        System.out.printf("dendrite heatmap200 first_ms %.0f median_ms %.0f%n", millis[0], warm[warm.length / 2]);
    }

    private static byte[] gunzip(Path file) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new FileInputStream(file.toFile()))) {
            return in.readAllBytes();
        }
    }
}
