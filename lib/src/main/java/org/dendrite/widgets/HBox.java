package org.dendrite.widgets;

/** Widgets side by side: {@code new HBox(learningRate, hiddenUnits)}. */
public final class HBox extends Box {

    /** A row of {@code children}. */
    public HBox(Widget... children) {
        super("HBoxModel", "HBoxView", children);
    }
}
