package org.dendrite.widgets;

/** A slider over decimal numbers: {@code new FloatSlider("L2 strength", 0, 0.1, 0.01)}. */
public final class FloatSlider extends RangeWidget<Double> {


    /** A slider from {@code min} to {@code max} in 100 steps, starting at {@code value}. */
    public FloatSlider(String description, double min, double max, double value) {
        this(description, min, max, (max - min) / 100, value);
    }

    /** A slider from {@code min} to {@code max} in steps of {@code step}, starting at {@code value}. */
    public FloatSlider(String description, double min, double max, double step, double value) {
        super("FloatSliderModel", "FloatSliderView", description, min, max);
        if (!(min < max) || !(step > 0)) {
            throw new IllegalArgumentException("A FloatSlider needs min < max and step > 0, got min " + min
                    + ", max " + max + ", step " + step);
        }
        set("min", min);
        set("max", max);
        set("step", step);
        set("value", toAttribute(value));
        set("readout_format", ".3g");
        set("continuous_update", true);
        set("readout", true);
    }

    @Override
    public Double value() {
        return ((Number) get("value")).doubleValue();
    }

    @Override
    protected Object acceptValue(Object received) {
        return toAttribute(Attributes.number("the value of " + this, received));
    }
}
