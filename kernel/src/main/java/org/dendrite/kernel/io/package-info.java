/**
 * Cell output: the captured standard streams, sent to IOPub in few messages, the request each
 * thread's output belongs to, and the budget of bytes a cell may print before the rest is
 * dropped.
 *
 * <p>Uses: {@code org.dendrite.kernel.protocol}.
 */
package org.dendrite.kernel.io;
