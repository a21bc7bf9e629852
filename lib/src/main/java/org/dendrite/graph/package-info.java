/**
 * What the two autograd engines share: {@link org.dendrite.graph.TopologicalOrder}, the order
 * in which backpropagation walks a computation graph.
 *
 * <p>Uses: no other Dendrite package.
 */
package org.dendrite.graph;
