package org.dendrite.tensor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.dendrite.device.cuda.CudaDevice;
import org.dendrite.device.cuda.CudaDriver;
import org.dendrite.device.Device;
import org.dendrite.device.DeviceOutOfMemoryException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Every GPU operation against the CPU on random inputs, forward and backward, within float32
 * tolerance. Skipped, with the reason, where there is no CUDA GPU; runs on a GPU machine with
 * {@code bench/gpu/run-on-device.sh}.
 */
@Tag("gpu")
class CudaBackendTest {

    private static Device gpu;

    @BeforeEach
    void needsAGpu() {
        assumeTrue(CudaDriver.isAvailable(), () -> CudaDriver.unavailableReason());
        gpu = Device.cuda();
        Tensor.manualSeed(7);
    }

    @Test
    void binaryOperationsMatchTheCpuWithAndWithoutBroadcasting() {
        List<Function<Tensor[], Tensor>> ops = List.of(x -> x[0].add(x[1]), x -> x[0].sub(x[1]), x -> x[0].mul(x[1]),
                x -> x[0].div(x[1]), x -> x[0].pow(x[1]), x -> x[0].maximum(x[1]), x -> x[0].minimum(x[1]),
                x -> x[0].gt(x[1]), x -> x[0].lt(x[1]), x -> x[0].ge(x[1]), x -> x[0].le(x[1]), x -> x[0].eq(x[1].mul(0).add(x[0])));
        int[][][] shapes = {{{5, 7}, {5, 7}}, {{4, 3, 5}, {5}}, {{4, 1, 5}, {3, 1}}, {{6, 2}, {}}};
        for (Function<Tensor[], Tensor> op : ops) {
            for (int[][] pair : shapes) {
                check(op, pair[0], pair[1]);
            }
        }
    }

    @Test
    void int64AndBoolTensorsKeepTheirTypeAndValuesOnTheGpu() {
        Tensor x = Tensor.randn(6, 5);
        Tensor labels = Tensor.ofLongs(4, 0, 3, 3, 1, 2);
        List<java.util.function.BiFunction<Tensor, Tensor, Tensor>> ops = List.of(
                (s, y) -> y, (s, y) -> s.argmax(1), (s, y) -> s.max(0).indices(), (s, y) -> s.topk(2, 1).indices(),
                (s, y) -> s.gt(0), (s, y) -> s.gt(0).t(), (s, y) -> s.gt(0).logicalNot(), (s, y) -> s.mul(2.5).to(DType.INT64),
                (s, y) -> s.to(DType.BOOL), (s, y) -> s.argmax(1).eq(y), (s, y) -> s.argmax(1).eq(y).to(DType.FLOAT32).mean(),
                (s, y) -> s.gt(0).sum(1), (s, y) -> y.add(y).mul(y), (s, y) -> y.unsqueeze(1).expand(6, 3).reshape(-1),
                (s, y) -> Tensor.concat(List.of(y, y), 0), (s, y) -> s.gather(1, y.unsqueeze(1)), (s, y) -> s.maskedFill(s.lt(0), 0),
                (s, y) -> Tensor.where(s.gt(0), s, s.neg()), (s, y) -> org.dendrite.nn.loss.Losses.crossEntropy(s, y));
        for (int i = 0; i < ops.size(); i++) {
            Tensor expected = ops.get(i).apply(x, labels);
            Tensor actual = ops.get(i).apply(x.to(gpu), labels.to(gpu));
            assertEquals(gpu, actual.device(), "op " + i);
            assertEquals(expected.dtype(), actual.dtype(), "op " + i + " dtype");
            assertClose(expected, actual, "op " + i);
        }
    }

    @Test
    void scalarOperationsMatchTheCpu() {
        check(x -> x[0].add(2).mul(3).sub(1).div(4).pow(1.5).maximum(0.9).minimum(1.8), new int[] {33, 9});
        check(x -> x[0].gt(1).add(x[0].le(1.2)).add(x[0].eq(0.5)), new int[] {300});
    }

