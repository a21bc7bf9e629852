import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.dendrite.data.Dataset;
import org.dendrite.data.Mnist;
import org.dendrite.data.Transforms;
import org.dendrite.device.CpuVariant;
import org.dendrite.nn.Models;
import org.dendrite.nn.loss.Losses;
import org.dendrite.optim.Optimizer;
import org.dendrite.optim.SGD;
import org.dendrite.tensor.DType;
import org.dendrite.tensor.Tensor;
import org.dendrite.train.History;
import org.dendrite.train.Trainer;

/**
 * Training throughput and memory through Dendrite, on the workloads of
 * ../shared/bench/pytorch_cpu_reference.py: LeNet-5 (the slides' variant) and the 784-100-10
 * MLP, one random batch of 64 images, SGD with learning rate 0.01 and momentum 0.9, warm-up
 * steps until the rate is steady, then 60 (LeNet) or 2000 (MLP) timed steps of zero_grad,
 * forward, cross-entropy, backward, step. {@code memory} instead trains LeNet for one epoch on the first 8,000 digits
 * of the MNIST sample through Trainer.fit and prints the process's peak resident size.
 *
 *   java ... bench/TrainBench.java speed | memory
 */
public class TrainBench {

    public static void main(String[] args) throws IOException {
        System.out.println("cpu_variant " + CpuVariant.select());
        if (args.length > 0 && args[0].equals("memory")) {
            memory();
        } else {
            System.out.printf(Locale.ROOT, "lenet_train_batch64 %.0f images/s%n", trainRate(Models.leNet(), 60));
            System.out.printf(Locale.ROOT, "mlp_train_batch64 %.0f images/s%n", trainRate(Models.mlp(784, 100, 10), 2000));
        }
    }

    /**
     * Images per second of {@code steps} training steps on one random batch of 64, after warm-up:
     * at least 5 steps and 3 seconds (as PyTorch's reference warms up), then until two successive
     * one-second windows agree within 5% (at most 30 seconds), so that the JIT has compiled the
     * step; on a busy machine that takes longer than 3 seconds.
     */
    private static double trainRate(org.dendrite.nn.Module model, int steps) {
        Tensor.manualSeed(0);
        Optimizer optimizer = new SGD(model, 0.01).momentum(0.9);
        Tensor x = Tensor.randn(64, 1, 28, 28);
        Tensor y = labels(64);
        long warmUp = System.nanoTime();
        double previous = 0;
        while (System.nanoTime() - warmUp < 30e9) {
            long window = System.nanoTime();
            int count = 0;
            for (; count < 5 || System.nanoTime() - window < 1e9; count++) {
                step(model, optimizer, x, y);
            }
            double rate = count / ((System.nanoTime() - window) / 1e9);
            if (System.nanoTime() - warmUp > 3e9 && Math.abs(rate - previous) < 0.05 * rate) {
                break;
            }
            previous = rate;
        }
        long start = System.nanoTime();
        for (int i = 0; i < steps; i++) {
            step(model, optimizer, x, y);
        }
        return 64.0 * steps / ((System.nanoTime() - start) / 1e9);
    }

    private static void step(org.dendrite.nn.Module model, Optimizer optimizer, Tensor x, Tensor y) {
        optimizer.zeroGrad();
        Losses.crossEntropy(model.forward(x), y).backward();
        optimizer.step();
    }

    /** The class indices 0, 1, ..., 9, 0, 1, ... (PyTorch's reference draws them at random; the cost is the same). */
    private static Tensor labels(int n) {
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = i % 10;
        }
        return Tensor.of(DType.INT64, values);
    }

    /** One LeNet epoch on 8,000 digits through Trainer.fit: its speed and the peak resident size. */
    private static void memory() throws IOException {
        Dataset train = Mnist.sample().transform(Transforms.toFloat(), Transforms.normalize(Mnist.MEAN, Mnist.STD)).slice(0, 8000);
        System.out.printf(Locale.ROOT, "rss_before_epoch %.0f MiB%n", statusMiB("VmRSS"));
        Tensor.manualSeed(0);
        org.dendrite.nn.Module model = Models.leNet();
        History history = new Trainer(model, new SGD(model, 0.05).momentum(0.9), Losses::crossEntropy)
                .epochs(1).seed(0).progress(false).fit(train);
        System.out.printf(Locale.ROOT, "lenet_fit_epoch %.0f images/s%n", 8000 / history.last("seconds"));
        System.out.printf(Locale.ROOT, "lenet_epoch_peak_rss %.0f MiB%n", statusMiB("VmHWM"));
    }

    /** A size field of /proc/self/status, such as VmHWM (the peak resident size), in MiB. */
    private static double statusMiB(String field) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith(field + ":")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
            }
        }
        throw new IllegalStateException("/proc/self/status has no " + field);
    }
}
