package org.dendrite.nn;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.dendrite.tensor.Tensor;

/**
 * Layers applied one after the other, each to the previous one's output. Parameters are named
 * by position: {@code 0.weight}, {@code 0.bias}, {@code 3.weight}, ...
 *
 * <pre>{@code
 * Module net = new Sequential(new Linear(784, 100), new ReLU(), new Linear(100, 10));
 * }</pre>
 */
public final class Sequential extends Module {

    private final List<Module> layers = new ArrayList<>();

    /** The given layers, in order. */
    public Sequential(Module... layers) {
        for (Module layer : layers) {
            add(layer);
        }
    }

    /** Appends {@code layer}; returns this network. */
    public Sequential add(Module layer) {
        layers.add(registerModule(Integer.toString(layers.size()), layer));
        return this;
    }

    /** The layer at {@code index}. */
    public Module get(int index) {
        if (index < 0 || index >= layers.size()) {
            throw new IndexOutOfBoundsException("Sequential: no layer " + index + "; there are " + layers.size());
        }
        return layers.get(index);
    }

    /** The layers, in order. */
    public List<Module> layers() {
        return Collections.unmodifiableList(layers);
    }

    @Override
    public Tensor forward(Tensor input) {
        Tensor x = input;
        for (Module layer : layers) {
            x = layer.forward(x);
        }
        return x;
    }

    /** One line per layer, as PyTorch prints a model. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("Sequential(");
        for (int i = 0; i < layers.size(); i++) {
            text.append("\n  (").append(i).append("): ").append(layers.get(i).toString().replace("\n", "\n  "));
        }
        return text.append(layers.isEmpty() ? ")" : "\n)").toString();
    }
}
