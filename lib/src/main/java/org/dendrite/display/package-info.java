/**
 * Showing values in a notebook: {@code display(value)} and handles that update an output in
 * place. The kernel plugs in through {@link org.dendrite.display.DisplaySink}.
 *
 * <p>Uses: no other Dendrite package.
 */
package org.dendrite.display;
