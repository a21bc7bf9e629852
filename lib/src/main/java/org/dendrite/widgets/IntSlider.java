package org.dendrite.widgets;

/** A slider over whole numbers: {@code new IntSlider("hidden units", 1, 32, 8)}. */
public final class IntSlider extends RangeWidget<Integer> {


    /** A slider from {@code min} to {@code max} in steps of 1, starting at {@code value}. */
    public IntSlider(String description, int min, int max, int value) {
        this(description, min, max, 1, value);
    }

    /** A slider from {@code min} to {@code max} in steps of {@code step}, starting at {@code value}. */
    public IntSlider(String description, int min, int max, int step, int value) {
        super("IntSliderModel", "IntSliderView", description, min, max);
        if (min >= max || step <= 0) {
            throw new IllegalArgumentException("An IntSlider needs min < max and step > 0, got min " + min
                    + ", max " + max + ", step " + step);
        }
        set("min", min);
        set("max", max);
        set("step", step);
        set("value", toAttribute(value));
        set("continuous_update", true);
        set("readout", true);
    }

    @Override
    public Integer value() {
        return ((Number) get("value")).intValue();
    }

    @Override
    protected Object acceptValue(Object received) {
        return toAttribute(Attributes.integer("the value of " + this, received));
    }
}
