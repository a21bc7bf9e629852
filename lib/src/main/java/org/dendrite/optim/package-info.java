/**
 * Optimizers that update a network's parameters from their gradients, with PyTorch's names,
 * defaults and update rules: {@link org.dendrite.optim.SGD} (momentum, Nesterov, weight decay),
 * {@link org.dendrite.optim.Adam}, {@link org.dendrite.optim.AdamW},
 * {@link org.dendrite.optim.RMSProp}, {@link org.dendrite.optim.Adagrad}; and learning-rate
 * schedules ({@link org.dendrite.optim.LrSchedule}, applied by an
 * {@link org.dendrite.optim.LrScheduler}). The only place the update rules are written.
 *
 * <p>Uses: {@code org.dendrite.nn}, {@code org.dendrite.tensor}.
 */
package org.dendrite.optim;
