package org.dendrite.nn;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.dendrite.tensor.Tensor;

/**
 * A layer or a network: a function of a tensor with named, trainable parameters, as PyTorch's
 * {@code nn.Module}. A subclass registers its parameters and sub-modules in its constructor and
 * computes its output in {@link #forward(Tensor)}.
 */
public abstract class Module {

    private final Map<String, Tensor> parameters = new LinkedHashMap<>();
    private final Map<String, Module> modules = new LinkedHashMap<>();
    private boolean training = true;

    /** The output for {@code input}. */
    public abstract Tensor forward(Tensor input);

    /** Registers {@code value} as a trainable parameter called {@code name} and returns it. */
    protected Tensor registerParameter(String name, Tensor value) {
        Objects.requireNonNull(value, name);
        parameters.put(name, value.requiresGrad(true));
        return value;
    }

    /** Registers {@code module} as a part of this one, called {@code name}, and returns it. */
    protected <M extends Module> M registerModule(String name, M module) {
        modules.put(name, Objects.requireNonNull(module, name));
        return module;
    }

    /** Every parameter of this module and its parts, under dotted names such as {@code 0.weight}. */
    public Map<String, Tensor> namedParameters() {
        Map<String, Tensor> all = new LinkedHashMap<>(parameters);
        modules.forEach((prefix, module) ->
                module.namedParameters().forEach((name, p) -> all.put(prefix + "." + name, p)));
        return Collections.unmodifiableMap(all);
    }

    /** Every parameter, in registration order: what an optimizer updates. */
    public List<Tensor> parameters() {
        return new ArrayList<>(namedParameters().values());
    }

    /** The direct parts of this module, by name. */
    public Map<String, Module> namedModules() {
        return Collections.unmodifiableMap(modules);
    }

    /** Switches this module and its parts to training mode (dropout active, batch statistics). */
    public Module train() {
        return train(true);
    }

    /** Switches this module and its parts to evaluation mode. */
    public Module eval() {
        return train(false);
    }

    /** Training mode if {@code training}, else evaluation mode; returns this module. */
    public Module train(boolean training) {
        this.training = training;
        modules.values().forEach(m -> m.train(training));
        return this;
    }

    /** Whether this module is in training mode. */
    public boolean isTraining() {
        return training;
    }

    /** Clears the gradients of all parameters. */
    public void zeroGrad() {
        parameters().forEach(Tensor::zeroGrad);
    }
}
