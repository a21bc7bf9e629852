package org.dendrite.widgets;

/** Widgets one under the other: {@code new VBox(new HBox(a, b), play)}. */
public final class VBox extends Box {

    /** A column of {@code children}. */
    public VBox(Widget... children) {
        super("VBoxModel", "VBoxView", children);
    }
}
