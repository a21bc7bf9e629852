/**
 * Where tensors compute: the CPU through ND4J (with the native build picked for this CPU) and,
 * later, CUDA devices. Depends on ND4J only.
 */
package org.dendrite.device;
