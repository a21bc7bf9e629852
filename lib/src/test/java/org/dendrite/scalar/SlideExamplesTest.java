package org.dendrite.scalar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

/** The backpropagation examples of the slides (seeds 000, 001, 002), with the slides' numbers. */
class SlideExamplesTest {

    private static final double EXACT = 1e-12;
    private static final double TWO_DECIMALS = 0.005;

    @Test
    void slideGraphAtMinusTwoFiveMinusFour() {
        // f(x, y, z) = (x + y) z at x = -2, y = 5, z = -4 (lectures 000 and 002)
        Value x = Value.of(-2, "x");
        Value y = Value.of(5, "y");
        Value z = Value.of(-4, "z");
        Value q = x.add(y).label("q");
        Value f = q.mul(z).label("f");
        f.backward();

        assertEquals(3, q.data(), EXACT);
        assertEquals(-12, f.data(), EXACT);
        assertEquals(1, f.grad(), EXACT);
        assertEquals(-4, q.grad(), EXACT);   // df/dq = z
        assertEquals(3, z.grad(), EXACT);    // df/dz = q
        assertEquals(-4, x.grad(), EXACT);   // df/dx = df/dq * dq/dx = -4 * 1
        assertEquals(-4, y.grad(), EXACT);
    }

    /** The cs231n sigmoid neuron: its worked numbers are in the slide figures, not the text extract. */
    private static final double W0 = 2;
    private static final double X0 = -1;
    private static final double W1 = -3;
    private static final double X1 = -2;
    private static final double W2 = -3;

    @Test
    void sigmoidNeuronFromPrimitiveGatesMatchesSlide() {
        // f(w, x) = 1 / (1 + e^-(w0 x0 + w1 x1 + w2)), gate by gate: *, +, neg, exp, +1, 1/x
        Value w0 = Value.of(W0, "w0"), x0 = Value.of(X0, "x0");
        Value w1 = Value.of(W1, "w1"), x1 = Value.of(X1, "x1"), w2 = Value.of(W2, "w2");
        Value f = w0.mul(x0).add(w1.mul(x1)).add(w2).neg().exp().add(1).pow(-1);
        f.backward();

        assertNeuronMatchesSlide(f, w0, x0, w1, x1, w2);
    }

    @Test
    void sigmoidNeuronWithDivisionGivesTheSameGradients() {
        Value w0 = Value.of(W0), x0 = Value.of(X0), w1 = Value.of(W1), x1 = Value.of(X1), w2 = Value.of(W2);
        Value f = Value.of(1).div(w0.mul(x0).add(w1.mul(x1)).add(w2).neg().exp().add(1));
        f.backward();

        assertNeuronMatchesSlide(f, w0, x0, w1, x1, w2);
    }

    @Test
    void sigmoidGateGivesTheSameGradientsAsItsPrimitiveGates() {
        Value w0 = Value.of(W0), x0 = Value.of(X0), w1 = Value.of(W1), x1 = Value.of(X1), w2 = Value.of(W2);
        Value f = w0.mul(x0).add(w1.mul(x1)).add(w2).sigmoid();
        f.backward();

        assertNeuronMatchesSlide(f, w0, x0, w1, x1, w2);
        // the gate's local gradient σ(1 - σ) = 0.73 * 0.27 = 0.20 reaches w2 unchanged through the adds
        assertEquals(f.data() * (1 - f.data()), w2.grad(), EXACT);
    }

    private static void assertNeuronMatchesSlide(Value f, Value w0, Value x0, Value w1, Value x1, Value w2) {
        assertEquals(0.73, f.data(), TWO_DECIMALS);
        assertEquals(-0.20, w0.grad(), TWO_DECIMALS);
        assertEquals(0.39, x0.grad(), TWO_DECIMALS);
        assertEquals(-0.39, w1.grad(), TWO_DECIMALS);
        assertEquals(-0.59, x1.grad(), TWO_DECIMALS);
        assertEquals(0.20, w2.grad(), TWO_DECIMALS);
        // and exactly: d/dw0 = x0 σ(1 - σ) with σ = σ(1), as the slides' shortcut says
        double local = sigma(1) * (1 - sigma(1));
        assertEquals(X0 * local, w0.grad(), EXACT);
        assertEquals(W1 * local, x1.grad(), EXACT);
    }

    // Patterns in backward flow (lecture 002), on the cs231n figure's graph:
    // f = 2 (x y + max(z, w)) at x = 3, y = -4, z = 2, w = -1, so the upstream gradient of each gate is 2.

    @Test
    void addGateDistributesTheUpstreamGradientUnchanged() {
        Value a = Value.of(-12), b = Value.of(2);
        Value sum = a.add(b);
        sum.mul(2).backward();

        assertEquals(-10, sum.data(), EXACT);
        assertEquals(2, sum.grad(), EXACT);
        assertEquals(2, a.grad(), EXACT);
        assertEquals(2, b.grad(), EXACT);
    }

