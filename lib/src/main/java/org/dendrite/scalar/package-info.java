/**
 * The scalar autograd engine of the slides' backpropagation demos, in the spirit of micrograd:
 * a {@link org.dendrite.scalar.Value} is one number that records the graph that computed it,
 * {@code backward()} applies the chain rule from the output to the inputs, and
 * {@link org.dendrite.scalar.ComputationGraph} draws the graph with forward values and
 * gradients as SVG. Tensors, and their autograd, live in {@code org.dendrite.tensor}.
 *
 * <p>Uses: {@code org.dendrite.display}, {@code org.dendrite.graph}.
 */
package org.dendrite.scalar;
