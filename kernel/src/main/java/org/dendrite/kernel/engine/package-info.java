/**
 * Running cells: JShell in this JVM with a stoppable execution control, cells split into
 * snippets, and errors reported by cell line and column. Knows nothing of the protocol.
 */
package org.dendrite.kernel.engine;
