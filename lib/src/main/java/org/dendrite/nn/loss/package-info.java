/**
 * Loss functions, regularization terms and the zero-one error, as functions of a network's
 * output and the targets: {@code Losses.crossEntropy(model.forward(x), y)}. Depends on
 * org.dendrite.tensor and org.dendrite.nn.
 */
package org.dendrite.nn.loss;
