/**
 * Rich output: renderers that turn values (XChart charts, Tablesaw tables, images, text) into
 * MIME bundles, and the display sink that sends them to the notebook.
 *
 * <p>Uses: {@code org.dendrite.display}, {@code org.dendrite.plot}, {@code org.dendrite.kernel.io},
 * {@code org.dendrite.kernel.protocol}.
 */
package org.dendrite.kernel.display;
