package org.dendrite.widgets;

import java.util.List;

/** Widgets laid out together; {@link HBox} puts them in a row, {@link VBox} in a column. */
public abstract class Box extends Widget {

    private final List<Widget> children;

    /** A box of the model {@code modelName} holding {@code children}. */
    protected Box(String modelName, String viewName, Widget... children) {
        super(modelName, viewName);
        this.children = List.of(children);
        set("children", this.children.stream().map(Widget::reference).toList());
        set("box_style", "");
    }

    @Override
    protected List<Widget> children() {
        return children;
    }

    /** A box changes when one of its children does. */
    @Override
    void onChange(Runnable listener) {
        children.forEach(child -> child.onChange(listener));
    }
}
