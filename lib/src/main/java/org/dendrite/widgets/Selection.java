package org.dendrite.widgets;

import java.util.List;

/**
 * A choice of one among options, shown by their labels ({@code String.valueOf} of each); the
 * front-end sends the chosen index, the value is the option at that index.
 *
 * @param <T> the options' type
 */
public abstract class Selection<T> extends ValueWidget<T> {

    private final List<T> options;

    /** A choice among {@code options}, the first one chosen. */
    protected Selection(String modelName, String viewName, String description, List<T> options) {
        super(modelName, viewName, description, "index");
        if (options.isEmpty()) {
            throw new IllegalArgumentException("A " + getClass().getSimpleName() + " needs at least one option");
        }
        this.options = List.copyOf(options);
        set("_options_labels", this.options.stream().map(String::valueOf).toList());
        set("index", 0);
    }

    /** The options, in the order shown. */
    public List<T> options() {
        return options;
    }

    @Override
    public T value() {
        return options.get(((Number) get("index")).intValue());
    }

    @Override
    protected Object toAttribute(T value) {
        int index = options.indexOf(value);
        if (index < 0) {
            throw new IllegalArgumentException(value + " is not among the options of " + this + ": " + options);
        }
        return index;
    }

    @Override
    protected Object acceptValue(Object received) {
        return Attributes.inRange("the index of " + this, Attributes.integer("the index of " + this, received),
                0, options.size() - 1);
    }
}
