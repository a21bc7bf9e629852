/**
 * Rich output: renderers that turn values (XChart charts, Tablesaw tables, images, text) into
 * MIME bundles, and the display sink that sends them to the notebook.
 */
package org.dendrite.kernel.display;
