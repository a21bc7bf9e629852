package org.dendrite.nn;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.dendrite.device.Device;
import org.dendrite.tensor.Autograd;
import org.dendrite.tensor.DType;
import org.dendrite.tensor.Tensor;
import tech.tablesaw.api.Table;

/**
 * A layer or a network: a function of a tensor with named, trainable parameters, as PyTorch's
 * {@code nn.Module}. A subclass registers its parameters and sub-modules in its constructor and
 * computes its output in {@link #forward(Tensor)}. Besides parameters a module may hold buffers:
 * state that is saved with it but not trained, such as batch normalization's running means.
 */
public abstract class Module {

    private final Map<String, Tensor> parameters = new LinkedHashMap<>();
    private final Map<String, Tensor> buffers = new LinkedHashMap<>();
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

    /** Registers {@code value} as state that is saved and loaded but not trained, and returns it. */
    protected Tensor registerBuffer(String name, Tensor value) {
        buffers.put(name, Objects.requireNonNull(value, name));
        return value;
    }

    /** Registers {@code module} as a part of this one, called {@code name}, and returns it. */
    protected <M extends Module> M registerModule(String name, M module) {
        modules.put(name, Objects.requireNonNull(module, name));
        return module;
    }

    /** This module's own parameter {@code name}, as registered. */
    protected Tensor parameter(String name) {
        return Objects.requireNonNull(parameters.get(name), () -> this + " has no parameter " + name);
    }

    /** This module's own buffer {@code name}. */
    protected Tensor buffer(String name) {
        return Objects.requireNonNull(buffers.get(name), () -> this + " has no buffer " + name);
    }

    /**
     * Converts every parameter (with its gradient) and buffer to {@code dtype} in place, as
     * PyTorch's {@code model.double()}: float64 for gradient checks, float32 for speed. The
     * parameters stay the same tensors, so an optimizer made before goes on training them.
     * Returns this module.
     */
    public Module to(DType dtype) {
        state().values().forEach(t -> t.moveTo(dtype));
        return this;
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

    /** Every buffer of this module and its parts, under dotted names such as {@code 1.runningMean}. */
    public Map<String, Tensor> namedBuffers() {
        Map<String, Tensor> all = new LinkedHashMap<>(buffers);
        modules.forEach((prefix, module) ->
                module.namedBuffers().forEach((name, b) -> all.put(prefix + "." + name, b)));
        return Collections.unmodifiableMap(all);
    }

    /** Parameters and buffers by name: what {@link #save} writes and {@link #load} reads. */
    public Map<String, Tensor> state() {
        Map<String, Tensor> all = new LinkedHashMap<>(namedParameters());
        all.putAll(namedBuffers());
        return Collections.unmodifiableMap(all);
    }

    /**
     * Writes {@link #state()} to {@code file}, replacing it. A name ending in {@code .npz} gives
     * a NumPy archive keyed by PyTorch's names ({@code 0.weight}, ...), which PyTorch loads with
     * {@code load_state_dict}; any other name gives Dendrite's own format.
     */
    public void save(Path file) {
        if (NpzStateFile.isNpz(file)) {
            NpzStateFile.write(file, state());
        } else {
            StateFile.write(file, state());
        }
    }

    /**
     * Overwrites the parameters and buffers with those saved in {@code file} (a {@code .npz}
     * state dict from PyTorch or {@link #save}, or Dendrite's own format); a file saved from a
     * different architecture is refused with the names that do not match. Returns this module.
     */
    public Module load(Path file) {
        StateFile.copyInto(state(), NpzStateFile.isNpz(file) ? NpzStateFile.read(file) : StateFile.read(file), file);
        return this;
    }

    /**
     * Draws new weights (and biases) for every layer from {@code init}, in place, so
     * that an optimizer holding the parameters keeps working. Returns this module.
     */
    public Module initialize(Init init) {
        try (Autograd.NoGrad off = Autograd.noGrad()) {
            resetParameters(init);
        }
        modules.values().forEach(m -> m.initialize(init));
        return this;
    }

    /** Refills this layer's own parameters from {@code init}; layers without weights keep the default, which does nothing. */
    protected void resetParameters(Init init) {
    }

    /**
     * The multiply-adds of one forward pass of one example, given the input and output shapes
     * of a batch of one: a layer's cost as the slides count it (0 for layers without weights).
     */
    protected long multiplyAdds(int[] inputShape, int[] outputShape) {
        return 0;
    }

    /**
     * One row per layer for an input of {@code inputShape} (one example, without the batch
     * dimension, such as {@code 1, 28, 28}): output size, weight size, parameters, multiply-adds.
     */
    public Table summary(int... inputShape) {
        return ModelSummary.of(this, inputShape);
    }

    /** The error for an input this layer cannot take: its name, what it expects and what it got. */
    protected IllegalArgumentException wrongInput(Tensor input, String expected) {
        return new IllegalArgumentException(this + " got " + Arrays.toString(input.shape()) + "; expected " + expected);
    }

    /** The layer as the slides name it, such as {@code Linear(2450→500)}; the class name by default. */
    @Override
    public String toString() {
        return getClass().getSimpleName();
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

    /**
     * Moves every parameter (with its gradient) and buffer to {@code device} in place, as
     * PyTorch's {@code model.to(device)}, so an optimizer made before keeps working; returns this
     * module. Inputs must be moved too: {@code x.to(device)}.
     */
    public Module to(Device device) {
        state().values().forEach(t -> t.moveTo(device));
        return this;
    }

    /** Clears the gradients of all parameters. */
    public void zeroGrad() {
        parameters().forEach(Tensor::zeroGrad);
    }
}
