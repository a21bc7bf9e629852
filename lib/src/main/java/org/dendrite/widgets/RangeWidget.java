package org.dendrite.widgets;

/**
 * A control whose value lies between a minimum and a maximum, the ends included: the sliders
 * and {@link Play}. A value outside is refused, whether Java or the front-end sets it.
 *
 * @param <T> the value's type
 */
abstract class RangeWidget<T extends Comparable<T>> extends ValueWidget<T> {

    private final T min;
    private final T max;

    RangeWidget(String modelName, String viewName, String description, T min, T max) {
        super(modelName, viewName, description, "value");
        this.min = min;
        this.max = max;
    }

    /** The smallest value. */
    final T min() {
        return min;
    }

    /** The largest value. */
    final T max() {
        return max;
    }

    @Override
    protected Object toAttribute(T value) {
        return Attributes.inRange("the value of " + this, value, min, max);
    }
}
