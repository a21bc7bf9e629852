package org.dendrite.tensor;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.dendrite.device.Device;
import org.dendrite.nn.loss.Losses;
import org.dendrite.nn.loss.Reduction;
import org.dendrite.tensor.backend.Backend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;


/**
 * Composites of tensor operations agree with PyTorch in float64: outputs and input gradients,
 * on random shapes with broadcasting. The fixtures come from
 * {@code lib/src/test/python/make_torch_fixtures.py}, whose composites have the same names as
 * the twins below.
 */
class TorchParityTest {

    private static final String FIXTURES = "torch-fixtures.json";
    private static final double RELATIVE_TOLERANCE = 1e-5;
    /** Where PyTorch gives exactly 0, rounding may leave a few ulps of 1 on either side. */
    private static final double ABSOLUTE_FLOOR = 1e-10;

    private static final Map<String, Function<Tensor[], Tensor>> COMPOSITES = Map.ofEntries(
            Map.entry("linear_relu_logsumexp", x -> x[0].matmul(x[1]).add(x[2]).relu().logsumexp(1)),
            Map.entry("log_softmax_cross_entropy", x -> x[0].logSoftmax(1).gather(1, x[1].unsqueeze(1)).mean().neg()),
            Map.entry("softmax_cross_entropy",
                    x -> x[0].matmul(x[1]).softmax(1).gather(1, x[2].unsqueeze(1)).log().mean().neg()),
            Map.entry("svm_hinge",
                    x -> x[0].sub(x[0].gather(1, x[1].unsqueeze(1))).add(1).maximum(0.0).sum(1).mean()),
            Map.entry("standardize_keepdim",
                    x -> x[0].sub(x[0].mean(1, true)).div(x[0].var(1, true).add(1e-5).sqrt()).mul(x[0].max(2, true).values())),
            Map.entry("reductions_mixed", x -> x[0].mean(new int[] {0, 2}, true).mul(x[0])
                    .add(x[0].var(2, false, false).unsqueeze(2))
                    .sub(x[0].min(1, true).values())
                    .add(x[0].sum().mul(0.1))
                    .sub(x[0].max())),
            Map.entry("where_clamp_pow_sqrt", x -> Tensor.where(x[0].gt(x[1]), x[0].clamp(-1, 1).pow(3), x[2].exp().add(1).log())
                    .mul(x[0].mul(x[0]).add(1).sqrt())
                    .add(x[0].abs().add(0.1).pow(x[1]))),
            Map.entry("exp_log_div_minmax", x -> x[0].exp().div(x[1].exp().add(1)).log()
                    .sub(x[0].minimum(x[1]))
                    .add(x[0].maximum(x[1]).abs().div(x[0].mul(x[0]).add(2)))),
            Map.entry("activations", x -> x[0].leakyRelu(0.1)
                    .add(x[0].mul(x[1]).elu(1.0).mul(x[1].tanh()))
                    .sub(x[0].sub(x[1]).sigmoid())),
            Map.entry("permute_reshape_matmul", x -> {
                int[] s = x[0].shape();
                return x[0].permute(2, 0, 1).reshape(s[2], s[0] * s[1]).matmul(x[1]).transpose(0, 1).flatten();
            }),
            Map.entry("slice_concat_stack", x -> {
                Tensor joined = Tensor.concat(List.of(x[0].slice(1, 1, -1), x[1], x[0].slice(1, 0, 1)), 1);
                Tensor stacked = Tensor.stack(List.of(joined, joined.mul(joined)), 2);
                return stacked.indexSelect(0, 1, 0, 1).select(2, 1).add(stacked.select(2, 0).sum(0));
            }),
            Map.entry("batched_matmul_bias", x -> x[0].matmul(x[1]).add(x[2]).tanh().matmul(x[1].transpose(1, 2))),
            Map.entry("unsqueeze_expand_squeeze", x -> {
                int[] s = x[0].shape();
                return x[0].unsqueeze(0).expand(3, s[0], s[1]).mul(x[1]).sum(0).add(x[2].squeeze(1));
            }),
            Map.entry("two_sided_broadcast_softmax",
                    x -> x[0].mul(x[1]).sub(x[0].div(x[1].exp().add(1))).pow(2).add(1).sqrt().softmax(0)),
            Map.entry("gather_logsumexp_dim0",
                    x -> x[0].gather(0, x[1].unsqueeze(0)).sub(x[0].logsumexp(0, true)).squeeze(0)),
            Map.entry("twenty_lines_loss", x -> x[0].matmul(x[1]).sigmoid().matmul(x[2]).sub(x[3]).pow(2).sum()),
            Map.entry("trig_log1p_expm1_erf", x -> x[0].sin().mul(x[0].cos()).add(x[0].abs().log1p())
                    .sub(x[0].mul(0.5).expm1()).add(x[0].erf())),
            Map.entry("steps_sign_round", x -> x[0].mul(x[0].mul(3).floor()).add(x[0].mul(3).ceil().mul(x[0].sign()))
                    .sub(x[0].mul(2.5).round().mul(x[0]))),
            Map.entry("scalar_first", x -> x[0].rsub(1).mul(x[1].rdiv(2)).add(x[0].rpow(2)).add(x[0].square())
                    .add(x[1].reciprocal()).add(x[1].rsqrt()).add(x[0].rsub(3))),
            Map.entry("reductions_new", x -> x[0].amax(new int[] {0, 2}, true).mul(x[0])
                    .add(x[0].amin(1).unsqueeze(1))
                    .add(x[0].prod(2, true))
                    .add(x[0].cumsum(1))
                    .add(x[0].norm())
                    .add(x[0].norm(1, 2, true))
                    .add(x[0].std(1, true))
                    .add(x[0].std())
                    .add(x[0].norm(3, 0, 1))
                    .add(x[0].norm(Double.POSITIVE_INFINITY, 2, true))
                    .add(x[0].prod().mul(0.01))),
            Map.entry("sort_topk_argmin", x -> {
                ValuesAndIndices top = x[0].topk(2, 1);
                ValuesAndIndices columns = x[0].sort(0, false);
                return Tensor.concat(List.of(x[0].sort(1, true).values(), top.values().mul(top.indices()),
                        x[0].argmin(1).unsqueeze(1), x[0].topk(2, 1, false).values(),
                        columns.values().mul(columns.indices())), 1);
            }),
            Map.entry("split_chunk_unbind_step", x -> {
                int[] s = x[0].shape();
                List<Tensor> pieces = new ArrayList<>(x[0].split(2, 1));
                x[0].chunk(3, 0).forEach(c -> pieces.add(c.mul(2)));
                x[0].unbind(1).forEach(r -> pieces.add(r.mul(r)));
                pieces.addAll(x[0].split(new int[] {1, s[1] - 3, 2}, 1));
                pieces.add(x[0].slice(0, 1, s[0], 2).slice(1, 0, s[1], 3));
                return Tensor.concat(pieces.stream().map(Tensor::flatten).toArray(Tensor[]::new), 0);
            }),
            Map.entry("scatter_masked_fill", x -> x[0].scatter(1, x[2], x[1]).mul(2)
                    .add(x[0].scatterAdd(1, x[2], x[1].mul(x[1])))
                    .add(x[0].maskedFill(x[3].gt(0), 0.5))
                    .add(x[0].scatter(1, x[2], 3.0))),
            Map.entry("repeat_flip_roll_triangles", x -> x[0].repeat(2, 1, 2).mul(1.5).sum(0)
                    .add(x[0].flip(0, 1).repeat(1, 2))
                    .add(x[0].roll(1, 0).repeat(1, 2))
                    .add(x[0].roll(-2).repeat(1, 2))
                    .add(x[0].tril(1).repeat(1, 2).mul(x[0].triu(-1).repeat(1, 2)))),
            Map.entry("diag_outer_dot_einsum", x -> {
                Tensor v = x[0], w = x[1], a = x[2], b = x[3], c = x[4];
                return Tensor.einsum("ij,jk->ik", a, b).add(v.diag().matmul(b)).add(v.outer(w).matmul(b))
                        .add(v.dot(w).mul(a.diag().unsqueeze(1))).add(Tensor.einsum("i,ik->k", v, b))
                        .add(Tensor.einsum("ij->ji", a).matmul(b)).add(Tensor.einsum("ij,ij->", a, a))
                        .add(Tensor.einsum("bij,bjk->bik", c, b.expand(2, b.size(0), b.size(1))).sum(0))
                        .add(Tensor.einsum("ik", b)).add(b.diag().sum());
            }),
            Map.entry("matmul_rules", x -> x[0].matmul(x[1]).add(x[2].matmul(x[1])).add(x[0].matmul(x[2]).unsqueeze(-1))
                    .matmul(x[3]).add(x[2].matmul(x[2]))),
            Map.entry("activations_new", x -> x[0].gelu().add(x[0].silu().mul(x[1].softplus()))
                    .add(x[0].mul(10).softplus(2, 5)).add(x[0].logSoftmax(1))),
            Map.entry("conv1d_stride_padding", x -> x[0].conv1d(x[1], x[2], 2, 1)),
            Map.entry("pad_adaptive_avg_pool", x -> x[0].pad(new int[] {1, 2, 0, 1}, 0.5).adaptiveAvgPool2d(3, 2)
                    .add(x[0].pad(1, 1, 2, 0).slice(2, 0, 3).slice(3, 0, 2).sum())),
            Map.entry("layer_norm", x -> x[0].layerNorm(1, 1e-5).mul(x[1]).add(x[2])
                    .add(x[0].layerNorm(2, 1e-3).mul(x[3]).add(x[4]))),
            Map.entry("losses_new", x -> Losses.nll(x[0].logSoftmax(1), x[1])
                    .add(Losses.binaryCrossEntropy(x[0].sigmoid(), x[2]))
                    .add(Losses.binaryCrossEntropyWithLogits(x[0], x[2]))
                    .add(Losses.smoothL1(x[3], x[4], 0.7))
                    .add(Losses.huber(x[3], x[4], 1.3))
                    .add(Losses.klDivergence(x[0].logSoftmax(1), x[2].softmax(1)))),
            Map.entry("losses_unreduced", x -> Tensor.concat(List.of(
                    Losses.nll(x[0].logSoftmax(1), x[1], Reduction.NONE),
                    Losses.binaryCrossEntropy(x[0].sigmoid(), x[2], Reduction.NONE).reshape(-1),
                    Losses.binaryCrossEntropyWithLogits(x[0], x[2], Reduction.SUM).reshape(1),
                    Losses.smoothL1(x[3], x[4], 0.7, Reduction.NONE).reshape(-1),
                    Losses.huber(x[3], x[4], 1.3, Reduction.SUM).reshape(1),
                    Losses.klDivergence(x[0].logSoftmax(1), x[2].softmax(1), Reduction.NONE)), 0)),
            Map.entry("clone_unique_nonzero_ne", x -> Tensor.concat(List.of(x[0].clone().reshape(-1).mul(2),
                    x[0].mul(2).round().unique(), x[0].mul(2).round().nonzero().reshape(-1),
                    x[0].ne(x[1]).reshape(-1)), 0)),
            Map.entry("argument_orders", x -> {
                Tensor v = x[0];
                return v.sum(1, true).add(v.sum(new int[] {0, 2}, true)).add(v.sum(2).unsqueeze(2)).add(v.sum(0, 1))
                        .add(v.mean(0)).add(v.mean(new int[] {1, 2}, true)).add(v.amax(2, true)).add(v.amin(0, 1))
                        .add(v.var(1, false, true)).add(v.std(2, true, true)).add(v.var(0).mul(v.std(0)))
                        .add(v.norm(1, 2, true)).add(v.logsumexp(1).unsqueeze(1)).add(v.prod(0).mul(0.1))
                        .add(v.max(1, true).values()).add(v.min(2).values().unsqueeze(2))
                        .add(v.max(0).indices()).add(v.min(1, true).indices())
                        .add(Tensor.concat(List.of(v, v.mul(2)), 0).slice(0, 0, v.size(0)))
                        .add(Tensor.stack(List.of(v, v), 3).sum(3))
                        .add(Tensor.full(new int[] {v.size(2)}, 0.5).to(DType.FLOAT64));
            }),
            Map.entry("linear_layout", x -> x[0].linear(x[1], x[2]).add(x[0].linear(x[1], null).tanh())),
            Map.entry("multi_margin_times_classes", x -> Losses.multiclassHinge(x[0], x[1])
                    .add(Losses.multiclassHinge(x[0], x[1], Reduction.NONE))),
            Map.entry("float32_float64_promotion", x -> {
                Tensor narrow = x[0].to(DType.FLOAT32);
                return narrow.mul(x[1]).add(x[1].sub(narrow).exp()).add(Tensor.where(narrow.gt(x[1]), narrow, x[1]));
            }));