    @Test
    void unaryFunctionsMatchTheCpu() {
        check(x -> x[0].neg().exp().add(x[0].log()).add(x[0].sqrt()), new int[] {8, 16});
        check(x -> x[0].sub(1).abs().add(x[0].sub(1).sigmoid()).add(x[0].sub(1).tanh()), new int[] {1000});
        check(x -> x[0].sub(1).relu().add(x[0].sub(1).leakyRelu(0.1)).add(x[0].sub(1).elu(0.7)), new int[] {3, 5, 7});
        check(x -> x[0].sub(1).clamp(-0.2, 0.3), new int[] {257});
        check(x -> Tensor.where(x[0].gt(1), x[0], x[1]), new int[] {4, 6}, new int[] {6});
    }

    @Test
    void theNewerUnaryKernelsMatchTheCpu() {
        check(x -> x[0].mul(7).sin().add(x[0].mul(7).cos()).add(x[0].log1p()).add(x[0].sub(1).expm1()).add(x[0].sub(1).erf()),
                new int[] {9, 33});
        check(x -> x[0].mul(5).sub(4).floor().add(x[0].mul(5).sub(4).ceil()).add(x[0].mul(5).sub(4).round()), new int[] {300});
        check(x -> Tensor.of(-2.5, -0.5, 0.5, 1.5, 2.5).to(x[0].device()).round().add(x[0]), new int[] {5});
    }

    @Test
    void compositeOperationsRunOnTheGpuAsOnTheCpu() {
        check(x -> x[0].matmul(x[1]).add(x[2].matmul(x[1])), new int[] {3, 5, 4}, new int[] {4, 6}, new int[] {4});
        check(x -> x[0].cumsum(1).add(x[0].prod(1, true)).add(x[0].norm(3, 1, true)).add(x[0].std(1, true)), new int[] {4, 7});
        check(x -> x[0].sort(1, true).values().add(x[0].topk(7, 1).values()), new int[] {5, 7});
        check(x -> x[0].scatter(1, Tensor.of(new double[] {2, 0, 1, 3}, 2, 2).to(gpu), x[1])
                .add(x[0].maskedFill(x[0].gt(1), 0)), new int[] {2, 4}, new int[] {2, 2});
        check(x -> Tensor.einsum("bij,jk->bik", x[0], x[1]).add(x[0].sum(2).unsqueeze(2)), new int[] {2, 3, 4}, new int[] {4, 5});
        check(x -> x[0].pad(1, 2, 0, 1).adaptiveAvgPool2d(3, 2), new int[] {2, 3, 6, 5});
        check(x -> x[0].conv1d(x[1], x[2], 2, 1).add(1).layerNorm(1, 1e-5), new int[] {2, 3, 9}, new int[] {4, 3, 3}, new int[] {4});
        check(x -> x[0].repeat(2, 1).flip(0).roll(1, 1).tril().add(x[0].gelu().silu().softplus().repeat(2, 1)), new int[] {3, 3});
    }

    @Test
    void matrixProductsMatchTheCpuIncludingRaggedTilesAndBatches() {
        check(x -> x[0].matmul(x[1]), new int[] {67, 45}, new int[] {45, 130});
        check(x -> x[0].matmul(x[1]), new int[] {1, 1}, new int[] {1, 1});
        check(x -> x[0].matmul(x[1]), new int[] {3, 2, 17, 64}, new int[] {3, 2, 64, 5});
        check(x -> x[0].matmul(x[1].t()), new int[] {128, 300}, new int[] {10, 300});
    }

    @Test
    void reductionsMatchTheCpuAlongEveryKindOfDimension() {
        check(x -> x[0].sum(), new int[] {100_003});
        check(x -> x[0].sum(0, true).add(x[0].mean(1, true)), new int[] {37, 41});
        check(x -> x[0].sum(0, 2), new int[] {4, 5, 6});
        check(x -> x[0].max(1, true).values().add(x[0].min(1, true).values()), new int[] {9, 11, 3});
        check(x -> x[0].max().add(x[0].min()), new int[] {5, 5});
        check(x -> x[0].argmax(1), new int[] {20, 10});
        check(x -> x[0].argmax(0), new int[] {20, 10});
        check(x -> x[0].var(1).add(x[0].var(0, false, true).sum()), new int[] {6, 8});
        check(x -> x[0].logSoftmax(1).add(x[0].softmax(1)), new int[] {64, 10});
        check(x -> x[0].logsumexp(0), new int[] {7, 3});
    }

