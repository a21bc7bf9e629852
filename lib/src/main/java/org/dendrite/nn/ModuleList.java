package org.dendrite.nn;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import org.dendrite.tensor.Tensor;

/**
 * A list of layers whose parameters belong to the module that holds it, as PyTorch's
 * {@code nn.ModuleList}: the holder's {@code forward} calls them in whatever order it needs
 * (a {@link Sequential} calls them in a row). Parameters are named by position, {@code 0.weight}, ...
 */
public final class ModuleList extends Module implements Iterable<Module> {

    private final List<Module> modules = new ArrayList<>();

    /** The given layers, in order. */
    public ModuleList(Module... modules) {
        for (Module module : modules) {
            add(module);
        }
    }

    /** Appends {@code module}; returns this list. */
    public ModuleList add(Module module) {
        modules.add(registerModule(Integer.toString(modules.size()), module));
        return this;
    }

    /** The layer at {@code index}. */
    public Module get(int index) {
        if (index < 0 || index >= modules.size()) {
            throw new IndexOutOfBoundsException("ModuleList: no layer " + index + "; there are " + modules.size());
        }
        return modules.get(index);
    }

    /** How many layers the list holds. */
    public int size() {
        return modules.size();
    }

    @Override
    public Iterator<Module> iterator() {
        return Collections.unmodifiableList(modules).iterator();
    }

    /** Refused: a list has no order of its own; call its layers in the holder's forward. */
    @Override
    public Tensor forward(Tensor input) {
        throw new UnsupportedOperationException("ModuleList has no forward: call its layers in your module's forward "
                + "(for (Module layer : list) x = layer.forward(x)), or use a Sequential");
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("ModuleList(");
        for (int i = 0; i < modules.size(); i++) {
            text.append("\n  (").append(i).append("): ").append(modules.get(i).toString().replace("\n", "\n  "));
        }
        return text.append(modules.isEmpty() ? ")" : "\n)").toString();
    }
}
