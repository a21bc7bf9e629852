/**
 * The Dendrite Jupyter kernel: its entry point, request handling (comm messages of widgets included), the engine thread and the
 * session's history; it wires the packages below together. Depends on the library (to render
 * its types) and never the other way round.
 *
 * <p>Uses: {@code org.dendrite}, {@code org.dendrite.display}, {@code org.dendrite.widgets}, {@code org.dendrite.kernel.comm},
 * {@code org.dendrite.kernel.display},
 * {@code org.dendrite.kernel.engine}, {@code org.dendrite.kernel.install}, {@code org.dendrite.kernel.io},
 * {@code org.dendrite.kernel.magic}, {@code org.dendrite.kernel.maven}, {@code org.dendrite.kernel.protocol}.
 */
package org.dendrite.kernel;
