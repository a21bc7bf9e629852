/**
 * Where tensors compute: {@link org.dendrite.device.Device} names the CPU (ND4J, with the native
 * build picked for this CPU) or a CUDA GPU, and holds the default device for new tensors; the
 * CUDA classes open a GPU through JCuda's driver API (context, pooled memory, PTX kernels) and
 * explain in one line when there is none, or when a GPU or its driver is too old for the kernels
 * ({@code KernelSupport}). Besides the JDK: ND4J and JCuda.
 *
 * <p>Uses: no other Dendrite package.
 */
package org.dendrite.device;
