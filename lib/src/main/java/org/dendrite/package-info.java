/**
 * Dendrite's library: tensors and autograd, devices, layers, training, data sets, plots,
 * feature views and widgets for deep-learning notebooks. It never depends on the kernel; the kernel renders
 * its types.
 */
package org.dendrite;
