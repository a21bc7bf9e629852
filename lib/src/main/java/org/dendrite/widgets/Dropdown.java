package org.dendrite.widgets;

import java.util.List;

/** A drop-down list: {@code new Dropdown<>("activation", "relu", "tanh", "sigmoid")}. */
public final class Dropdown<T> extends Selection<T> {

    /** A drop-down list of {@code options}, the first one chosen. */
    public Dropdown(String description, List<T> options) {
        super("DropdownModel", "DropdownView", description, options);
    }

    /** A drop-down list of {@code options}, the first one chosen. */
    @SafeVarargs
    public Dropdown(String description, T... options) {
        this(description, List.of(options));
    }
}
