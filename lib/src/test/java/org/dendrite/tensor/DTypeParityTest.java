package org.dendrite.tensor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.stream.StreamSupport;
import org.dendrite.nn.loss.Losses;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Int64 and bool tensors agree with PyTorch 1.13: the type promotion table, and the dtype and
 * values of index, mask and integer operations on fixed inputs. The fixtures come from
 * {@code lib/src/test/python/make_torch_fixtures.py} ({@code torch-dtype-fixtures.json}); each
 * operation there has a twin of the same name below, applied to {@code x} (float32) and
 * {@code y} (int64 labels).
 */
class DTypeParityTest {

    private static final JsonObject FIXTURES = read();

    private static final Map<String, BiFunction<Tensor, Tensor, Tensor>> OPS = Map.ofEntries(
            Map.entry("argmax", (x, y) -> x.argmax(1)),
            Map.entry("argmin", (x, y) -> x.argmin(1)),
            Map.entry("max_values", (x, y) -> x.max(1).values()),
            Map.entry("max_indices", (x, y) -> x.max(1).indices()),
            Map.entry("min_indices_keepdim", (x, y) -> x.min(0, true).indices()),
            Map.entry("topk_indices", (x, y) -> x.topk(2, 1).indices()),
            Map.entry("sort_indices", (x, y) -> x.sort(1, true).indices()),
            Map.entry("nonzero", (x, y) -> x.gt(0.3).nonzero()),
            Map.entry("gt", (x, y) -> x.gt(0.3)),
            Map.entry("lt_tensor", (x, y) -> x.lt(x.mean(1, true))),
            Map.entry("ge", (x, y) -> x.ge(2)),
            Map.entry("le", (x, y) -> x.le(0)),
            Map.entry("eq", (x, y) -> x.argmax(1).eq(y)),
            Map.entry("ne", (x, y) -> x.argmax(1).ne(y)),
            Map.entry("logical_not", (x, y) -> x.gt(0.3).logicalNot()),
            Map.entry("where_bool", (x, y) -> Tensor.where(x.gt(0.3), x, x.neg())),
            Map.entry("masked_fill", (x, y) -> x.maskedFill(x.gt(0.3), -1.0)),
            Map.entry("accuracy", (x, y) -> x.argmax(1).eq(y).to(DType.FLOAT32).mean()),
            Map.entry("sum_bool", (x, y) -> x.gt(0.3).sum()),
            Map.entry("sum_bool_dim", (x, y) -> x.gt(0.3).sum(1)),
            Map.entry("sum_int64", (x, y) -> y.sum()),
            Map.entry("max_int64", (x, y) -> y.max()),
            Map.entry("neg_int64", (x, y) -> y.neg()),
            Map.entry("abs_int64", (x, y) -> y.sub(Tensor.ofLongs(1, 1, 1)).abs()),
            Map.entry("exp_int64", (x, y) -> y.exp()),
            Map.entry("int64_times_double", (x, y) -> y.mul(2.5)),
            Map.entry("int64_plus_int64", (x, y) -> y.add(y)),
            Map.entry("int64_div_int64", (x, y) -> y.div(Tensor.ofLongs(2, 2, 2))),
            Map.entry("int64_plus_float32", (x, y) -> y.add(x.select(1, 0))),
            Map.entry("bool_plus_bool", (x, y) -> x.gt(0.3).add(x.gt(0.3))),
            Map.entry("bool_times_float32", (x, y) -> x.gt(0.3).mul(x)),
            Map.entry("float_to_int64", (x, y) -> x.mul(1.5).to(DType.INT64)),
            Map.entry("float_to_bool", (x, y) -> x.to(DType.BOOL)),
            Map.entry("gather_int64_index", (x, y) -> x.gather(1, y.unsqueeze(1))),
            Map.entry("one_hot", (x, y) -> Tensor.oneHot(y, 4)),
            Map.entry("cross_entropy", (x, y) -> Losses.crossEntropy(x, y)),
            Map.entry("int64_clone", (x, y) -> y.clone()),
            Map.entry("unique_int64", (x, y) -> Tensor.ofLongs(3, 1, 3, 0).unique()));

    @Test
    void promotionFollowsTorchResultType() {
        for (JsonElement e : FIXTURES.getAsJsonArray("promotion")) {
            JsonObject pair = e.getAsJsonObject();
            DType a = dtype(pair.get("a").getAsString());
            DType b = dtype(pair.get("b").getAsString());
            DType expected = dtype(pair.get("result").getAsString());
            assertEquals(expected, DType.promote(a, b), a + " with " + b);
            assertEquals(expected, Tensor.ones(2).to(a).add(Tensor.ones(2).to(b)).dtype(), a + ".add(" + b + ")");
        }
    }

    @Test
    void aJavaDoubleScalarPromotesAsAPythonFloat() {
        for (JsonElement e : FIXTURES.getAsJsonArray("scalar")) {
            DType a = dtype(e.getAsJsonObject().get("a").getAsString());
            assertEquals(dtype(e.getAsJsonObject().get("result").getAsString()), Tensor.ones(2).to(a).add(2.5).dtype(), a + ".add(2.5)");
        }
    }