    @Test
    void shapeOperationsMatchTheCpu() {
        check(x -> x[0].reshape(6, -1).t().flatten(), new int[] {2, 3, 4});
        check(x -> x[0].permute(2, 0, 1).mul(2), new int[] {2, 3, 4});
        check(x -> x[0].unsqueeze(0).expand(3, 4, 5), new int[] {4, 5});
        check(x -> x[0].slice(1, 1, 4).add(x[0].select(1, 0).unsqueeze(1)), new int[] {3, 6, 2});
        check(x -> x[0].indexSelect(0, 2, 0, 2), new int[] {3, 4});
        check(x -> Tensor.concat(List.of(x[0], x[1]), 1).add(Tensor.stack(List.of(x[0], x[0]), 0).sum(0).sum(1, true)),
                new int[] {2, 3}, new int[] {2, 5});
    }

    @Test
    void convolutionsMatchTheCpuForwardAndBackward() {
        check(x -> x[0].conv2d(x[1], x[2], 1, 2), new int[] {3, 2, 9, 11}, new int[] {5, 2, 5, 5}, new int[] {5});
        check(x -> x[0].conv2d(x[1], null, 2, 1), new int[] {2, 3, 8, 8}, new int[] {4, 3, 3, 3});
        check(x -> x[0].conv2d(x[1], x[2], 1, 0), new int[] {1, 1, 28, 28}, new int[] {20, 1, 5, 5}, new int[] {20});
    }

    @Test
    void poolingMatchesTheCpuForwardAndBackward() {
        check(x -> x[0].maxPool2d(2, 2, 0), new int[] {2, 3, 8, 10});
        check(x -> x[0].maxPool2d(3, 2, 1), new int[] {2, 2, 7, 7});
        check(x -> x[0].avgPool2d(2, 2, 0), new int[] {2, 3, 8, 10});
        check(x -> x[0].avgPool2d(3, 1, 1), new int[] {1, 2, 5, 6});
    }

    @Test
    void leNetTrainsOnTheGpuAsOnTheCpu() {
        Tensor.manualSeed(3);
        org.dendrite.nn.Module cpuNet = org.dendrite.nn.Models.leNet();
        Tensor.manualSeed(3);
        org.dendrite.nn.Module gpuNet = org.dendrite.nn.Models.leNet().to(gpu);
        Tensor images = Tensor.randn(16, 1, 28, 28);
        Tensor labels = Tensor.of(new double[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 0, 1, 2, 3, 4, 5});
        Tensor cpuLoss = org.dendrite.nn.loss.Losses.crossEntropy(cpuNet.forward(images), labels);
        Tensor gpuLoss = org.dendrite.nn.loss.Losses.crossEntropy(gpuNet.forward(images.to(gpu)), labels.to(gpu));
        assertClose(cpuLoss, gpuLoss, "LeNet loss");
        cpuLoss.backward();
        gpuLoss.backward();
        List<Tensor> cpuParameters = cpuNet.parameters();
        List<Tensor> gpuParameters = gpuNet.parameters();
        for (int i = 0; i < cpuParameters.size(); i++) {
            assertClose(cpuParameters.get(i).grad(), gpuParameters.get(i).grad(), "LeNet gradient " + i);
        }
    }

    @Test
    void gatherPicksTheSameEntriesAsTheCpu() {
        Tensor labels = Tensor.of(3, 0, 9, 9, 1);
        check(x -> x[0].gather(1, labels.to(x[0].device()).unsqueeze(1)), new int[] {5, 10});
        Tensor oneHot = Tensor.oneHot(labels.to(gpu), 10);
        assertEquals(gpu, oneHot.device());
        assertArrayEquals(Tensor.oneHot(labels, 10).toDoubleArray(), oneHot.toDoubleArray());
    }

    @Test
    void creationFollowsTheScopedDeviceAndMovesBack() {
        try (Device.Scope on = gpu.use()) {
            assertEquals(gpu, Device.current());
            Tensor x = Tensor.arange(6).reshape(2, 3);
            assertEquals(gpu, x.device());
            assertEquals(gpu, Tensor.zeros(2).device());
            assertEquals("tensor([[0., 1., 2.],\n        [3., 4., 5.]], device='cuda:0')", x.toString());
            assertEquals(Device.cpu(), x.to(Device.cpu()).device());
            assertSame(x, x.to(gpu));
        }
        assertEquals(Device.cpu(), Tensor.zeros(2).device());
    }

