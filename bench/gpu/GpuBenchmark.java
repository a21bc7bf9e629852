import java.util.List;
import java.util.Locale;
import org.dendrite.device.cuda.CudaDevice;
import org.dendrite.device.Device;
import org.dendrite.nn.Models;
import org.dendrite.nn.Module;
import org.dendrite.nn.loss.Losses;
import org.dendrite.tensor.Autograd;
import org.dendrite.tensor.DType;
import org.dendrite.tensor.Tensor;

/**
 * Dendrite's side of the GPU benchmark: conv2d forward+backward GFLOP/s on LeNet's second
 * convolution, and one LeNet epoch over 60,000 synthetic 28x28 images (batch 64, plain SGD), on
 * the GPU and on the CPU. Prints {@code key value} lines that run-on-device.sh compares with
 * torch_bench.py's. The CPU epoch is timed over {@code cpuBatches} batches and scaled to 60,000
 * images, which the output says.
 *
 * <pre>java -cp 'bundle/lib/*' GpuBenchmark [cpuBatches]</pre>
 */
public final class GpuBenchmark {

    private static final int IMAGES = 60_000;
    private static final int BATCH = 64;

    public static void main(String[] args) {
        int cpuBatches = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        System.out.println("# " + Device.info().replace("\n", "\n# "));
        Device gpu = Device.best();
        if (!gpu.isCuda()) {
            System.out.println("# no GPU, nothing to measure");
            System.exit(1);
        }
        report("dendrite_gpu_conv_gflops", convGflops(gpu, 50));
        report("dendrite_cpu_conv_gflops", convGflops(Device.cpu(), 5));
        report("dendrite_gpu_lenet_epoch_s", epochSeconds(gpu, IMAGES / BATCH));
        report("dendrite_cpu_lenet_epoch_s", epochSeconds(Device.cpu(), cpuBatches) * (IMAGES / BATCH) / cpuBatches);
        System.out.println("# cpu epoch scaled from " + cpuBatches + " batches");
    }

    /** Forward and backward of a 64x20x14x14 input through 50 5x5 filters with padding 2. */
    static double convGflops(Device device, int repeats) {
        Tensor x = Tensor.randn(BATCH, 20, 14, 14).to(device).requiresGrad(true);
        Tensor w = Tensor.randn(50, 20, 5, 5).to(device).requiresGrad(true);
        Tensor b = Tensor.zeros(50).to(device).requiresGrad(true);
        double flops = 3.0 * 2 * BATCH * 50 * 14 * 14 * 20 * 25;   // forward, input and weight gradients
        for (int i = 0; i < 3; i++) {
            x.conv2d(w, b, 1, 2).sum().backward();
        }
        sync(device);
        long start = System.nanoTime();
        for (int i = 0; i < repeats; i++) {
            x.conv2d(w, b, 1, 2).sum().backward();
        }
        sync(device);
        return flops * repeats / (System.nanoTime() - start);
    }

    /** Seconds for {@code batches} SGD steps of LeNet on synthetic data already on the device. */
    static double epochSeconds(Device device, int batches) {
        Tensor.manualSeed(1);
        Module net = Models.leNet().to(device);
        List<Tensor> parameters = net.parameters();
        Tensor images = Tensor.randn(BATCH * 16, 1, 28, 28).to(device);
        double[] classes = new double[BATCH * 16];
        for (int i = 0; i < classes.length; i++) {
            classes[i] = i % 10;
        }
        Tensor labels = Tensor.of(DType.INT64, classes).to(device);
        step(net, parameters, images.slice(0, 0, BATCH), labels.slice(0, 0, BATCH));
        sync(device);
        long start = System.nanoTime();
        for (int i = 0; i < batches; i++) {
            int from = i % 16 * BATCH;
            step(net, parameters, images.slice(0, from, from + BATCH), labels.slice(0, from, from + BATCH));
        }
        sync(device);
        return (System.nanoTime() - start) / 1e9;
    }

    private static void step(Module net, List<Tensor> parameters, Tensor x, Tensor y) {
        net.zeroGrad();
        Losses.crossEntropy(net.forward(x), y).backward();
        try (Autograd.NoGrad off = Autograd.noGrad()) {
            for (Tensor p : parameters) {
                p.copyFrom(p.sub(p.grad().mul(0.01)));
            }
        }
    }

    private static void sync(Device device) {
        if (device.isCuda()) {
            CudaDevice.get(device.index()).synchronize();
        }
    }

    private static void report(String key, double value) {
        System.out.println(key + " " + String.format(Locale.ROOT, "%.3f", value));
    }
}
