/**
 * Jupyter comms between the kernel and the front-end, through which widgets of
 * {@code org.dendrite.widgets} talk to their models in the browser.
 *
 * <p>Uses: {@code org.dendrite.widgets}, {@code org.dendrite.kernel.io}, {@code org.dendrite.kernel.protocol}.
 */
package org.dendrite.kernel.comm;
