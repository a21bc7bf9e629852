package org.dendrite.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Function;
import org.dendrite.nn.Linear;
import org.dendrite.tensor.Autograd;
import org.dendrite.tensor.DType;
import org.dendrite.tensor.Tensor;
import org.junit.jupiter.api.Test;

/**
 * Three steps of each optimizer on {@code L(p) = Σ a·p² + Σ b·p}, with a = (1, 2, -0.5),
 * b = (0.5, -1, 2), from p = (1, -2, 3), in float64. The expected parameters come from PyTorch
 * 1.13 running the same three steps ({@code opt.zero_grad(); loss.backward(); opt.step()}):
 *
 * <pre>
 * import torch; torch.set_default_dtype(torch.float64)
 * a = torch.tensor([1., 2., -.5]); b = torch.tensor([.5, -1., 2.])
 * p = torch.tensor([1., -2., 3.], requires_grad=True); opt = torch.optim.SGD([p], lr=0.1, momentum=0.9)
 * for _ in range(3):
 *     opt.zero_grad(); ((a * p * p).sum() + (b * p).sum()).backward(); opt.step()
 * print(p.tolist())
 * </pre>
 */
class OptimizerTest {

    private static final double[] A = {1, 2, -0.5};
    private static final double[] B = {0.5, -1, 2};

    private static double[] threeSteps(Function<List<Tensor>, Optimizer> make) {
        Tensor p = Tensor.of(1, -2, 3).to(DType.FLOAT64).requiresGrad(true);
        Tensor a = Tensor.of(A).to(DType.FLOAT64);
        Tensor b = Tensor.of(B).to(DType.FLOAT64);
        Optimizer optimizer = make.apply(List.of(p));
        for (int i = 0; i < 3; i++) {
            optimizer.zeroGrad();
            a.mul(p).mul(p).sum().add(b.mul(p).sum()).backward();
            optimizer.step();
        }
        return p.toDoubleArray();
    }

    @Test
    void plainSgdStepsAgainstTheGradient() {
        // By hand: ∇ = 2ap + b; p ← p - 0.1∇ is p ← (1 - 0.2a)p - 0.05b three times.
        double[] expected = new double[3];
        for (int i = 0; i < 3; i++) {
            double p = new double[] {1, -2, 3}[i];
            for (int step = 0; step < 3; step++) {
                p = p - 0.1 * (2 * A[i] * p + B[i]);
            }
            expected[i] = p;
        }
        assertArrayEquals(expected, threeSteps(ps -> new SGD(ps, 0.1)), 1e-9);
        assertArrayEquals(new double[] {0.39, -0.236, 3.331}, expected, 1e-9);
    }

    @Test
    void sgdWeightDecayShrinksTheWeightsFirst() {
        assertArrayEquals(new double[] {0.372334, -0.216948, 3.229467},
                threeSteps(ps -> new SGD(ps, 0.1).weightDecay(0.1)), 1e-9);
    }

    @Test
    void sgdMomentumMatchesPyTorch() {
        assertArrayEquals(new double[] {-0.1725, 1.465, 3.61}, threeSteps(ps -> new SGD(ps, 0.1).momentum(0.9)), 1e-9);
    }

    @Test
    void sgdNesterovWithWeightDecayMatchesPyTorch() {
        assertArrayEquals(new double[] {-0.3881812172, 1.2244931052, 3.9208323547},
                threeSteps(ps -> new SGD(ps, 0.1).momentum(0.9).nesterov(true).weightDecay(0.01)), 1e-9);
    }

    @Test
    void adamMatchesPyTorchWithItsDefaults() {
        assertArrayEquals(new double[] {0.9970000768, -1.9970000426, 3.0030000949}, threeSteps(Adam::new), 1e-9);
        assertArrayEquals(new double[] {0.7011570401, -1.7005389096, 3.3004918189},
                threeSteps(ps -> new Adam(ps, 0.1).weightDecay(0.01)), 1e-9);
    }

    /** {@code torch.optim.AdamW([p])} and {@code AdamW([p], lr=0.1, weight_decay=0.5)}, three steps as above. */
    @Test
    void adamWMatchesPyTorchWithItsDefaultsAndAStrongDecay() {
        assertArrayEquals(new double[] {0.9969701078359217, -1.9969400740115764, 3.002910063006354}, threeSteps(AdamW::new), 1e-9);
        assertArrayEquals(new double[] {0.5741264928639754, -1.430788137358517, 2.856772776908944},
                threeSteps(ps -> new AdamW(ps, 0.1).weightDecay(0.5)), 1e-9);
    }

    @Test
    void rmsPropMatchesPyTorch() {
        assertArrayEquals(new double[] {0.7780833262, -1.7748579501, 3.2364216714}, threeSteps(RMSProp::new), 1e-9);
        assertArrayEquals(new double[] {0.5494184137, -1.5432336204, 3.480235287},
                threeSteps(ps -> new RMSProp(ps, 0.01).momentum(0.9).weightDecay(0.1)), 1e-9);
    }

