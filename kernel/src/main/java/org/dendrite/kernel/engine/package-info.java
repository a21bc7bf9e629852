/**
 * Running cells: each cell parsed into its parts, written as one class, compiled by one javac
 * task and run through JShell's stoppable execution control in this JVM; the cells' declarations
 * kept for later cells (and told to JShell for completion); errors reported by cell line and
 * column. Knows nothing of the protocol.
 *
 * <p>Uses: {@code org.dendrite.kernel.docs}.
 */
package org.dendrite.kernel.engine;
