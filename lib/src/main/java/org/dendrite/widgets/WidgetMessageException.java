package org.dendrite.widgets;

/**
 * A message from the front-end that no widget can take: an unknown comm id, a missing state, a
 * value of the wrong type or out of range. The kernel reports it and carries on.
 */
public final class WidgetMessageException extends IllegalArgumentException {

    WidgetMessageException(String message) {
        super(message);
    }
}
