/**
 * Internal: CUDA through JCuda's driver API, for {@code Device} (which GPUs there are, and why
 * one cannot run Dendrite's kernels: too old a GPU or driver, {@code KernelSupport}) and for the
 * CUDA backend (contexts, pooled memory, PTX kernels). Besides the JDK: JCuda.
 *
 * <p>Internal, for: {@code org.dendrite.device}, {@code org.dendrite.tensor.cuda}.
 *
 * <p>Uses: {@code org.dendrite.device}.
 */
package org.dendrite.device.cuda;
