/**
 * Javadoc of the library for inspection (Shift+Tab) and {@code %help}: read from the library's
 * sources jar, which ships beside the kernel, with javac's own parser. Knows nothing of cells.
 *
 * <p>Uses: no other Dendrite package.
 */
package org.dendrite.kernel.docs;
