/**
 * The Jupyter messaging protocol (5.3) on ZeroMQ: connection files, message signing, the wire
 * format, and the sockets with their publisher. Knows nothing of Java evaluation.
 *
 * <p>Uses: no other Dendrite package.
 */
package org.dendrite.kernel.protocol;