    @Test
    void maxGateRoutesTheUpstreamGradientToTheLargerInputOnly() {
        Value z = Value.of(2, "z"), w = Value.of(-1, "w");
        Value larger = z.max(w);
        larger.mul(2).backward();
        assertEquals(2, larger.data(), EXACT);
        assertEquals(2, z.grad(), EXACT);
        assertEquals(0, w.grad(), EXACT);

        Value small = Value.of(-1), big = Value.of(2);
        small.max(big).mul(2).backward();   // the other order: still the larger one
        assertEquals(0, small.grad(), EXACT);
        assertEquals(2, big.grad(), EXACT);
    }

    @Test
    void mulGateSwitchesEachInputGetsUpstreamTimesTheOther() {
        Value x = Value.of(3, "x"), y = Value.of(-4, "y");
        x.mul(y).mul(2).backward();

        assertEquals(2 * -4, x.grad(), EXACT);
        assertEquals(2 * 3, y.grad(), EXACT);
    }

    @Test
    void patternsInBackwardFlowGraphMatchesFigure() {
        Value x = Value.of(3), y = Value.of(-4), z = Value.of(2), w = Value.of(-1);
        Value f = x.mul(y).add(z.max(w)).mul(2);
        f.backward();

        assertEquals(-20, f.data(), EXACT);
        assertEquals(-8, x.grad(), EXACT);
        assertEquals(6, y.grad(), EXACT);
        assertEquals(2, z.grad(), EXACT);
        assertEquals(0, w.grad(), EXACT);
    }

    // Lecture 001: the chain rule through three sigmoid layers, y = f3(w3 f2(w2 f1(w1 x + b1))),
    // with the L2 loss L = (y - ŷ)² / 2, so dL/df3 = -(y - ŷ) as on the slide.
    private static final double X = 1.5;
    private static final double TARGET = 1.0;
    private static final double W1_AT = 0.8;
    private static final double B1_AT = 0.2;
    private static final double W2_AT = -1.2;
    private static final double W3_AT = 2.0;

    private static Value threeLayerLoss(Value w1, Value b1, Value w2, Value w3) {
        Value f1 = w1.mul(X).add(b1).sigmoid().label("f1");   // a1 = w1 x + b1, f1 = σ(a1)
        Value f2 = w2.mul(f1).sigmoid().label("f2");          // a2 = w2 f1
        Value f3 = w3.mul(f2).sigmoid().label("f3");          // a3 = w3 f2, ŷ = f3
        return Value.of(TARGET).sub(f3).pow(2).mul(0.5).label("L");
    }

    @Test
    void chainRuleThroughThreeSigmoidLayersReusesUpstreamProducts() {
        Value w1 = Value.of(W1_AT), b1 = Value.of(B1_AT), w2 = Value.of(W2_AT), w3 = Value.of(W3_AT);
        threeLayerLoss(w1, b1, w2, w3).backward();

        // the slide's products, written out by hand: each layer re-uses the one above it
        double f1 = sigma(W1_AT * X + B1_AT), f2 = sigma(W2_AT * f1), f3 = sigma(W3_AT * f2);
        double upstream3 = -(TARGET - f3) * f3 * (1 - f3);          // dL/df3 * df3/da3
        double upstream2 = upstream3 * W3_AT * f2 * (1 - f2);       // ... * da3/df2 * df2/da2
        double upstream1 = upstream2 * W2_AT * f1 * (1 - f1);       // ... * da2/df1 * df1/da1
        assertEquals(upstream3 * f2, w3.grad(), EXACT);             // ... * da3/dw3
        assertEquals(upstream2 * f1, w2.grad(), EXACT);
        assertEquals(upstream1 * X, w1.grad(), EXACT);
        assertEquals(upstream1, b1.grad(), EXACT);
    }

    @Test
    void chainRuleThroughThreeSigmoidLayersMatchesFiniteDifference() {
        Value w1 = Value.of(W1_AT);
        threeLayerLoss(w1, Value.of(B1_AT), Value.of(W2_AT), Value.of(W3_AT)).backward();

        DoubleUnaryOperator loss = v -> threeLayerLoss(Value.of(v), Value.of(B1_AT), Value.of(W2_AT),
                Value.of(W3_AT)).data();
        double h = 1e-6;
        double numeric = (loss.applyAsDouble(W1_AT + h) - loss.applyAsDouble(W1_AT - h)) / (2 * h);
        double relativeError = Math.abs(w1.grad() - numeric) / Math.max(Math.abs(w1.grad()), Math.abs(numeric));
        assertTrue(relativeError < 1e-6, "dL/dw1 " + w1.grad() + " vs numeric " + numeric);
        assertTrue(Math.abs(w1.grad()) > 1e-3, "the check needs a gradient that is not vanishingly small");
    }

    private static double sigma(double a) {
        return 1 / (1 + Math.exp(-a));
    }
}
