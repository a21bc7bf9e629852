/**
 * Magics: lines that start with {@code %} and cells that start with {@code %%} run kernel
 * commands instead of Java (adding Maven dependencies, timing, HTML cells, shell commands).
 * Each magic is one class; {@link org.dendrite.kernel.magic.Magics} finds and runs them. Uses
 * the engine, never the protocol.
 *
 * <p>Uses: {@code org.dendrite.display}, {@code org.dendrite.kernel.docs}, {@code org.dendrite.kernel.engine},
 * {@code org.dendrite.kernel.maven}.
 */
package org.dendrite.kernel.magic;
