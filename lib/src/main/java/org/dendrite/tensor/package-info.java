/**
 * Tensors with reverse-mode autograd: {@link org.dendrite.tensor.Tensor} records the graph as
 * it computes, {@link org.dendrite.tensor.Autograd} walks it backward, and a
 * {@link org.dendrite.tensor.Backend} per device does the arithmetic (on the CPU, Java loops and
 * OpenBLAS for small tensors on the heap, ND4J for large ones and convolutions; CUDA C
 * kernels from the PTX resources in {@code kernels/} on a GPU). Depends on ND4J, JCuda and
 * org.dendrite.device.
 */
package org.dendrite.tensor;
