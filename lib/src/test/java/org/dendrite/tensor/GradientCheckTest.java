package org.dendrite.tensor;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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
                op("sum dims keepdim", x -> x[0].sum(new int[] {0, 2}, true).mul(x[0].sum(new int[] {0, 2}, true)), randn(2, 3, 4)),
                op("mean", x -> x[0].mean(1).pow(2), randn(3, 4)),
                op("max along dim", x -> x[0].max(1).values().pow(2), randn(3, 5)),
                op("min all", x -> x[0].min(), randn(3, 5)),
                op("logsumexp", x -> x[0].logsumexp(1), randn(3, 5)),
                op("var", x -> x[0].var(0, true), randn(4, 3)),
                op("softmax", x -> x[0].softmax(1).mul(x[1]), randn(2, 5), randn(2, 5)),
                op("logSoftmax", x -> x[0].logSoftmax(1).mul(x[1]), randn(2, 5), randn(2, 5)),
                op("reshape and flatten", x -> x[0].reshape(4, -1).flatten().mul(x[1]), randn(2, 6), randn(12)),
                op("transpose and permute", x -> x[0].transpose(0, 1).permute(2, 0, 1).mul(x[1]), randn(2, 3, 4), randn(4, 3, 2)),
                op("unsqueeze and expand", x -> x[0].unsqueeze(0).expand(3, 2, 4).mul(x[1]), randn(2, 4), randn(3, 2, 4)),
                op("squeeze", x -> x[0].squeeze(1).pow(2), randn(3, 1, 2)),
                op("concat", x -> Tensor.concat(List.of(x[0], x[1]), 1).mul(x[2]), randn(2, 3), randn(2, 2), randn(2, 5)),
                op("stack", x -> Tensor.stack(List.of(x[0], x[1]), 0).pow(2), randn(2, 3), randn(2, 3)),
                op("slice", x -> x[0].slice(1, 1, 3).pow(2), randn(3, 4)),
                op("select", x -> x[0].select(0, -1).pow(2), randn(3, 4)),
                op("indexSelect with repeats", x -> x[0].indexSelect(0, 2, 0, 2).pow(2), randn(3, 4)),
                op("gather", x -> x[0].gather(1, Tensor.of(new double[] {2, 0, 1, 1}, 4, 1).to(DType.INT64)).pow(2), randn(4, 3)),
                op("conv2d", x -> x[0].conv2d(x[1], x[2], 1, 0).pow(2), randn(2, 3, 5, 5), randn(4, 3, 3, 3), randn(4)),
                op("conv2d stride 2 padding 1", x -> x[0].conv2d(x[1], null, 2, 1).pow(2), randn(2, 2, 6, 5), randn(3, 2, 3, 3)),
                op("maxPool2d", x -> x[0].maxPool2d(2, 2, 0).pow(2), randn(2, 3, 4, 6)),
                op("maxPool2d overlapping, padded", x -> x[0].maxPool2d(3, 2, 1).pow(2), randn(1, 2, 5, 5)),
                op("avgPool2d", x -> x[0].avgPool2d(2, 2, 0).pow(2), randn(2, 3, 4, 6)),
                op("avgPool2d overlapping, padded", x -> x[0].avgPool2d(3, 2, 1).pow(2), randn(1, 2, 5, 5)),
                op("sin and cos", x -> x[0].sin().mul(x[0].cos().add(2)), randn(6)),
                op("log1p", x -> x[0].log1p(), positive(5)),
                op("expm1", x -> x[0].expm1(), randn(5)),
                op("erf", x -> x[0].erf(), randn(6)),
                op("floor, ceil, round, sign (zero gradient)", x -> x[0].floor().add(x[0].ceil()).add(x[0].round()).add(x[0].sign()).add(x[0]),
                        awayFromZero(6).mul(1.3)),
                op("rsub, rdiv, rpow", x -> x[0].rsub(1).mul(x[1].rdiv(2)).add(x[0].rpow(3)), randn(5), positive(5)),
                op("square, reciprocal, rsqrt", x -> x[0].square().add(x[1].reciprocal()).add(x[1].rsqrt()), randn(5), positive(5)),
                op("gelu, silu, softplus", x -> x[0].gelu().add(x[0].silu()).add(x[0].softplus()).add(x[0].mul(10).softplus(2, 5)), randn(8)),
                op("amax over two dims", x -> x[0].amax(new int[] {0, 2}, true).mul(x[0].amin()), randn(2, 3, 4)),
                op("prod with a zero and negatives", x -> x[0].prod(1), Tensor.of(new double[] {1.5, -2, 0.7, 0, 3, -1.1, 2, 0.4, -0.6}, 3, 3).to(DType.FLOAT64)),
                op("prod of all, odd length", x -> x[0].prod(), randn(7)),
                op("cumsum", x -> x[0].cumsum(0).pow(2), randn(4, 3)),
                op("norm 2, 1, 3 and inf", x -> x[0].norm().add(x[0].norm(1, 1)).add(x[0].norm(3, 0).sum())
                        .add(x[0].norm(Double.POSITIVE_INFINITY)), awayFromZero(3, 4)),
                op("std", x -> x[0].std(1).add(x[0].std()), randn(3, 4)),
                op("split, chunk, unbind", x -> Tensor.concat(List.of(x[0].split(2, 1).get(1), x[0].chunk(2, 1).get(0)), 1)
                        .mul(x[0].unbind(1).get(2).unsqueeze(1)), randn(3, 5)),
                op("slice with a step", x -> x[0].slice(1, 1, 6, 2).pow(2), randn(3, 6)),
                op("scatter and scatterAdd", x -> x[0].scatter(1, Tensor.of(new double[] {2, 0, 1, 3}, 2, 2).to(DType.INT64), x[1])
                        .add(x[0].scatterAdd(0, Tensor.of(new double[] {1, 1, 0, 1}, 2, 2).to(DType.INT64), x[1])).pow(2),
                        randn(2, 4), randn(2, 2)),
                op("maskedFill", x -> x[0].maskedFill(x[0].gt(0), -1).pow(2), awayFromZero(3, 4)),
                op("repeat", x -> x[0].repeat(2, 2, 3).pow(2), randn(2, 3)),
                op("flip and roll", x -> x[0].flip(0, 1).mul(x[0].roll(2, 1)).add(x[0].roll(-1)), randn(3, 4)),
                op("tril and triu", x -> x[0].tril(1).pow(2).add(x[0].triu(-1).mul(3)), randn(2, 3, 4)),
                op("diag both ways", x -> x[0].diag().matmul(x[1]).add(x[1].diag().sum()), randn(3), randn(3, 4)),
                op("outer and dot", x -> x[0].outer(x[1]).mul(x[0].dot(x[0])), randn(3), randn(4)),
                op("einsum", x -> Tensor.einsum("bij,jk->bki", x[0], x[1]).pow(2), randn(2, 3, 4), randn(4, 2)),
                op("sort and topk", x -> x[0].sort(1, true).values().mul(x[1]).sum().add(x[0].topk(2, 0).values().pow(2).sum()),
                        randn(3, 4), randn(3, 4)),
                op("clone", x -> x[0].clone().pow(2), randn(4)),
                op("matmul broadcast [B,n,k] @ [k,m]", x -> x[0].matmul(x[1]), randn(2, 3, 4), randn(4, 2)),
                op("matmul broadcast batches", x -> x[0].matmul(x[1]), randn(2, 1, 3, 4), randn(3, 4, 2)),
                op("matmul vector on either side", x -> x[1].matmul(x[0]).matmul(x[2]), randn(3, 4), randn(3), randn(4)),
                op("conv1d", x -> x[0].conv1d(x[1], x[2], 2, 1).pow(2), randn(2, 3, 7), randn(4, 3, 3), randn(4)),
                op("pad", x -> x[0].pad(new int[] {1, 2, 2, 0}, 0.5).pow(2), randn(1, 2, 3, 3)),
                op("adaptiveAvgPool2d", x -> x[0].adaptiveAvgPool2d(3, 2).pow(2), randn(1, 2, 5, 7)),
                op("layerNorm", x -> x[0].layerNorm(2, 1e-5).mul(x[1]), randn(2, 3, 4), randn(3, 4)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void analyticGradientMatchesCentredDifferences(String name, Function<Tensor[], Tensor> f, Tensor[] inputs) {
        GradCheck.Report report = GradCheck.check(f, inputs);
        assertTrue(report.passed(), name + ": " + report);
    }
}
