package org.dendrite.tensor;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every differentiable operation's backward rule agrees with centred finite differences in float64. */
class GradientCheckTest {

    private static Arguments op(String name, Function<Tensor[], Tensor> f, Tensor... inputs) {
        return Arguments.of(name, f, inputs);
    }

    private static Tensor randn(int... shape) {
        return Tensor.randn(shape).to(DType.FLOAT64);
    }

    /** Values away from 0, where abs, relu, max and friends have kinks. */
    private static Tensor awayFromZero(int... shape) {
        Tensor x = randn(shape);
        return x.add(x.gt(0).mul(0.5)).sub(x.lt(0).mul(0.5));
    }

    private static Tensor positive(int... shape) {
        return Tensor.rand(shape).to(DType.FLOAT64).add(0.5);
    }

    static Stream<Arguments> operations() {
        Tensor.manualSeed(7);
        return Stream.of(
                op("add broadcast", x -> x[0].add(x[1]), randn(3, 4), randn(4)),
                op("sub broadcast column", x -> x[0].sub(x[1]), randn(3, 4), randn(3, 1)),
                op("mul broadcast", x -> x[0].mul(x[1]), randn(2, 3, 4), randn(3, 1)),
                op("div", x -> x[0].div(x[1]), randn(3, 4), positive(3, 4)),
                op("pow tensor", x -> x[0].pow(x[1]), positive(3), randn(3)),
                op("maximum", x -> x[0].maximum(x[1]), randn(4, 3), randn(4, 3).add(0.05)),
                op("minimum", x -> x[0].minimum(x[1]), randn(4, 3), randn(4, 3).add(0.05)),
                op("scalar ops", x -> x[0].add(2).sub(1).mul(3).div(4), randn(5)),
                op("pow scalar", x -> x[0].pow(3), randn(5)),
                op("maximum scalar", x -> x[0].maximum(0.0), awayFromZero(6)),
                op("neg", x -> x[0].neg(), randn(5)),
                op("exp", x -> x[0].exp(), randn(5)),
                op("log", x -> x[0].log(), positive(5)),
                op("sqrt", x -> x[0].sqrt(), positive(5)),
                op("abs", x -> x[0].abs(), awayFromZero(6)),
                op("sigmoid", x -> x[0].sigmoid(), randn(5)),
                op("tanh", x -> x[0].tanh(), randn(5)),
                op("relu", x -> x[0].relu(), awayFromZero(6)),
                op("leakyRelu", x -> x[0].leakyRelu(0.1), awayFromZero(6)),
                op("elu", x -> x[0].elu(1.0), awayFromZero(6)),
                op("clamp", x -> x[0].clamp(-0.5, 0.5), awayFromZero(8).mul(0.6)),
                op("where", x -> Tensor.where(x[0].gt(0), x[1], x[2]), randn(3, 4), randn(3, 4), randn(4)),
                op("matmul", x -> x[0].matmul(x[1]), randn(3, 4), randn(4, 2)),
                op("batched matmul", x -> x[0].matmul(x[1]), randn(2, 3, 4), randn(2, 4, 2)),
                op("sum all", x -> x[0].sum(), randn(3, 4)),
                op("sum dims keepdim", x -> x[0].sum(true, 0, 2).mul(x[0].sum(true, 0, 2)), randn(2, 3, 4)),
                op("mean", x -> x[0].mean(false, 1).pow(2), randn(3, 4)),
                op("max along dim", x -> x[0].max(1, false).pow(2), randn(3, 5)),
                op("min all", x -> x[0].min(), randn(3, 5)),
                op("logsumexp", x -> x[0].logsumexp(1, false), randn(3, 5)),
                op("var", x -> x[0].var(0, true), randn(4, 3)),
                op("softmax", x -> x[0].softmax(1).mul(x[1]), randn(2, 5), randn(2, 5)),
                op("logSoftmax", x -> x[0].logSoftmax(1).mul(x[1]), randn(2, 5), randn(2, 5)),
                op("reshape and flatten", x -> x[0].reshape(4, -1).flatten().mul(x[1]), randn(2, 6), randn(12)),
                op("transpose and permute", x -> x[0].transpose(0, 1).permute(2, 0, 1).mul(x[1]), randn(2, 3, 4), randn(4, 3, 2)),
                op("unsqueeze and expand", x -> x[0].unsqueeze(0).expand(3, 2, 4).mul(x[1]), randn(2, 4), randn(3, 2, 4)),
                op("squeeze", x -> x[0].squeeze(1).pow(2), randn(3, 1, 2)),
                op("concat", x -> Tensor.concat(1, x[0], x[1]).mul(x[2]), randn(2, 3), randn(2, 2), randn(2, 5)),
                op("stack", x -> Tensor.stack(0, x[0], x[1]).pow(2), randn(2, 3), randn(2, 3)),
                op("slice", x -> x[0].slice(1, 1, 3).pow(2), randn(3, 4)),
                op("select", x -> x[0].select(0, -1).pow(2), randn(3, 4)),
                op("indexSelect with repeats", x -> x[0].indexSelect(0, 2, 0, 2).pow(2), randn(3, 4)),
                op("gather", x -> x[0].gather(1, Tensor.of(new double[] {2, 0, 1, 1}, 4, 1).to(DType.FLOAT64)).pow(2), randn(4, 3)),
                op("conv2d", x -> x[0].conv2d(x[1], x[2], 1, 0).pow(2), randn(2, 3, 5, 5), randn(4, 3, 3, 3), randn(4)),
                op("conv2d stride 2 padding 1", x -> x[0].conv2d(x[1], null, 2, 1).pow(2), randn(2, 2, 6, 5), randn(3, 2, 3, 3)),
                op("maxPool2d", x -> x[0].maxPool2d(2, 2, 0).pow(2), randn(2, 3, 4, 6)),
                op("maxPool2d overlapping, padded", x -> x[0].maxPool2d(3, 2, 1).pow(2), randn(1, 2, 5, 5)),
                op("avgPool2d", x -> x[0].avgPool2d(2, 2, 0).pow(2), randn(2, 3, 4, 6)),
                op("avgPool2d overlapping, padded", x -> x[0].avgPool2d(3, 2, 1).pow(2), randn(1, 2, 5, 5)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void analyticGradientMatchesCentredDifferences(String name, Function<Tensor[], Tensor> f, Tensor[] inputs) {
        GradCheck.Report report = GradCheck.check(f, inputs);
        assertTrue(report.passed(), name + ": " + report);
    }
}
