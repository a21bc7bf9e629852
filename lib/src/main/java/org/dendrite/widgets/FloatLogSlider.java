package org.dendrite.widgets;

/**
 * A slider over decimal numbers on a log scale, for values that span decades such as a learning
 * rate: {@code new FloatLogSlider("learning rate", 1e-4, 1, 0.1)} moves in steps of a tenth of a
 * decade.
 */
public final class FloatLogSlider extends RangeWidget<Double> {


    /** A slider from {@code min} to {@code max} (both positive), starting at {@code value}. */
    public FloatLogSlider(String description, double min, double max, double value) {
        super("FloatLogSliderModel", "FloatLogSliderView", description, min, max);
        if (!(min > 0) || !(min < max)) {
            throw new IllegalArgumentException("A FloatLogSlider needs 0 < min < max, got min " + min + ", max " + max);
        }
        set("base", 10.0);
        set("min", Math.log10(min));
        set("max", Math.log10(max));
        set("step", 0.1);
        set("value", toAttribute(value));
        set("readout_format", ".3g");
        set("continuous_update", true);
        set("readout", true);
    }

    @Override
    public Double value() {
        return ((Number) get("value")).doubleValue();
    }

    /** The front-end computes 10^exponent, which may miss an end of the range by a rounding error. */
    @Override
    protected Object acceptValue(Object received) {
        double value = Attributes.number("the value of " + this, received);
        double tolerance = 1e-9 * max();
        boolean rounding = value > min() - tolerance && value < max() + tolerance;
        return toAttribute(rounding ? Math.min(max(), Math.max(min(), value)) : value);
    }
}
