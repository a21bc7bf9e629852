package org.dendrite.widgets;

/**
 * A play/pause control that counts from {@code min} to {@code max}, one step every
 * {@code intervalMs} while playing, as a clock for step-by-step demos: observe its value, or
 * give it to {@link Interact#interact}, to do one step per tick.
 */
public final class Play extends RangeWidget<Integer> {


    /** A counter from {@code min} to {@code max} in steps of 1, one step every {@code intervalMs}. */
    public Play(String description, int min, int max, int intervalMs) {
        super("PlayModel", "PlayView", description, min, max);
        if (min >= max || intervalMs <= 0) {
            throw new IllegalArgumentException("A Play needs min < max and a positive interval, got min " + min
                    + ", max " + max + ", interval " + intervalMs + " ms");
        }
        set("min", min);
        set("max", max);
        set("step", 1);
        set("value", min);
        set("interval", intervalMs);
        set("playing", false);
        set("repeat", false);
        set("show_repeat", true);
    }

    @Override
    public Integer value() {
        return ((Number) get("value")).intValue();
    }

    /** Whether it is counting now. */
    public boolean playing() {
        return (Boolean) get("playing");
    }

    /** Starts counting, as the play button does. */
    public void play() {
        set("playing", true);
    }

    /** Stops counting, as the pause button does. */
    public void pause() {
        set("playing", false);
    }

    /** Whether the count starts again at {@code min} after {@code max}. */
    public Play repeat(boolean repeat) {
        set("repeat", repeat);
        return this;
    }

    @Override
    protected Object acceptValue(Object received) {
        return toAttribute(Attributes.integer("the value of " + this, received));
    }

    @Override
    protected Object accept(String name, Object value) {
        return switch (name) {
            case "playing", "repeat" -> Attributes.bool("'" + name + "' of " + this, value);
            default -> super.accept(name, value);
        };
    }
}
