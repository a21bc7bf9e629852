/**
 * Magics: lines that start with {@code %} and cells that start with {@code %%} run kernel
 * commands instead of Java (adding Maven dependencies, timing, HTML cells, shell commands).
 * Each magic is one class; {@link org.dendrite.kernel.magic.Magics} finds and runs them. Uses
 * the engine, never the protocol.
 */
package org.dendrite.kernel.magic;
