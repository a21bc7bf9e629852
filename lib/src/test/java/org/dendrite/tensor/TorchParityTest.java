package org.dendrite.tensor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.factory.Nd4j;

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
            Map.entry("linear_relu_logsumexp", x -> x[0].matmul(x[1]).add(x[2]).relu().logsumexp(1, false)),
            Map.entry("log_softmax_cross_entropy", x -> x[0].logSoftmax(1).gather(1, x[1].unsqueeze(1)).mean().neg()),
            Map.entry("softmax_cross_entropy",
                    x -> x[0].matmul(x[1]).softmax(1).gather(1, x[2].unsqueeze(1)).log().mean().neg()),
            Map.entry("svm_hinge",
                    x -> x[0].sub(x[0].gather(1, x[1].unsqueeze(1))).add(1).maximum(0.0).sum(false, 1).mean()),
            Map.entry("standardize_keepdim",
                    x -> x[0].sub(x[0].mean(true, 1)).div(x[0].var(1, true).add(1e-5).sqrt()).mul(x[0].max(2, true))),
            Map.entry("reductions_mixed", x -> x[0].mean(true, 0, 2).mul(x[0])
                    .add(x[0].var(2, false, false).unsqueeze(2))
                    .sub(x[0].min(1, true))
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
                Tensor joined = Tensor.concat(1, x[0].slice(1, 1, -1), x[1], x[0].slice(1, 0, 1));
                Tensor stacked = Tensor.stack(2, joined, joined.mul(joined));
                return stacked.indexSelect(0, 1, 0, 1).select(2, 1).add(stacked.select(2, 0).sum(false, 0));
            }),
            Map.entry("batched_matmul_bias", x -> x[0].matmul(x[1]).add(x[2]).tanh().matmul(x[1].transpose(1, 2))),
            Map.entry("unsqueeze_expand_squeeze", x -> {
                int[] s = x[0].shape();
                return x[0].unsqueeze(0).expand(3, s[0], s[1]).mul(x[1]).sum(false, 0).add(x[2].squeeze(1));
            }),
            Map.entry("two_sided_broadcast_softmax",
                    x -> x[0].mul(x[1]).sub(x[0].div(x[1].exp().add(1))).pow(2).add(1).sqrt().softmax(0)),
            Map.entry("gather_logsumexp_dim0",
                    x -> x[0].gather(0, x[1].unsqueeze(0)).sub(x[0].logsumexp(0, true)).squeeze(0)),
            Map.entry("twenty_lines_loss", x -> x[0].matmul(x[1]).sigmoid().matmul(x[2]).sub(x[3]).pow(2).sum()));

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
        out.backward(tensor(fixture.getAsJsonObject("upstream")));
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

    /** A float64 tensor holding the fixture's values exactly. */
    private static Tensor tensor(JsonObject json) {
        long[] shape = longs(json.getAsJsonArray("shape"));
        double[] values = StreamSupport.stream(json.getAsJsonArray("values").spliterator(), false)
                .mapToDouble(JsonElement::getAsDouble).toArray();
        return Tensor.fromArray(shape.length == 0 ? Nd4j.scalar(values[0]) : Nd4j.createFromArray(values).reshape('c', shape));
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