    @Test
    void adagradMatchesPyTorch() {
        assertArrayEquals(new double[] {0.9772213262, -1.9771919291, 3.0229257007}, threeSteps(Adagrad::new), 1e-9);
        assertArrayEquals(new double[] {0.0853823413, -0.9675465267, 4.3029380762},
                threeSteps(ps -> new Adagrad(ps, 0.5).weightDecay(0.1)), 1e-9);
    }

    @Test
    void stepRecordsNothingForBackwardAndSkipsParametersWithoutGradient() {
        Linear layer = new Linear(3, 2);
        SGD optimizer = new SGD(layer, 0.5);
        Tensor biasBefore = Tensor.of(layer.parameters().get(1).toDoubleArray());
        Tensor weight = layer.parameters().get(0);
        weight.mul(weight).sum().backward();
        assertTrue(Autograd.isGradEnabled());
        optimizer.step();
        assertTrue(Autograd.isGradEnabled(), "step() restores gradient recording");
        assertNull(weight.gradFnName(), "the parameter stays a leaf");
        assertArrayEquals(biasBefore.toDoubleArray(), layer.parameters().get(1).toDoubleArray(), 0);
        // w ← w - 0.5·2w = 0
        assertArrayEquals(new double[6], weight.toDoubleArray(), 1e-7);
        optimizer.zeroGrad();
        assertNull(weight.grad());
    }

    @Test
    void learningRateCanBeReadAndChanged() {
        SGD optimizer = new SGD(new Linear(2, 1), 0.1);
        optimizer.setLearningRate(0.02);
        assertEquals(0.02, optimizer.learningRate());
        assertThrows(IllegalArgumentException.class, () -> optimizer.setLearningRate(-1));
        assertThrows(IllegalArgumentException.class, () -> optimizer.setLearningRate(Double.NaN));
    }

    @Test
    void badParameterListsAndSettingsAreRefusedWithTheReason() {
        Tensor frozen = Tensor.zeros(2, 2);
        Tensor p = Tensor.zeros(3).requiresGrad(true);
        String message = assertThrows(IllegalArgumentException.class, () -> new SGD(List.of(p, frozen), 0.1)).getMessage();
        assertTrue(message.contains("parameter 1") && message.contains("[2, 2]"), message);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new Adam(List.of()))
                .getMessage().contains("empty"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new SGD(List.of(p, p), 0.1))
                .getMessage().contains("same tensor"));
        assertThrows(IllegalArgumentException.class, () -> new SGD(List.of(p), 0.1).momentum(1.5));
        assertThrows(IllegalArgumentException.class, () -> new Adam(List.of(p)).betas(0.9, 1));
        SGD nesterovAlone = new SGD(List.of(p), 0.1).nesterov(true);
        p.sum().backward();
        assertTrue(assertThrows(IllegalStateException.class, nesterovAlone::step).getMessage().contains("momentum"));
    }

    /**
     * {@code model.to(FLOAT64)} after the optimizer was made converts the parameters in place,
     * so the optimizer trains the tensors the model uses. PyTorch 1.13 gives the same weights:
     *
     * <pre>
     * model = torch.nn.Linear(3, 1)   # weight [[0.5, -0.25, 1]], bias [0.1], set under no_grad
     * opt = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9); model.double()
     * x = torch.tensor([[1., 2., 3.], [-1., .5, 2.]], dtype=torch.float64); y = torch.tensor([[1.], [-1.]], dtype=torch.float64)
     * for _ in range(3): opt.zero_grad(); ((model(x) - y) ** 2).mean().backward(); opt.step()
     * </pre>
     */
    @Test
    void anOptimizerMadeBeforeModuleToGoesOnTraining() {
        Linear model = new Linear(3, 1);
        try (Autograd.NoGrad off = Autograd.noGrad()) {
            model.weight().copyFrom(Tensor.of(new double[][] {{0.5, -0.25, 1}}));
            model.bias().copyFrom(Tensor.of(0.1));
        }
        Tensor weight = model.weight();
        Optimizer optimizer = new SGD(model.parameters(), 0.1).momentum(0.9);
        model.to(DType.FLOAT64);
        assertSame(weight, model.weight());
        Tensor x = Tensor.of(DType.FLOAT64, new double[] {1, 2, 3, -1, 0.5, 2}, 2, 3);
        Tensor y = Tensor.of(DType.FLOAT64, new double[] {1, -1}, 2, 1);
        for (int i = 0; i < 3; i++) {
            optimizer.zeroGrad();
            model.forward(x).sub(y).pow(2).mean().backward();
            optimizer.step();
        }
        assertEquals(DType.FLOAT64, model.weight().dtype());
        assertArrayEquals(new double[] {1.1926484378487803, -0.041464843655237754, 0.7244218748407437},
                model.weight().toDoubleArray(), 1e-12);
        assertArrayEquals(new double[] {-0.14876093614334215}, model.bias().toDoubleArray(), 1e-12);
    }
}
