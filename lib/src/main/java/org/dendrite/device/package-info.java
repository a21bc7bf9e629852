/**
 * Where tensors compute: {@link org.dendrite.device.Device} names the CPU or a CUDA GPU, holds
 * the default device for new tensors and explains in one line when there is no usable GPU;
 * {@link org.dendrite.device.CpuVariant} and {@link org.dendrite.device.CpuThreads} say which
 * native build and how many threads the CPU uses. The CUDA plumbing is in the internal
 * {@code device.cuda}.
 *
 * <p>Uses: {@code org.dendrite.device.cuda}.
 */
package org.dendrite.device;
