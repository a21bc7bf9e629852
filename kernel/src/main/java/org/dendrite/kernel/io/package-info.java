/** Cell output: captured standard streams and the request each thread's output belongs to. */
package org.dendrite.kernel.io;
