package org.dendrite.widgets;

/**
 * The style of a control's label: {@code description_width: initial} sizes the label to its
 * text, so that "learning rate" is shown whole instead of cut to the default width.
 */
final class DescriptionStyle extends Widget {

    DescriptionStyle() {
        super(CONTROLS, CONTROLS_VERSION, "DescriptionStyleModel", "StyleView");
        set("_view_module", "@jupyter-widgets/base");
        set("description_width", "initial");
    }
}
