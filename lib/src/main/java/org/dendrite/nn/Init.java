package org.dendrite.nn;

import java.util.Locale;
import org.dendrite.tensor.Tensor;

/**
 * How a layer's first weights are drawn: random numbers whose spread depends on the layer's
 * fan-in (inputs per output) and fan-out. The slides' demo: too small and the activations
 * vanish, too big and they saturate, "just right" (Xavier, Kaiming) and learning proceeds.
 * Apply one to a whole network with {@code model.initialize(Init.kaiming())}; random numbers
 * come from {@link Tensor#manualSeed}'s generator.
 */
public final class Init {

    private final String name;
    private final Spread spread;
    private final boolean uniform;
    private final boolean drawsBiases;

    /** The standard deviation for a layer's fan-in and fan-out. */
    @FunctionalInterface
    private interface Spread {
        double std(int fanIn, int fanOut);
    }

    private Init(String name, Spread spread, boolean uniform, boolean drawsBiases) {
        this.name = name;
        this.spread = spread;
        this.uniform = uniform;
        this.drawsBiases = drawsBiases;
    }

    /** Gaussian weights with a fixed standard deviation, such as the slides' 0.01 ("too small"). */
    public static Init normal(double std) {
        if (!(std >= 0)) {
            throw new IllegalArgumentException("Init.normal: std " + std + " should be 0 or more");
        }
        return new Init(String.format(Locale.ROOT, "normal(std=%s)", std), (in, out) -> std, false, false);
    }

    /** Glorot and Bengio's (2010) Gaussian: std √(2 / (fanIn + fanOut)), keeps tanh layers' spread. */
    public static Init xavier() {
        return new Init("xavier", (in, out) -> Math.sqrt(2.0 / (in + out)), false, false);
    }

    /** He et al.'s (2015) Gaussian: std √(2 / fanIn), keeps ReLU layers' spread. */
    public static Init kaiming() {
        return new Init("kaiming", (in, out) -> Math.sqrt(2.0 / in), false, false);
    }

    /**
     * PyTorch's default for {@code Linear} and {@code Conv2d}: weights and biases uniform in
     * ±1/√fanIn (std 1/√(3·fanIn)); the layers start from it, so recipes copied from PyTorch
     * train alike.
     */
    public static Init pytorchDefault() {
        return new Init("pytorchDefault", (in, out) -> 1 / Math.sqrt(3.0 * in), true, true);
    }

    /** The standard deviation of the weights of a layer with this fan-in and fan-out. */
    public double std(int fanIn, int fanOut) {
        return spread.std(fanIn, fanOut);
    }

    /** New float32 weights of {@code shape} for a layer with this fan-in and fan-out. */
    public Tensor sample(int fanIn, int fanOut, int... shape) {
        double std = std(fanIn, fanOut);
        return uniform
                ? Tensor.rand(shape).sub(0.5).mul(2 * Math.sqrt(3) * std)
                : Tensor.randn(shape).mul(std);
    }

    /**
     * New float32 biases of {@code shape}: PyTorch's default draws them as it draws the weights
     * (uniform in ±1/√fanIn); the other schemes start them at 0.
     */
    public Tensor sampleBias(int fanIn, int fanOut, int... shape) {
        return drawsBiases ? sample(fanIn, fanOut, shape) : Tensor.zeros(shape);
    }

    @Override
    public String toString() {
        return "Init." + name;
    }
}