    static Stream<Arguments> fixtures() {
        List<Arguments> cases = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (JsonElement fixture : readFixtures()) {
            String name = fixture.getAsJsonObject().get("composite").getAsString();
            cases.add(Arguments.of(name + " #" + seen.merge(name, 1, Integer::sum), fixture.getAsJsonObject()));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void outputAndGradientsMatchPyTorch(String name, JsonObject fixture) {
        String composite = fixture.get("composite").getAsString();
        Function<Tensor[], Tensor> f = COMPOSITES.get(composite);
        assertNotNull(f, "no Java twin for the fixture composite '" + composite + "'; add one to COMPOSITES");
        JsonArray inputs = fixture.getAsJsonArray("inputs");
        Tensor[] xs = new Tensor[inputs.size()];
        for (int i = 0; i < xs.length; i++) {
            JsonObject input = inputs.get(i).getAsJsonObject();
            xs[i] = tensor(input).requiresGrad(input.get("requiresGrad").getAsBoolean());
        }

        Tensor out = f.apply(xs);
        assertClose(name + " output", fixture.getAsJsonObject("output"), out);
        if (out.requiresGrad()) {
            out.backward(tensor(fixture.getAsJsonObject("upstream")));
        }
        for (int i = 0; i < xs.length; i++) {
            JsonElement grad = inputs.get(i).getAsJsonObject().get("grad");
            if (!grad.isJsonNull()) {
                assertNotNull(xs[i].grad(), name + ": input " + i + " got no gradient");
                assertClose(name + " gradient of input " + i, grad.getAsJsonObject(), xs[i].grad());
            }
        }
    }

    @Test
    void everyCompositeHasFixtures() {
        TreeSet<String> named = new TreeSet<>();
        readFixtures().forEach(f -> named.add(f.getAsJsonObject().get("composite").getAsString()));
        assertEquals(new TreeSet<>(COMPOSITES.keySet()), named, "composites in the test vs in " + FIXTURES);
    }

    private static Iterable<JsonElement> readFixtures() {
        try (Reader reader = new InputStreamReader(
                TorchParityTest.class.getResourceAsStream(FIXTURES), StandardCharsets.UTF_8)) {
            return JsonParser.parseReader(reader).getAsJsonObject().getAsJsonArray("fixtures");
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException(FIXTURES + " is missing or unreadable; run lib/src/test/python/make_torch_fixtures.py", e);
        }
    }

    /**
     * The fixture's values exactly: an int64 tensor where PyTorch's were integers (JSON numbers
     * without a point or exponent, such as labels and indices), else float64.
     */
    private static Tensor tensor(JsonObject json) {
        long[] shape = longs(json.getAsJsonArray("shape"));
        JsonArray raw = json.getAsJsonArray("values");
        double[] values = StreamSupport.stream(raw.spliterator(), false).mapToDouble(JsonElement::getAsDouble).toArray();
        boolean integers = raw.size() > 0 && StreamSupport.stream(raw.spliterator(), false)
                .allMatch(v -> v.getAsString().matches("-?[0-9]+"));
        Backend cpu = Backends.of(Device.cpu());
        Tensor floats = Tensor.leaf(cpu.fromDoubles(values, shape, DType.FLOAT64), cpu);
        return integers ? floats.to(DType.INT64) : floats;
    }

    private static long[] longs(JsonArray array) {
        return StreamSupport.stream(array.spliterator(), false).mapToLong(JsonElement::getAsLong).toArray();
    }

    private static void assertClose(String what, JsonObject expected, Tensor actual) {
        assertEquals(DType.FLOAT64, actual.dtype(), what + ": dtype");
        assertArrayEquals(longs(expected.getAsJsonArray("shape")),
                Arrays.stream(actual.shape()).asLongStream().toArray(), what + ": shape");
        double[] want = tensor(expected).toDoubleArray();
        double[] got = actual.toDoubleArray();
        for (int i = 0; i < want.length; i++) {
            double allowed = RELATIVE_TOLERANCE * Math.abs(want[i]) + ABSOLUTE_FLOOR;
            if (!(Math.abs(got[i] - want[i]) <= allowed)) {
                fail(String.format(Locale.ROOT, "%s: element %d is %.17g, PyTorch gives %.17g (relative error %.2e)",
                        what, i, got[i], want[i], Math.abs(got[i] - want[i]) / Math.abs(want[i])));
            }
        }
    }
}
