package org.dendrite.tensor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.dendrite.graph.TopologicalOrder;
import org.dendrite.tensor.backend.Shapes;

/**
 * Reverse-mode automatic differentiation: the graph is recorded as tensors are computed (each
 * result keeps its {@link Node}); {@link #backward} sorts it and walks it once, from the output
 * back to the leaves, applying each node's local rule (the chain rule).
 */
public final class Autograd {

    private static final ThreadLocal<Integer> NO_GRAD_DEPTH = ThreadLocal.withInitial(() -> 0);
    private static volatile boolean detectAnomaly;

    private Autograd() {
    }

    /** Whether new operations are recorded for backward (false inside {@link #noGrad()}). */
    public static boolean isGradEnabled() {
        return NO_GRAD_DEPTH.get() == 0;
    }

    /**
     * A scope in which nothing is recorded, for evaluation and weight updates:
     * {@code try (var off = Autograd.noGrad()) { ... }}.
     */
    public static NoGrad noGrad() {
        NO_GRAD_DEPTH.set(NO_GRAD_DEPTH.get() + 1);
        return () -> NO_GRAD_DEPTH.set(NO_GRAD_DEPTH.get() - 1);
    }

    /** Checks every result for NaN or infinity and names the first operation that produced one. */
    public static void setDetectAnomaly(boolean enabled) {
        detectAnomaly = enabled;
    }

    /** Whether anomaly detection is on. */
    public static boolean isDetectAnomaly() {
        return detectAnomaly;
    }

    /** A scope opened by {@link #noGrad()}; closing it turns recording back on. */
    @FunctionalInterface
    public interface NoGrad extends AutoCloseable {
        @Override
        void close();
    }

    /** Propagates {@code upstream} (the gradient of some loss with respect to {@code root}) to every leaf. */
    static void backward(Tensor root, Tensor upstream) {
        Map<Tensor, Tensor> grads = new IdentityHashMap<>();
        grads.put(root, upstream);
        try (NoGrad off = noGrad()) {
            for (Tensor t : reverseTopologicalOrder(root)) {
                Tensor grad = grads.remove(t);
                if (grad == null) {
                    continue;
                }
                t.receiveGradient(grad);
                Node node = t.gradFn();
                if (node == null) {
                    continue;
                }
                Tensor[] inputGrads = node.backward().apply(grad);
                for (int i = 0; i < node.inputs().length; i++) {
                    Tensor input = node.inputs()[i];
                    if (input.requiresGrad() && inputGrads[i] != null) {
                        checkFinite(node.op() + " backward", inputGrads[i]);
                        grads.merge(input, inputGrads[i], Tensor::add);
                    }
                }
            }
        }
    }

    /** Every tensor that {@code root} depends on and that requires grad, outputs before the inputs they were made from. */
    private static List<Tensor> reverseTopologicalOrder(Tensor root) {
        List<Tensor> order = new ArrayList<>(TopologicalOrder.inputsFirst(root, t -> t.gradFn() == null ? List.of()
                : Arrays.stream(t.gradFn().inputs()).filter(Tensor::requiresGrad).toList()));
        Collections.reverse(order);
        return order;
    }

    /** In anomaly mode, fails when {@code result} of {@code op} holds NaN or infinity. */
    static void checkFinite(String op, Tensor result) {
        if (detectAnomaly && result.backend().hasNonFinite(result.storage())) {
            throw new ArithmeticException("Anomaly: " + op + " produced NaN or infinity (shape "
                    + Shapes.format(result.storage().shape()) + ")");
        }
    }

}
