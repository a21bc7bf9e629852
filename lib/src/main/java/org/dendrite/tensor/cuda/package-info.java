/**
 * Internal: the CUDA backend, float32 tensors in GPU memory computed by Dendrite's CUDA C
 * kernels (the PTX resources in {@code org/dendrite/tensor/kernels/}), through the driver
 * plumbing of {@code org.dendrite.device.cuda}.
 *
 * <p>Internal, for: {@code org.dendrite.tensor}.
 *
 * <p>Uses: {@code org.dendrite.device}, {@code org.dendrite.device.cuda}, {@code org.dendrite.tensor},
 * {@code org.dendrite.tensor.backend}.
 */
package org.dendrite.tensor.cuda;
