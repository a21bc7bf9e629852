/**
 * Internal: the CPU backend and its plumbing. Small float tensors live on the Java heap and are
 * computed with Java loops and OpenBLAS; larger ones and convolutions with ND4J (the native build
 * picked for this CPU), whose off-heap memory is watched and released here
 * ({@code MemoryGuard}, {@code NativeGarbage}). Besides the JDK: ND4J and JavaCPP's OpenBLAS.
 *
 * <p>Internal, for: {@code org.dendrite.tensor}, {@code org.dendrite} (whose {@code info()}
 * reports the heap limit).
 *
 * <p>Uses: {@code org.dendrite.device}, {@code org.dendrite.tensor}, {@code org.dendrite.tensor.backend}.
 */
package org.dendrite.tensor.cpu;
