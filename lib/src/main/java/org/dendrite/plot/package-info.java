/**
 * Charts for the course, built on XChart in one {@link org.dendrite.plot.Style}, and their
 * export as PNG and SVG: the activation layers of {@code org.dendrite.nn} with autograd
 * derivatives, training curves, loss surfaces with iso-lines and the paths of the optimizers of
 * {@code org.dendrite.optim}, decision regions, image grids, confusion matrices, convolution
 * demos, and {@link org.dendrite.plot.Figure}s of several charts. Besides the JDK: XChart.
 *
 * <p>Uses: {@code org.dendrite}, {@code org.dendrite.display}, {@code org.dendrite.nn},
 * {@code org.dendrite.optim}, {@code org.dendrite.tensor}.
 */
package org.dendrite.plot;
