/** Data sets and mini-batches: MNIST, CIFAR-10, the slides' toy sets, loaders and transforms. */
package org.dendrite.data;