    @Test
    void mixingDevicesNamesBoth() {
        Tensor cpu = Tensor.ones(3);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> cpu.add(cpu.to(gpu)));
        assertEquals("add: tensors are on different devices, cpu and cuda:0; move one with .to(Device.cuda()) "
                + "or the model with model.to(device)", e.getMessage());
    }

    @Test
    void aTensorLargerThanTheGpuNamesRequestedAndFreeMemory() {
        CudaDevice device = CudaDevice.get(0);
        int rows = (int) Math.min(Integer.MAX_VALUE, device.totalMemory() / (4L * 1_000_000) + 1000);
        try (Device.Scope on = gpu.use()) {
            DeviceOutOfMemoryException e = assertThrows(DeviceOutOfMemoryException.class, () -> Tensor.zeros(rows, 1_000_000));
            assertTrue(e.getMessage().startsWith("cuda:0 is out of memory: requested "), e.getMessage());
            assertTrue(e.getMessage().contains(" free of "), e.getMessage());
        }
    }

    @Test
    void closingTensorsReturnsTheirMemoryAtOnce() {
        CudaDevice device = CudaDevice.get(0);
        List<Tensor> made = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            made.add(Tensor.randn(256, 1024).to(gpu));
        }
        long beforeClosing = device.allocatedBytes();
        made.forEach(Tensor::close);
        long released = beforeClosing - device.allocatedBytes();
        assertTrue(released >= 10L * 256 * 1024 * 4, "released " + released + " bytes");
        assertThrows(IllegalStateException.class, () -> made.get(0).sum());
    }

    @Test
    void unreachableTensorsAreReturnedByTheCleaner() throws InterruptedException {
        CudaDevice device = CudaDevice.get(0);
        long before = device.allocatedBytes();
        for (int i = 0; i < 200; i++) {
            Tensor.randn(64, 1024).to(gpu).relu().sum();
        }
        for (int i = 0; i < 50 && device.allocatedBytes() > before; i++) {
            System.gc();
            Thread.sleep(20);
        }
        assertTrue(device.allocatedBytes() <= before, device.allocatedBytes() + " bytes still held, " + before + " before");
    }

    @Test
    void modelParametersMoveInPlace() {
        Tensor w = Tensor.randn(3, 2).requiresGrad(true);
        org.dendrite.nn.Module model = new org.dendrite.nn.Module() {
            private final Tensor weight = registerParameter("weight", w);

            @Override
            public Tensor forward(Tensor input) {
                return input.matmul(weight);
            }
        };
        model.to(gpu);
        assertSame(w, model.parameters().get(0));
        assertEquals(gpu, w.device());
        model.forward(Tensor.ones(4, 3).to(gpu)).sum().backward();
        assertEquals(gpu, w.grad().device());
        assertArrayEquals(new double[] {4, 4, 4, 4, 4, 4}, w.grad().toDoubleArray(), 1e-6);
    }

    /**
     * Runs {@code op} on random inputs of {@code shapes} (values in [0.5, 1.5)) on the CPU and
     * the GPU, and compares the outputs and, where the output is differentiable, the gradients
     * of its sum with respect to every input.
     */
    private static void check(Function<Tensor[], Tensor> op, int[]... shapes) {
        Tensor[] cpu = new Tensor[shapes.length];
        Tensor[] onGpu = new Tensor[shapes.length];
        for (int i = 0; i < shapes.length; i++) {
            cpu[i] = Tensor.rand(shapes[i]).add(0.5).requiresGrad(true);
            onGpu[i] = cpu[i].detach().to(gpu).requiresGrad(true);
        }
        Tensor expected = op.apply(cpu);
        Tensor actual = op.apply(onGpu);
        assertEquals(gpu, actual.device());
        assertClose(expected, actual, "forward");
        if (expected.requiresGrad()) {
            expected.sum().backward();
            actual.sum().backward();
            for (int i = 0; i < shapes.length; i++) {
                if (cpu[i].grad() != null) {
                    assertClose(cpu[i].grad(), onGpu[i].grad(), "gradient of input " + i);
                }
            }
        }
    }

    private static void assertClose(Tensor expected, Tensor actual, String what) {
        assertArrayEquals(expected.shape(), actual.shape(), what + " shape");
        double[] e = expected.toDoubleArray();
        double[] a = actual.to(Device.cpu()).toDoubleArray();
        for (int i = 0; i < e.length; i++) {
            assertEquals(e[i], a[i], 2e-4 * Math.max(1, Math.abs(e[i])), what + " element " + i);
        }
    }
}
