/**
 * Installing the kernel: the kernelspec ({@code kernel.json}, logos, and the jars the kernel
 * needs) written into a Jupyter data folder, with JVM options from a memory budget for the whole
 * process ({@code --memory 2g}) shared out into heap and ND4J's off-heap limits.
 *
 * <p>Uses: {@code org.dendrite.kernel.engine}.
 */
package org.dendrite.kernel.install;
