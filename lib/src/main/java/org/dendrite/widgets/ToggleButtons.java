package org.dendrite.widgets;

import java.util.List;

/** A row of buttons of which one is pressed: {@code new ToggleButtons<>("data", "xor", "ring", "spirals")}. */
public final class ToggleButtons<T> extends Selection<T> {

    /** Buttons for {@code options}, the first one pressed. */
    public ToggleButtons(String description, List<T> options) {
        super("ToggleButtonsModel", "ToggleButtonsView", description, options);
        set("button_style", "");
        set("tooltips", List.of());
        set("icons", List.of());
    }

    /** Buttons for {@code options}, the first one pressed. */
    @SafeVarargs
    public ToggleButtons(String description, T... options) {
        this(description, List.of(options));
    }
}
