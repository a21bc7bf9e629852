/**
 * Tensors with reverse-mode autograd: {@link org.dendrite.tensor.Tensor} records the graph as
 * it computes, {@link org.dendrite.tensor.Autograd} walks it backward, and a
 * {@link org.dendrite.tensor.Backend} per device does the arithmetic (ND4J on the CPU, CUDA C
 * kernels from the PTX resources in {@code kernels/} on a GPU). Besides the JDK: ND4J
 * and JCuda.
 *
 * <p>Uses: {@code org.dendrite.device}, {@code org.dendrite.display}.
 */
package org.dendrite.tensor;
