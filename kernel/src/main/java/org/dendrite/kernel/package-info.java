/**
 * The Dendrite Jupyter kernel: request handling (comm messages of widgets included), the engine
 * thread and the session's history.
 * Depends on the library (to render its types) and never the other way round.
 */
package org.dendrite.kernel;
