/**
 * Tensors with reverse-mode autograd: {@link org.dendrite.tensor.Tensor} records the graph as
 * it computes, {@link org.dendrite.tensor.Autograd} walks it backward, and a
 * {@link org.dendrite.tensor.Backend} per device does the arithmetic (on the CPU, Java loops and
 * OpenBLAS for small tensors on the heap, ND4J for large ones and convolutions; CUDA C
 * kernels from the PTX resources in {@code kernels/} on a GPU). Besides the JDK: ND4J,
 * OpenBLAS (through ND4J's JavaCPP presets) and JCuda.
 *
 * <p>Uses: {@code org.dendrite.device}, {@code org.dendrite.display}, {@code org.dendrite.graph}.
 */
package org.dendrite.tensor;
