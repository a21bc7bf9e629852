package org.dendrite.tensor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one-pass SGD step gives the values of the same step composed from tensor operations. */
class InPlaceUpdatesTest {

    @ParameterizedTest(name = "{0}, momentum {1}, nesterov {2}")
    @CsvSource({"FLOAT32, 0, false", "FLOAT32, 0.9, false", "FLOAT32, 0.9, true",
        "FLOAT64, 0, false", "FLOAT64, 0.9, false", "FLOAT64, 0.9, true"})
    void sgdStepMatchesComposedOperations(DType dtype, double momentum, boolean nesterov) {
        Tensor.manualSeed(3);
        Tensor weight = Tensor.randn(4, 5).to(dtype);
        Tensor gradient = Tensor.randn(4, 5).to(dtype);
        Tensor velocity = momentum > 0 ? Tensor.randn(4, 5).to(dtype) : null;
        double learningRate = 0.1;
        Tensor step = gradient;
        Tensor expectedVelocity = null;
        if (velocity != null) {
            expectedVelocity = velocity.mul(momentum).add(gradient);
            step = nesterov ? gradient.add(expectedVelocity.mul(momentum)) : expectedVelocity;
        }
        Tensor expected = weight.sub(step.mul(learningRate));

        assertTrue(InPlaceUpdates.sgd(weight, gradient, velocity, learningRate, momentum, nesterov));
        double tolerance = dtype == DType.FLOAT32 ? 1e-6 : 1e-15;
        assertArrayEquals(expected.toDoubleArray(), weight.toDoubleArray(), tolerance);
        if (velocity != null) {
            assertArrayEquals(expectedVelocity.toDoubleArray(), velocity.toDoubleArray(), tolerance);
        }
    }

    @Test
    void parametersHeldByNd4jAreLeftToTheComposedStep() {
        Tensor weight = Tensor.zeros(513, 512);
        Tensor gradient = Tensor.ones(513, 512);
        assertFalse(InPlaceUpdates.sgd(weight, gradient, null, 0.1, 0, false));
        assertArrayEquals(new double[] {0, 0}, weight.slice(0, 0, 1).slice(1, 0, 2).reshape(2).toDoubleArray());
        assertFalse(InPlaceUpdates.sgd(Tensor.zeros(2, 3), Tensor.ones(3, 2), null, 0.1, 0, false));
    }
}
