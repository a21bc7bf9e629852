package org.dendrite.widgets;

/** A line of text to type in: {@code new Text("name", "")}. */
public final class Text extends ValueWidget<String> {

    /** A text field holding {@code value}. */
    public Text(String description, String value) {
        super("TextModel", "TextView", description, "value");
        set("value", value);
        set("placeholder", "");
        set("continuous_update", true);
    }

    /** Greyed text shown while the field is empty. */
    public Text placeholder(String placeholder) {
        set("placeholder", placeholder);
        return this;
    }

    @Override
    public String value() {
        return (String) get("value");
    }

    @Override
    protected Object toAttribute(String value) {
        return value;
    }

    @Override
    protected Object acceptValue(Object received) {
        return Attributes.string("the value of " + this, received);
    }
}
