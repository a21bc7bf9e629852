package org.dendrite.widgets;

/** A box to tick: {@code new Checkbox("show the data", true)}. */
public final class Checkbox extends ValueWidget<Boolean> {

    /** A checkbox, ticked when {@code value} is true. */
    public Checkbox(String description, boolean value) {
        super("CheckboxModel", "CheckboxView", description, "value");
        set("value", value);
        set("indent", true);
    }

    @Override
    public Boolean value() {
        return (Boolean) get("value");
    }

    @Override
    protected Object toAttribute(Boolean value) {
        return value;
    }

    @Override
    protected Object acceptValue(Object received) {
        return Attributes.bool("the value of " + this, received);
    }
}
