/**
 * Jupyter comms between the kernel and the front-end, through which widgets of
 * {@code org.dendrite.widgets} talk to their models in the browser.
 */
package org.dendrite.kernel.comm;
