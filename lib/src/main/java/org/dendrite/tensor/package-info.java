/**
 * Tensors with reverse-mode autograd: {@link org.dendrite.tensor.Tensor} records the graph as
 * it computes, {@link org.dendrite.tensor.Autograd} walks it backward, and a
 * {@link org.dendrite.tensor.Backend} does the arithmetic (ND4J on the CPU). Depends on ND4J
 * and org.dendrite.device.
 */
package org.dendrite.tensor;