    static List<JsonObject> ops() {
        List<JsonObject> ops = new ArrayList<>();
        FIXTURES.getAsJsonArray("ops").forEach(e -> ops.add(e.getAsJsonObject()));
        return ops;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ops")
    void dtypeAndValuesMatchPyTorch(JsonObject op) {
        String name = op.get("name").getAsString();
        JsonObject inputs = FIXTURES.getAsJsonObject("inputs");
        Tensor x = tensor(inputs.getAsJsonObject("x"), DType.FLOAT32);
        Tensor y = tensor(inputs.getAsJsonObject("y"), DType.INT64);
        Tensor out = OPS.get(name).apply(x, y);
        assertEquals(dtype(op.get("dtype").getAsString()), out.dtype(), name + ": dtype");
        assertArrayEquals(longs(op), Arrays.stream(out.shape()).asLongStream().toArray(), name + ": shape");
        double[] expected = values(op);
        double[] actual = out.toDoubleArray();
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], 1e-6 * Math.max(1, Math.abs(expected[i])), name + ": element " + i);
        }
    }

    @Test
    void everyOperationHasATwin() {
        TreeSet<String> named = new TreeSet<>();
        ops().forEach(op -> named.add(op.get("name").getAsString()));
        assertEquals(named, new TreeSet<>(OPS.keySet()));
    }

    @Test
    void whatPyTorchRefusesIsRefusedWithTheConversion() {
        Tensor x = Tensor.randn(3, 4);
        Tensor y = Tensor.ofLongs(2, 0, 1);
        JsonObject refused = FIXTURES.getAsJsonObject("refused");
        refused.keySet().forEach(k -> assertTrue(!refused.get(k).isJsonNull(), "PyTorch refuses " + k));
        assertRefused(() -> y.mean(), "mean: the input is int64, but mean needs a floating point type; convert with .to(DType.FLOAT32)");
        assertRefused(() -> y.norm(), "norm: the input is int64, but norm needs a floating point type");
        assertRefused(() -> Tensor.randnLike(y), "randnLike: the input is int64, but randnLike needs a floating point type");
        assertRefused(() -> y.clone().requiresGrad(true), "only floating point tensors can require gradients, this one is int64");
        assertRefused(() -> Tensor.where(x.gt(0).to(DType.FLOAT32), x, x), "where: the mask must be bool, got float32");
        assertRefused(() -> x.maskedFill(Tensor.ones(3, 4), 0), "maskedFill: the mask must be bool, got float32");
        assertRefused(() -> x.gather(1, y.unsqueeze(1).to(DType.FLOAT32)), "gather: the index must be int64, got float32");
        assertRefused(() -> Losses.crossEntropy(x, y.to(DType.FLOAT32)), "labels must be int64 class indices, got float32");
        assertRefused(() -> Tensor.oneHot(y.to(DType.FLOAT32), 3), "oneHot: the labels must be int64, got float32");
    }

    @Test
    void indicesMasksAndIntegersPrintAsPyTorchPrintsThem() {
        assertEquals("tensor([2, 0, 1])", Tensor.ofLongs(2, 0, 1).toString());
        assertEquals("tensor([ True, False])", Tensor.of(1, -1).gt(0).toString());
        assertEquals(3L, Tensor.ofLongs(2, 0, 1).numel());
        assertArrayEquals(new long[] {2, -1}, Tensor.of(2.7, -1.5).to(DType.INT64).toLongArray());
        assertEquals("tensor([-1.5000,  0.5000])", Tensor.ofLongs(2, 0).rsub(0.5).toString(), "a double minus int64 gives float32");
    }

    @Test
    void integerTensorsStayOutOfTheGraph() {
        Tensor w = Tensor.randn(3, 4).requiresGrad(true);
        Tensor indices = w.argmax(1);
        assertEquals(false, indices.requiresGrad());
        Tensor loss = Losses.crossEntropy(w, Tensor.ofLongs(1, 0, 3));
        loss.backward();
        assertEquals(DType.FLOAT32, w.grad().dtype());
        assertEquals(false, w.to(DType.INT64).requiresGrad());
    }

    private static void assertRefused(Executable call, String message) {
        String got = assertThrows(IllegalArgumentException.class, call).getMessage();
        assertTrue(got.contains(message), got);
    }

    private static Tensor tensor(JsonObject json, DType type) {
        int[] shape = Arrays.stream(longs(json)).mapToInt(Math::toIntExact).toArray();
        return Tensor.of(type, values(json), shape.length == 0 ? new int[0] : shape);
    }

    private static long[] longs(JsonObject json) {
        return StreamSupport.stream(json.getAsJsonArray("shape").spliterator(), false).mapToLong(JsonElement::getAsLong).toArray();
    }

    private static double[] values(JsonObject json) {
        return StreamSupport.stream(json.getAsJsonArray("values").spliterator(), false)
                .mapToDouble(v -> v.getAsJsonPrimitive().isBoolean() ? (v.getAsBoolean() ? 1 : 0) : v.getAsDouble()).toArray();
    }

    private static DType dtype(String name) {
        return DType.valueOf(name.toUpperCase(Locale.ROOT));
    }

    private static JsonObject read() {
        try (Reader reader = new InputStreamReader(
                DTypeParityTest.class.getResourceAsStream("torch-dtype-fixtures.json"), StandardCharsets.UTF_8)) {
            return JsonParser.parseReader(reader).getAsJsonObject();
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("torch-dtype-fixtures.json is missing; run lib/src/test/python/make_torch_fixtures.py", e);
        }
    }
}
