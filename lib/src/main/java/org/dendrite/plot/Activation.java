package org.dendrite.plot;

import java.util.List;
import org.dendrite.tensor.Tensor;

/**
 * The activation functions of the slides, written with {@link Tensor} operations so that their
 * derivatives come from autograd, as they do in a network.
 */
public enum Activation {

    /** {@code 1 / (1 + e^-x)}. */
    SIGMOID("sigmoid", "σ(x) = 1 / (1 + e^-x)") {
        @Override
        public Tensor apply(Tensor x) {
            return x.sigmoid();
        }
    },
    /** The hyperbolic tangent. */
    TANH("tanh", "tanh(x)") {
        @Override
        public Tensor apply(Tensor x) {
            return x.tanh();
        }
    },
    /** {@code max(0, x)}. */
    RELU("ReLU", "max(0, x)") {
        @Override
        public Tensor apply(Tensor x) {
            return x.relu();
        }
    },
    /** {@code max(0.1x, x)}, the slides' leaky ReLU. */
    LEAKY_RELU("leaky ReLU", "max(0.1x, x)") {
        @Override
        public Tensor apply(Tensor x) {
            return x.leakyRelu(0.1);
        }
    },
    /** {@code x} for positive {@code x}, else {@code e^x - 1}. */
    ELU("ELU", "x if x > 0, else e^x - 1") {
        @Override
        public Tensor apply(Tensor x) {
            return x.elu(1);
        }
    },
    /** The larger of two linear pieces, {@code max(-0.5x - 0.5, x)}: one maxout unit on one input. */
    MAXOUT("maxout", "max(-0.5x - 0.5, x)") {
        @Override
        public Tensor apply(Tensor x) {
            List<Tensor> pieces = pieces(x);
            return pieces.get(0).maximum(pieces.get(1));
        }

        @Override
        public List<Tensor> pieces(Tensor x) {
            return List.of(x.mul(-0.5).sub(0.5), x.mul(1));
        }
    };

    private final String label;
    private final String formula;

    Activation(String label, String formula) {
        this.label = label;
        this.formula = formula;
    }

    /** The function applied element by element. */
    public abstract Tensor apply(Tensor x);

    /** The linear pieces a maxout unit takes the maximum of; empty for the other functions. */
    public List<Tensor> pieces(Tensor x) {
        return List.of();
    }

    /** The name used on the slides, such as "leaky ReLU". */
    public String label() {
        return label;
    }

    /** The definition, such as "max(0, x)". */
    public String formula() {
        return formula;
    }
}
