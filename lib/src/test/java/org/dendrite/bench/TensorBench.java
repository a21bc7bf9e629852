package org.dendrite.bench;

import java.util.Arrays;
import java.util.Locale;
import org.dendrite.device.CpuVariant;
import org.dendrite.tensor.Autograd;
import org.dendrite.tensor.Tensor;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Tensor figures to set beside PyTorch's in {@code bench/tensor-bench.sh}: the slides' "neural
 * net in 20 lines" with Dendrite autograd in float32 (the sizes and iterations of
 * {@code twenty_lines_reference.py}), the time of one small op (64x100 add), and 1024x1024
 * float32 matrix products. Prints {@code name value unit} lines, as the references do.
 *
 * <pre>java -cp TEST_CLASSPATH org.dendrite.bench.TensorBench [ITERATIONS] [all|twenty]</pre>
 * ({@code twenty} runs only the 20-line network).
 */
public final class TensorBench {

    private static final int N = 64;
    private static final int D_IN = 1000;
    private static final int H = 100;
    private static final int D_OUT = 10;
    private static final double LEARNING_RATE = 1e-4;

    private TensorBench() {
    }

    public static void main(String[] args) {
        int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        Tensor.manualSeed(0);
        System.err.println("# variant " + CpuVariant.select() + ", BLAS " + Nd4j.factory().blas().getBlasVendor()
                + " with " + Nd4j.factory().blas().getMaxThreads() + " threads, ND4J "
                + Nd4j.getEnvironment().maxThreads() + " threads");

        // Warm-up until the JIT has compiled the step: at least 3 seconds, then until two
        // successive rounds agree within 5% (at most 30 seconds; longer on a busy machine).
        long warmUp = System.nanoTime();
        double previous = 0;
        double seconds = twentyLines(iterations / 4);
        while (System.nanoTime() - warmUp < 30e9
                && (System.nanoTime() - warmUp < 3e9 || Math.abs(seconds - previous) > 0.05 * seconds)) {
            previous = seconds;
            seconds = twentyLines(iterations / 4);
        }
        seconds = twentyLines(iterations);
        print("twenty_lines_dendrite_f32", iterations / seconds, "iterations/s");
        if (args.length > 1 && args[1].equals("twenty")) {
            return;
        }

        Tensor a = Tensor.randn(64, 100);
        Tensor b = Tensor.randn(64, 100);
        try (var off = Autograd.noGrad()) {
            print("add_64x100_dendrite", medianSeconds(() -> a.add(b), 2000, 15) * 1e6, "us");
        }
        Tensor m = Tensor.randn(1024, 1024);
        try (var off = Autograd.noGrad()) {
            print("sgemm_1024_dendrite", 2.0 * 1024 * 1024 * 1024 / medianSeconds(() -> m.matmul(m), 5, 7) / 1e9, "GFLOP/s");
        }
    }

    /** The slides' training loop, timed: forward, backward, and an SGD step on w1 and w2. */
    private static double twentyLines(int iterations) {
        Tensor x = Tensor.randn(N, D_IN);
        Tensor y = Tensor.randn(N, D_OUT);
        Tensor w1 = Tensor.randn(D_IN, H).requiresGrad(true);
        Tensor w2 = Tensor.randn(H, D_OUT).requiresGrad(true);
        long start = System.nanoTime();
        for (int i = 0; i < iterations; i++) {
            Tensor loss = x.matmul(w1).sigmoid().matmul(w2).sub(y).pow(2).sum();
            loss.backward();
            try (var off = Autograd.noGrad()) {
                w1.copyFrom(w1.sub(w1.grad().mul(LEARNING_RATE)));
                w2.copyFrom(w2.sub(w2.grad().mul(LEARNING_RATE)));
                w1.zeroGrad();
                w2.zeroGrad();
            }
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** The median over {@code samples} of the mean time of one call in a batch of {@code calls}. */
    private static double medianSeconds(Runnable op, int calls, int samples) {
        for (int i = 0; i < calls; i++) {
            op.run();
        }
        double[] times = new double[samples];
        for (int s = 0; s < samples; s++) {
            long start = System.nanoTime();
            for (int i = 0; i < calls; i++) {
                op.run();
            }
            times[s] = (System.nanoTime() - start) / 1e9 / calls;
        }
        Arrays.sort(times);
        return times[samples / 2];
    }

    private static void print(String name, double value, String unit) {
        System.out.println(String.format(Locale.ROOT, "%s %.1f %s", name, value, unit));
    }
}
