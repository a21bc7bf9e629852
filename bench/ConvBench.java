import java.util.Locale;
import org.dendrite.device.CpuVariant;
import org.dendrite.tensor.Tensor;

/**
 * conv2d forward and forward+backward GFLOP/s through Dendrite's Tensor API on the shapes of
 * ../shared/bench/pytorch_cpu_reference.py: a 64x20x28x28 batch, 50 filters of 20x5x5, padding 2,
 * the same repetitions and the same FLOP counts (backward counted as twice the forward).
 */
public class ConvBench {

    public static void main(String[] args) {
        System.out.println("cpu_variant " + CpuVariant.select());
        System.out.println("nd4j_threads " + org.nd4j.linalg.factory.Nd4j.getEnvironment().maxMasterThreads() + " threads");
        Tensor.manualSeed(0);
        Tensor x = Tensor.randn(64, 20, 28, 28);
        Tensor w = Tensor.randn(50, 20, 5, 5);
        double flops = 2.0 * 64 * 50 * 28 * 28 * 20 * 25;
        double forward = timed(() -> x.conv2d(w, null, 1, 2), 10);
        System.out.printf(Locale.ROOT, "conv2d_fwd_64x20x28x28_k50x5x5 %.1f GFLOP/s%n", flops / forward / 1e9);
        Tensor xg = x.detach().requiresGrad(true);
        Tensor wg = w.detach().requiresGrad(true);
        double both = timed(() -> {
            xg.zeroGrad();
            wg.zeroGrad();
            xg.conv2d(wg, null, 1, 2).sum().backward();
        }, 5);
        System.out.printf(Locale.ROOT, "conv2d_fwd_bwd_64x20x28x28_k50x5x5 %.1f GFLOP/s%n", 3 * flops / both / 1e9);
    }

    /** Seconds per call, after three warm-up calls. */
    private static double timed(Runnable f, int repetitions) {
        for (int i = 0; i < 3; i++) {
            f.run();
        }
        long start = System.nanoTime();
        for (int i = 0; i < repetitions; i++) {
            f.run();
        }
        return (System.nanoTime() - start) / 1e9 / repetitions;
    }
}
