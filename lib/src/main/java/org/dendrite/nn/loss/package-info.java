/**
 * Loss functions, regularization terms and the zero-one error, as functions of a network's
 * output and the targets: {@code Losses.crossEntropy(model.forward(x), y)}.
 *
 * <p>Uses: {@code org.dendrite.nn}, {@code org.dendrite.tensor}.
 */
package org.dendrite.nn.loss;
